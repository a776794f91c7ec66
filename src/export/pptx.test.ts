import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis';
import { box, link, modelOf } from '../analysis/testModel';
import { buildPptx } from './pptx';
import { planSlides, SLIDE_HEIGHT, SLIDE_WIDTH, type SlideShape } from './slidePlan';
import { planMeasureSlides } from './measureSlides';

const model = {
  ...modelOf({
    boxes: [
      box('budget', 'inputs', { label: 'Pooled budget & staff', y: 120 }),
      box('training', 'activities', { label: 'Joint training', y: 120 }),
      box('data', 'activities', { label: 'Shared data', y: 260 }),
      box('panel', 'engagement', { label: 'Families join the panel', y: 120 }),
      box('crisis', 'outcomes', { label: 'Fewer families reach crisis', y: 120 }),
    ],
    links: [link('l1', 'budget', 'training'), link('l2', 'training', 'panel'), link('l3', 'panel', 'crisis'), link('l4', 'panel', 'training'), link('l5', 'budget', 'data')],
  }),
  title: 'Family support <partnership>',
  description: 'Our chain for the board.',
};
const flags = analyse(model);

function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

describe('planSlides', () => {
  const slides = planSlides(model, { date: '1 December 2026', flags, pathways: [{ title: 'Shared data', boxIds: ['data'] }] });

  it('makes a title slide, the whole diagram, and one slide per pathway asked for', () => {
    expect(slides.map((slide) => slide.title)).toEqual(['Family support <partnership>', 'Family support <partnership>: the whole chain', 'Pathway: Shared data']);
  });

  it('draws every lane, box and link inside the widescreen slide, with the key', () => {
    const shapes = slides[1]!.shapes;
    const named = (prefix: string) => shapes.filter((shape) => shape.name.startsWith(prefix));
    expect(named('Lane: ')).toHaveLength(7);
    expect(named('Box: ').map((shape) => (shape.kind === 'rect' ? shape.text?.text : ''))).toEqual(['Pooled budget & staff', 'Joint training', 'Shared data', 'Families join the panel', 'Fewer families reach crisis']);
    expect(named('Link (').map((shape) => shape.name)).toEqual(['Link (linear)', 'Link (linear)', 'Link (skip)', 'Link (feedback)', 'Link (linear)']);
    expect(named('Key: ')).toHaveLength(4);
    const feedback = shapes.find((shape): shape is Extract<SlideShape, { kind: 'line' }> => shape.name === 'Link (feedback)')!;
    expect(feedback.dash).toBe('sysDot');
    for (const shape of shapes) {
      const [x1, y1, x2, y2] = shape.kind === 'line' ? [shape.x1, shape.y1, shape.x2, shape.y2] : [shape.x, shape.y, shape.x + shape.w, shape.y + shape.h];
      expect(Math.min(x1, x2)).toBeGreaterThanOrEqual(0);
      expect(Math.min(y1, y2)).toBeGreaterThanOrEqual(0);
      expect(Math.max(x1, x2)).toBeLessThanOrEqual(SLIDE_WIDTH);
      expect(Math.max(y1, y2)).toBeLessThanOrEqual(SLIDE_HEIGHT);
    }
  });

  it('puts the flags and a text outline in the speaker notes', () => {
    const notes = slides[1]!.notes;
    expect(notes).toContain('Flags:');
    for (const flag of flags) expect(notes).toContain(flag.message);
    expect(notes).toContain('Inputs:\n  - Pooled budget & staff');
    expect(notes).toContain('Families join the panel → Joint training (feedback');
  });

  it('keeps a pathway slide to the pathway, says it in words, and keeps only its flags', () => {
    const slide = slides[2]!;
    const boxes = slide.shapes.filter((shape) => shape.name.startsWith('Box: ')).map((shape) => (shape.kind === 'rect' ? shape.text?.text : ''));
    expect(boxes).toEqual(['Pooled budget & staff', 'Shared data']);
    expect(slide.notes).toContain('The pathway in words: Inputs: Pooled budget & staff → Activities: Shared data');
    expect(slide.notes).not.toContain('Joint training');
  });

  it('writes ratings into the boxes when progress is asked for', () => {
    const rated = { ...model, boxes: model.boxes.map((b, i) => (i === 0 ? { ...b, rating: { progress: 'on-track' as const, confidence: 'high' as const, date: '2026-11-01' } } : b)) };
    const shapes = planSlides(rated, { date: 'today', flags: [], showProgress: true })[1]!.shapes;
    const texts = shapes.filter((shape) => shape.name.startsWith('Box: ')).map((shape) => (shape.kind === 'rect' ? shape.text?.text : ''));
    expect(texts[0]).toBe('Pooled budget & staff\n[On track]');
    expect(texts[1]).toBe('Joint training\n[Not rated]');
  });
});

