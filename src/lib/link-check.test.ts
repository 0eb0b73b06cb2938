import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check';

const page = (url: string, body: string, source = `src${url}`) => ({
  url,
  html: `<html><body><main data-source="${source}">${body}</main></body></html>`,
});

describe('checkLinks', () => {
  const files = new Set(['/b/labs/x.ipynb']);
  it('accepts links and anchors that exist, relative ones and external ones', () => {
    const pages = [
      page(
        '/b/',
        '<a href="/b/cloud/#intro">x</a><a href="cloud/">y</a><a href="https://nist.gov/">z</a><a href="/b/labs/x.ipynb">nb</a>',
      ),
      page('/b/cloud/', '<h2 id="intro">Intro</h2><a href="#intro">self</a><a href="../">home</a>'),
    ];
    expect(checkLinks(pages, files, '/b/')).toEqual([]);
  });
  it('names the source file of a dead link, a dead anchor and a link that misses the base', () => {
    const pages = [
      page('/b/', '<a href="/b/nope/">a</a><a href="/b/cloud/#gone">b</a><a href="/cloud/">c</a>', 'content/lessons/x.mdx'),
      page('/b/cloud/', '<h2 id="intro">Intro</h2>'),
    ];
    expect(checkLinks(pages, files, '/b/')).toEqual([
      'content/lessons/x.mdx: link "/b/nope/" points to no page',
      'content/lessons/x.mdx: link "/b/cloud/#gone" points to no #gone on /b/cloud/',
      'content/lessons/x.mdx: link "/cloud/" is outside the site base /b/',
    ]);
  });
});
