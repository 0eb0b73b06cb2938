// Finds fenced code blocks in MDX and checks that each parses as its language, so lessons never teach broken code.
import { spawnSync } from 'node:child_process';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { includedMeta, parseInclude, readIncluded } from './includes';

export interface CodeBlock {
  lang: string;
  meta: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based line of the closing fence. */
  endLine?: number;
}

/** Fenced blocks (``` or ~~~), with language, meta string and lines; a fence's indentation is removed from its code. */
export function extractCodeBlocks(source: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})([\w+-]*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j]!))
      body.push(lines[j++]!.replace(new RegExp(`^ {0,${indent}}`), ''));
    blocks.push({ lang: open[3]!.toLowerCase(), meta: open[4]!.trim(), code: body.join('\n'), line: i + 1, endLine: j + 1 });
    i = j;
  }
  return blocks;
}

/** The blocks with `file="…"` includes replaced by the file's text (as the page shows them). */
export function withIncludes(blocks: CodeBlock[], root?: string): CodeBlock[] {
  return blocks.map((block) => {
    const spec = parseInclude(block.meta);
    if (!spec) return block;
    if (block.code.trim())
      throw new Error(`line ${block.line}: a fence with file="…" must be empty (its text comes from the file)`);
    return { ...block, code: readIncluded(spec, root), meta: includedMeta(block.meta, spec) };
  });
}

const DOCKERFILE_INSTRUCTIONS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);

/** Instructions must be known, FROM must come first (after ARGs), heredoc bodies and continuations are skipped. */
export function checkDockerfile(code: string): string | undefined {
  const lines = code.split('\n');
  let sawFrom = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const word = line.split(/\s+/)[0]!.toUpperCase();
    if (!DOCKERFILE_INSTRUCTIONS.has(word)) return `line ${i + 1}: unknown instruction "${line.split(/\s+/)[0]}"`;
    if (!sawFrom && word !== 'FROM' && word !== 'ARG') return `line ${i + 1}: the first instruction must be FROM`;
    if (word === 'FROM') sawFrom = true;
    const heredoc = /<<-?["']?(\w+)["']?/.exec(line);
    if (heredoc) {
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== heredoc[1]) i++;
      i++;
      continue;
    }
    while (line.endsWith('\\') && i + 1 < lines.length) line = lines[++i]!.trim();
  }
  return sawFrom ? undefined : 'no FROM instruction';
}

function run(cmd: string, args: string[], input: string): string | undefined {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.status === 0 ? undefined : (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ');
}

function checkScript(code: string, fileName: string): string | undefined {
  const out = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ESNext },
  });
  const d = out.diagnostics?.[0];
  return d ? ts.flattenDiagnosticMessageText(d.messageText, '\n') : undefined;
}

type Checker = (code: string) => string | undefined;
const python: Checker = (code) => run('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], code);
const bash: Checker = (code) => run('bash', ['-n'], code);

/** Languages with a parser. */
export const CHECKERS: Record<string, Checker> = {
  python,
  py: python,
  bash,
  sh: bash,
  shell: bash,
  yaml: (code) => parseAllDocuments(code).flatMap((d) => ('errors' in d ? d.errors : []))[0]?.message,
  yml: (code) => CHECKERS.yaml!(code),
  json: (code) => {
    try {
      JSON.parse(code);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  },
  dockerfile: checkDockerfile,
  typescript: (code) => checkScript(code, 'x.ts'),
  ts: (code) => checkScript(code, 'x.ts'),
  javascript: (code) => checkScript(code, 'x.mjs'),
  js: (code) => checkScript(code, 'x.mjs'),
};

/** Languages that have no checker here: allowed, but not parsed. */
export const UNCHECKED_LANGUAGES = new Set([
  'text',
  'txt',
  'plaintext',
  'console',
  'hcl',
  'terraform',
  'ini',
  'toml',
  'sql',
  'diff',
  'csv',
  'mermaid',
  'promql',
  'nginx',
  'dotenv',
  'properties',
  'http',
  'xml',
  'html',
  'css',
  'jinja',
]);

/** Why a block does not parse, or undefined when it does (or is a `fragment`). */
export function checkCodeBlock(block: CodeBlock): string | undefined {
  if (/(^|\s)fragment(\s|$)/.test(block.meta)) return undefined;
  if (!block.lang) return 'a code block needs a language';
  const checker = CHECKERS[block.lang];
  if (checker) return checker(block.code);
  if (UNCHECKED_LANGUAGES.has(block.lang)) return undefined;
  return `no checker for language "${block.lang}": add one or list it in UNCHECKED_LANGUAGES`;
}
