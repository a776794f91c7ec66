import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, type LevelId } from '../domain/levels';
import { modelFromTemplate } from '../templates/catalogue';
import { templatePreviewSvg } from './templatePreview';

const levels = Object.fromEntries(LEVEL_IDS.map((level, i) => [level, { lane: `#eee${i}e${i}`, heading: `#33${i}3${i}3` }])) as Record<LevelId, { lane: string; heading: string }>;

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;

describe('templatePreviewSvg', () => {
  it('draws seven tinted lanes, a block per box and a line per link', () => {
    const model = modelFromTemplate('evidence');
    const svg = templatePreviewSvg(model, { levels });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="240" ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(count(svg, /<rect /g)).toBe(LEVEL_IDS.length + model.boxes.length);
    expect(count(svg, /<line /g)).toBe(model.links.length);
    for (const level of LEVEL_IDS) expect(svg).toContain(`fill="${levels[level].lane}"`);
    // The one feedback link is dashed; the linear ones are not.
    expect(count(svg, /stroke-dasharray/g)).toBe(1);
    expect(svg).not.toContain('<text');
  });

  it('keeps the model’s proportions at the width asked for', () => {
    const svg = templatePreviewSvg(modelFromTemplate('blank'), { levels }, { width: 480 });
    const [, width, height, viewWidth, viewHeight] = /width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
    expect(Number(width)).toBe(480);
    expect(Number(height)).toBeCloseTo((480 * Number(viewHeight)) / Number(viewWidth), 0);
    expect(count(svg, /<rect /g)).toBe(LEVEL_IDS.length);
  });

  it('escapes the title', () => {
    const svg = templatePreviewSvg(modelFromTemplate('blank'), { levels }, { title: 'Tom & Jerry <script>' });
    expect(svg).toContain('<title>Tom &amp; Jerry &lt;script&gt;</title>');
    expect(svg).not.toContain('<script>');
  });
});