describe('buildPptx', () => {
  it('writes boxes as native shapes holding their text (not one picture), links as lines with arrowheads, notes and alt text', async () => {
    const slides = planSlides(model, { date: '1 December 2026', flags });
    const file = await buildPptx(slides, { title: model.title });
    const entries = unzipSync(file);
    const slideXml = strFromU8(entries['ppt/slides/slide2.xml']!);
    expect(slideXml).not.toContain('<p:pic>');
    const shapes = [...slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((match) => match[1]!);
    for (const label of ['Pooled budget & staff', 'Joint training', 'Shared data', 'Families join the panel', 'Fewer families reach crisis']) {
      const holding = shapes.filter((shape) => texts(shape).join(' ') === label);
      expect(holding, label).toHaveLength(1);
      expect(holding[0]).toContain('prst="roundRect"');
    }
    // The links as freeform lines along their routes (PRODUCT.md §20), the key's samples as straight lines.
    const links = shapes.filter((shape) => shape.includes('<a:custGeom>'));
    expect(links.length).toBe(5);
    expect(links.every((shape) => /<a:tailEnd type="(triangle|arrow|stealth|diamond)"/.test(shape))).toBe(true);
    expect(shapes.filter((shape) => shape.includes('prst="line"')).length).toBe(4);
    expect(links.filter((shape) => shape.includes('<a:tailEnd type="triangle"'))).not.toHaveLength(0);
    expect(slideXml).toContain('prstDash val="sysDot"');
    expect(slideXml).toMatch(/descr="Logic model diagram of “Family support &lt;partnership&gt;”: 5 boxes and 5 links/);

    expect(texts(strFromU8(entries['ppt/slides/slide1.xml']!))).toContain('Family support <partnership>');
    const notes = Object.keys(entries).filter((path) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(path)).map((path) => texts(strFromU8(entries[path]!)).join('\n'));
    expect(notes.some((text) => text.includes('Flags:') && text.includes(flags[0]!.message))).toBe(true);
  });
});

describe('a slide per measure (issue 22)', () => {
  const measured = {
    ...model,
    boxes: model.boxes.map((b) =>
      b.id === 'crisis'
        ? {
            ...b,
            indicators: [
              { id: 'words', text: 'No figures here' },
              {
                id: 'crises',
                text: 'Families in crisis',
                unit: 'families',
                polarity: 'lower-is-better' as const,
                frequency: 'annual' as const,
                values: [{ period: '2022/23', actual: 80, target: 70 }, { period: '2023/24', target: 60, note: 'Not counted' }, { period: '2024/25', actual: 64, target: 50, status: 'provisional' as const }],
              },
            ],
          }
        : b,
    ),
  };
  const slides = [...planSlides(measured, { date: 'today', flags: [], pathways: [{ title: 'Shared data', boxIds: ['data'] }] }), ...planMeasureSlides(measured)];

  it('comes after the pathway slides, with its chart, the trend in words and the figures in the notes', () => {
    expect(slides.map((slide) => slide.title).slice(2)).toEqual(['Pathway: Shared data', 'Measure: Families in crisis']);
    const slide = slides[3]!;
    expect(slide.charts).toEqual([
      expect.objectContaining({ categories: ['2022/23', '2023/24', '2024/25'], actual: [80, null, 64], target: [70, 60, 50], unit: 'families', title: 'Families in crisis' }),
    ]);
    const words = slide.shapes.find((shape) => shape.name === 'Trend in words');
    expect(words?.kind === 'rect' && words.text?.text).toContain('Families in crisis: 64 families in 2024/25, improving; target 50 families not met.');
    expect(slide.notes).toContain('- 2023/24: actual no figure, target 60 families. Not counted');
    expect(slide.notes).toContain('- 2024/25: actual 64 families, target 50 families (Provisional)');
  });

  it('writes a native line chart part: the target dashed, the gap left out, alt text in words', async () => {
    const entries = unzipSync(await buildPptx(slides, { title: 'Measures' }));
    const charts = Object.keys(entries).filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path));
    expect(charts).toHaveLength(1);
    const chart = strFromU8(entries[charts[0]!]!);
    expect(chart.match(/<c:lineChart>/g)).toHaveLength(2);
    expect(chart).toContain('<a:prstDash val="dash"/>');
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
    expect(chart).not.toMatch(/<c:v><\/c:v>/);
    expect(Object.keys(entries).some((path) => /^ppt\/embeddings\/.+\.xlsx$/.test(path))).toBe(true);
    const slideXml = strFromU8(entries['ppt/slides/slide4.xml']!);
    expect(slideXml).toContain('<c:chart ');
    expect(slideXml).toMatch(/descr="Line chart of Families in crisis by period, the actual as a solid line with points, the target dashed\. Families in crisis: 64 families in 2024\/25/);
  });
});
