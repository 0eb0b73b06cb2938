import { describe, expect, it } from 'vitest';
import { DESKTOP_COLUMN, diagramFit, fitWarning, renderDiagram } from './mermaid';

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
    expect(html).toContain(`min-width:${Math.round(viewBoxWidth * 0.6)}px`);
    expect(html).toMatch(/<div class="diagram-scroll" tabindex="0" role="group" aria-label="Two boxes \(scrolls sideways\)">/);
  });
});
