import { describe, expect, it } from 'vitest';
import { checkLinks, duplicateIdProblems, parsePage } from './link-check';

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
  it('finds no anchor in code that merely shows id="…", in script text or in a <template>', () => {
    const pages = [
      page(
        '/b/',
        [
          '<pre><code><span>&lt;div id="setup"&gt;</span> id="plain"</code></pre>',
          '<script>document.body.innerHTML = \'<b id="scripted"></b>\'</script>',
          '<template><h2 id="templated">T</h2><a href="/b/nope/">in a template</a></template>',
          '<a href="#setup">a</a><a href="#plain">b</a><a href="#scripted">c</a><a href="#templated">d</a>',
        ].join(''),
        'content/lessons/x.mdx',
      ),
    ];
    expect(checkLinks(pages, files, '/b/')).toEqual([
      'content/lessons/x.mdx: link "#setup" points to no #setup on /b/',
      'content/lessons/x.mdx: link "#plain" points to no #plain on /b/',
      'content/lessons/x.mdx: link "#scripted" points to no #scripted on /b/',
      'content/lessons/x.mdx: link "#templated" points to no #templated on /b/',
    ]);
  });
  it('decodes entities in ids and links', () => {
    const pages = [page('/b/', '<h2 id="q&amp;a">Q&amp;A</h2><a href="#q&amp;a">x</a><a href="/b/?a=1&amp;b=2#q%26a">y</a>')];
    expect(checkLinks(pages, files, '/b/')).toEqual([]);
  });
});

describe('duplicateIdProblems', () => {
  it("names the page's source file and each id used twice, and nothing for unique ids", () => {
    const pages = [
      page(
        '/b/x/',
        '<h2 id="objectives">You will</h2><h2 id="objectives">Objectives</h2><p id="a"></p>',
        'content/lessons/x.mdx',
      ),
      page('/b/y/', '<h2 id="a">A</h2><svg><g id="b"></g></svg><h2 id="b">B</h2><template><p id="a"></p></template>'),
    ].map(parsePage);
    expect(duplicateIdProblems(pages)).toEqual([
      expect.stringMatching(/^content\/lessons\/x\.mdx: id "objectives" is used 2 times on \/b\/x\/; ids must be unique/),
      expect.stringMatching(/^src\/b\/y\/: id "b" is used 2 times/),
    ]);
  });
});
