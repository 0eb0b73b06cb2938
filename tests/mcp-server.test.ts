// The course's MCP server (examples/mcp-server/server.mjs), started for real over stdio against the built site:
// it lists, reads, searches and defines, and a bad call is a tool error, not a crash.
import { resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const SERVER = resolve('examples/mcp-server/server.mjs');
const TIMEOUT = 30_000;

type Text = { type: string; text?: string };
/** The text parts of a tool result, joined. */
const textOf = (result: object) =>
  (('content' in result ? result.content : []) as Text[])
    .filter((c) => c.type === 'text')
    .map((c) => c.text ?? '')
    .join('\n');

describe('the MCP server over stdio', () => {
  const dist = inject('rootDist');
  const client = new Client({ name: 'mcp-server-test', version: '1.0.0' });
  let transport: StdioClientTransport;
  let stderr = '';

  beforeAll(async () => {
    transport = new StdioClientTransport({ command: process.execPath, args: [SERVER, '--site', dist], stderr: 'pipe' });
    transport.stderr?.on('data', (d) => (stderr += String(d)));
    await client.connect(transport, { timeout: TIMEOUT });
  }, TIMEOUT);

  afterAll(async () => {
    await client.close();
  }, TIMEOUT);

  it('introduces itself and logs to stderr only', () => {
    expect(client.getServerVersion()?.name).toBe('mlops-course');
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {}, prompts: {} });
    expect(stderr).toMatch(/serving \d+ lessons?, \d+ labs?, \d+ terms?/);
  });

  it('lists every lesson and lab as a resource, and the glossary', async () => {
    const { resources } = await client.listResources(undefined, { timeout: TIMEOUT });
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual(
      expect.arrayContaining(['course://glossary', 'course://lessons/tools/kubernetes', 'course://lessons/cloud/service-models']),
    );
    expect(uris.some((u) => u.startsWith('course://labs/'))).toBe(true);
    const kubernetes = resources.find((r) => r.uri === 'course://lessons/tools/kubernetes')!;
    expect(kubernetes).toMatchObject({ mimeType: 'text/markdown', title: expect.stringContaining('Kubernetes') });
    const { resourceTemplates } = await client.listResourceTemplates(undefined, { timeout: TIMEOUT });
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(
      expect.arrayContaining(['course://lessons/{module}/{slug}', 'course://labs/{slug}']),
    );
  });

  it('lists its tools with input schemas', async () => {
    const { tools } = await client.listTools(undefined, { timeout: TIMEOUT });
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['search', 'glossary', 'list_lessons']));
    const search = tools.find((t) => t.name === 'search')!;
    expect(search.inputSchema.required).toEqual(['query']);
    expect(search.annotations?.readOnlyHint).toBe(true);
  });

  it('reads a lesson as Markdown, without page furniture', async () => {
    const { contents } = await client.readResource({ uri: 'course://lessons/tools/kubernetes' }, { timeout: TIMEOUT });
    expect(contents).toHaveLength(1);
    const text = String((contents[0] as { text?: string }).text);
    expect(contents[0]!.mimeType).toBe('text/markdown');
    expect(text).toMatch(/^# Kubernetes/m);
    expect(text).toMatch(/^## Cluster architecture$/m);
    expect(text).toMatch(/^```\w+$/m);
    // Markdown, not HTML (the self-check may come with it, answers included, as in the page's Markdown twin).
    expect(text).not.toMatch(/class="|<\/?(?:div|span|p|a)\b|Show answer/);
  });

  it('answers an unknown resource with a JSON-RPC error', async () => {
    await expect(client.readResource({ uri: 'course://lessons/tools/no-such-lesson' }, { timeout: TIMEOUT })).rejects.toThrow(
      /not found/i,
    );
  });

  it('finds the Kubernetes lesson among the top three results for "kubernetes"', async () => {
    const result = await client.callTool({ name: 'search', arguments: { query: 'kubernetes' } }, undefined, { timeout: TIMEOUT });
    expect(result.isError).toBeFalsy();
    const { results } = result.structuredContent as { results: { id: string; title: string; url: string; snippet: string }[] };
    expect(results.slice(0, 3).map((r) => r.id)).toContain('tools/kubernetes');
    const hit = results.find((r) => r.id === 'tools/kubernetes')!;
    expect(hit.url).toMatch(/\/tools\/kubernetes\/$/);
    expect(hit.snippet.toLowerCase()).toContain('kubernetes');
    expect(textOf(result)).toContain(hit.title);
  });

  it('looks up a glossary term by id, abbreviation or name', async () => {
    for (const term of ['iaas', 'IaaS', 'Infrastructure as a Service']) {
      const result = await client.callTool({ name: 'glossary', arguments: { term } }, undefined, { timeout: TIMEOUT });
      expect(result.isError, term).toBeFalsy();
      expect(textOf(result)).toMatch(/Infrastructure as a Service.*\(IaaS\)/);
      expect(textOf(result)).toMatch(/glossary\/#iaas/);
    }
  });

  it('turns bad arguments into clear tool errors and keeps running', async () => {
    const bad = [
      { name: 'search', arguments: { query: 42 }, says: /query/ },
      { name: 'search', arguments: {}, says: /query/ },
      { name: 'search', arguments: { query: 'kubernetes', limit: 0 }, says: /limit/ },
      { name: 'glossary', arguments: { term: 'flux capacitor' }, says: /no term "flux capacitor"/ },
      { name: 'list_lessons', arguments: { module: 'no-such-module' }, says: /Unknown module/ },
      { name: 'no_such_tool', arguments: {}, says: /not found/ },
    ];
    for (const call of bad) {
      const result = await client.callTool({ name: call.name, arguments: call.arguments }, undefined, { timeout: TIMEOUT });
      expect(result.isError, JSON.stringify(call.arguments)).toBe(true);
      expect(textOf(result)).toMatch(call.says);
    }
    // Still alive after all of that.
    const result = await client.callTool({ name: 'list_lessons', arguments: { module: 'tools' } }, undefined, {
      timeout: TIMEOUT,
    });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain('tools/kubernetes');
  });

  it('offers a study prompt that embeds the lesson', async () => {
    const { messages } = await client.getPrompt(
      { name: 'study_lesson', arguments: { lesson: 'tools/docker' } },
      { timeout: TIMEOUT },
    );
    expect(messages[0]!.content).toMatchObject({ type: 'resource', resource: { uri: 'course://lessons/tools/docker' } });
  });
});
