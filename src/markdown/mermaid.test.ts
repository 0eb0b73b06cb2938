import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compactSvg,
  DESKTOP_COLUMN,
  DIAGRAM_RULES,
  diagramCss,
  diagramFit,
  fitWarning,
  pathData,
  renderDiagram,
} from './mermaid';

describe('diagramFit', () => {
  it('uses the lesson column at a 1280 px window, scrollbar included', () => {
    expect(DESKTOP_COLUMN).toBe(597);
  });
  it('draws a diagram where its smallest text is 12 px, when the column has room', () => {
    expect(diagramFit(500, 13)).toMatchObject({ drawn: 500, width: 500, scale: 1, textPx: 13, scrolls: false });
    const fit = diagramFit(440, 11);
    expect(fit.drawn).toBeCloseTo(480);
    expect(fit.textPx).toBeCloseTo(12);
  });
  it('narrows a wider diagram to the column, which shrinks its text', () => {
    const fit = diagramFit(800, 13);
    expect(fit).toMatchObject({ width: 597, scrolls: false });
    expect(fit.textPx).toBeCloseTo(9.7, 1);
  });
  it('scrolls when even 60% of the diagram is wider than the column', () => {
    const fit = diagramFit(1200, 13);
    expect(fit).toMatchObject({ width: 720, scale: 0.6, scrolls: true });
    expect(fit.textPx).toBeCloseTo(7.8);
    expect(diagramFit(500, 13, 309 /* a 375 px phone */)).toMatchObject({ width: 309, scrolls: false });
  });
  it('warns with the computed size only when the diagram scrolls or its text falls below 12 px', () => {
    expect(fitWarning('Fits', 500, diagramFit(500, 13))).toBeUndefined();
    expect(fitWarning('Shrinks', 800, diagramFit(800, 13))).toBe(
      'diagram "Shrinks" is 800 px wide: at a 1280 px window it is scaled by 0.75 to fit the 597 px column and its smallest text renders at 9.7 px (12 px wanted: try flowchart TB, fewer nodes side by side or shorter labels)',
    );
    expect(fitWarning('Wide', 1200, diagramFit(1200, 13))).toMatch(
      /it scrolls sideways \(at least 720 px in a 597 px column\).*7\.8 px/,
    );
  });
});

describe('renderDiagram', () => {
  it('sizes the SVG from its viewBox and smallest font, with a floor before it scrolls', () => {
    const { html, viewBoxWidth, fit } = renderDiagram('flowchart LR\n  A -->|label| B', 'title="Two boxes"', 0);
    const drawn = Number(/<svg[^>]* width="([\d.]+)"/.exec(html)![1]);
    expect(fit.textPx).toBeCloseTo(12); // edge labels are drawn at 11 px, so the SVG is drawn 12/11 larger
    expect(drawn).toBeCloseTo((viewBoxWidth * 12) / 11, 0);
    expect(html).toContain(`<svg role="img" aria-label="Two boxes" style="min-width:${Math.round(viewBoxWidth * 0.6)}px"`);
    expect(html).toMatch(/<div class="diagram-scroll" tabindex="0" role="group" aria-label="Two boxes \(scrolls sideways\)">/);
  });
});

describe('compactSvg', () => {
  it('leaves out what mermaid.css gives: mermaid.css holds exactly the rules the compactor assumes', () => {
    expect(readFileSync(new URL('./mermaid.css', import.meta.url), 'utf8')).toContain(diagramCss());
    // Rising specificity, so "the last matching rule wins" holds in CSS as in the compactor.
    const weight = (s: string) => s.split(/[ .]/).filter(Boolean).length + (s.match(/\./g)?.length ?? 0) * 10;
    const weights = DIAGRAM_RULES.map((r) => weight(r.selector));
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
  });
  it('drops attributes equal to the rules, keeps the ones that differ, and styles those a rule on the element overrides', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100.04 50" width="100.04" height="50" style="--bg:var(--diagram-bg);--fg:var(--diagram-fg);--accent:var(--diagram-accent)">\n' +
      '  <g class="node" data-id="a">\n' +
      '    <rect x="10.26" y="5" width="30.3" height="20" rx="0" ry="0" fill="var(--_node-fill)" stroke="red" stroke-width="0.75" />\n' +
      '    <text x="25.4" y="15" text-anchor="middle" font-size="13" font-weight="500" fill="var(--_text)" dy="4.55">A &amp; B</text>\n' +
      '  </g>\n' +
      '  <g class="subgraph"><text x="1" y="2" font-size="12" font-weight="bold" fill="var(--_text-sec)">G</text></g>\n' +
      '</svg>';
    expect(compactSvg(svg, 'd0-')).toBe(
      '<svg viewBox="0 0 100 50" width="100" height="50">' +
        '<g class="node"><rect x="10.5" y="5" width="30" height="20" stroke="red"/><text x="25.5" y="19.5">A &amp; B</text></g>' +
        '<g class="subgraph"><text x="1" y="2" style="font-weight:bold">G</text></g></svg>',
    );
  });
  it('keeps a value the renderer left to inheritance, once a rule would change it', () => {
    // The polygon had no stroke (nothing above it set one); the marker rule gives one, so it says none.
    const svg =
      '<svg viewBox="0 0 10 10"><defs><marker id="m" markerWidth="8" markerHeight="5" refX="8" refY="2.5"><polygon points="0 0, 8 2.5, 0 5" fill="var(--_arrow)" /></marker><marker id="unused"><polygon points="0 0, 1 1, 0 1" /></marker></defs>' +
      '<line x1="1" y1="2.25" x2="9.5" y2="2.25" stroke="var(--_line)" stroke-width="1" marker-end="url(#m)" /><text x="1" y="1" font-size="11">x</text></svg>';
    expect(compactSvg(svg, 'd3-')).toBe(
      '<svg viewBox="0 0 10 10"><marker id="d3-0" markerWidth="8" markerHeight="5" refX="8" refY="2.5"><polygon points="0 0 8 2.5 0 5" stroke="none"/></marker>' +
        '<path marker-end="url(#d3-0)" d="M1 2.5H9.5"/><text x="1" y="1" text-anchor="start" style="fill:black;font-size:11px;font-weight:inherit">x</text></svg>',
    );
  });
  it('writes open lines as path data along the axes', () => {
    expect(pathData([143.4, 216.8, 143.4, 386.7, 234.3, 386.7, 240, 400])).toBe('M143.5 217V386.5H234.5L240 400');
    expect(pathData([5, -3, 5, -10])).toBe('M5-3V-10');
  });
});
