// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS, LEVELS } from '../domain/levels';
import { wrapText } from '../domain/lanes';
import type { ModelContent } from '../domain/model';
import { renderModelSvg } from './svg';
import { MARKUP_LABEL, generatedModel, ratedModel, sampleModel } from './testing/fixtures';
import { LINK_STYLES, PROGRESS_STYLES, UNRATED_STYLE } from './theme';

const DATE = '25 November 2026';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function boxLabel(doc: Document, boxId: string): string[] {
  const group = doc.querySelector(`g.box[data-box-id="${boxId}"]`);
  expect(group, `box ${boxId}`).not.toBeNull();
  return [...group!.querySelectorAll('text.box-label tspan')].map((tspan) => tspan.textContent ?? '');
}

describe('renderModelSvg', () => {
  it('is a standalone SVG with its size, viewBox and namespace', () => {
    const { svg, width, height } = renderModelSvg(sampleModel(), { date: DATE });
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  it('shows every box label as text, wrapped as on the canvas', () => {
    const model = sampleModel();
    const doc = parse(renderModelSvg(model, { date: DATE }).svg);
    for (const box of model.boxes) expect(boxLabel(doc, box.id)).toEqual(wrapText(box.label));
  });

  it('draws one path per link, with the arrowhead and dash of its shape', () => {
    const model = sampleModel();
    const doc = parse(renderModelSvg(model, { date: DATE }).svg);
    const paths = [...doc.querySelectorAll('path.link')];
    expect(paths.map((path) => path.getAttribute('data-link-id'))).toEqual(model.links.map((link) => link.id));
    const shapes = Object.fromEntries(paths.map((path) => [path.getAttribute('data-link-id'), path.getAttribute('data-shape')]));
    expect(shapes).toEqual({ 'l-linear': 'linear', 'l-skip': 'skip', 'l-feedback': 'feedback', 'l-same': 'same-level', 'l-linear2': 'linear' });
    for (const path of paths) {
      const shape = path.getAttribute('data-shape') as keyof typeof LINK_STYLES;
      expect(path.getAttribute('stroke-dasharray')).toBe(LINK_STYLES[shape].dash);
      const markerId = /^url\(#(.+)\)$/.exec(path.getAttribute('marker-end') ?? '')?.[1];
      expect(doc.getElementById(markerId ?? '')?.tagName).toBe('marker');
    }
    expect(doc.querySelectorAll('defs marker')).toHaveLength(4);
  });

  it('leaves out a link whose box is missing', () => {
    const model = sampleModel();
    const withDangling: ModelContent = { ...model, links: [...model.links, { id: 'l-gone', source: 'b-in', target: 'nowhere' }] };
    const doc = parse(renderModelSvg(withDangling, { date: DATE }).svg);
    expect(doc.querySelectorAll('path.link')).toHaveLength(model.links.length);
  });

  it('draws the seven lanes left to right in level order, each with its heading and question', () => {
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE }).svg);
    const lanes = [...doc.querySelectorAll('g.lane')];
    expect(lanes.map((lane) => lane.getAttribute('data-level'))).toEqual([...LEVEL_IDS]);
    const lefts = lanes.map((lane) => Number(lane.querySelector('rect')?.getAttribute('x')));
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    lanes.forEach((lane, index) => {
      const level = LEVELS[index]!;
      const heading = [...lane.querySelectorAll('text.lane-heading tspan')].map((tspan) => tspan.textContent).join(' ');
      expect(heading).toBe(level.name);
      expect(lane.querySelector('text.lane-question')?.textContent).toBe(level.question);
    });
  });

  it('carries the title, the date and a legend of every link style', () => {
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE }).svg);
    const header = doc.querySelector('g.header')!.textContent ?? '';
    expect(header).toContain('Reducing <reoffending> & "trust"');
    expect(header).toContain(DATE);
    const legend = doc.querySelector('g.legend')!;
    for (const style of Object.values(LINK_STYLES)) expect(legend.textContent).toContain(`${style.label}: ${style.description}`);
    expect([...legend.querySelectorAll('path.legend-link')].map((path) => path.getAttribute('data-shape'))).toEqual([
      'linear',
      'skip',
      'feedback',
      'same-level',
    ]);
  });

  it('can leave the title out but keeps the date', () => {
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE, title: false }).svg);
    expect(doc.querySelector('g.header')!.textContent).not.toContain('Reducing');
    expect(doc.querySelector('g.header')!.textContent).toContain(DATE);
  });

  it('shows markup in a label, the title and ids as characters, never as elements', () => {
    const model = sampleModel();
    const hostile: ModelContent = {
      ...model,
      boxes: [...model.boxes, { id: '"><script>alert(1)</script>', level: 'outcomes', label: '<script>alert(2)</script>', x: 1580, y: 400 }],
    };
    const { svg } = renderModelSvg(hostile, { date: '<b>today</b>' });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(boxLabel(doc, 'b-eng').join(' ')).toBe(MARKUP_LABEL);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelector('g.header')!.textContent).toContain('<b>today</b>');
  });

  it('has no foreignObject, script, event handler or reference to anything outside the file', () => {
    const { svg } = renderModelSvg(sampleModel(), { date: DATE, flags: { byBox: new Map([['b-in', 2]]) } });
    const doc = parse(svg);
    for (const element of doc.getElementsByTagName('*')) {
      expect(['foreignObject', 'script', 'image', 'use', 'a', 'style']).not.toContain(element.tagName);
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on|href$/i);
        if (attribute.value.includes('url(')) expect(attribute.value).toMatch(/^url\(#[\w-]+\)$/);
      }
    }
  });

  it('sets the font family on every text element', () => {
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE }).svg);
    for (const text of doc.getElementsByTagName('text')) expect(text.getAttribute('font-family')).toMatch(/sans-serif$/);
  });

  it('keeps characters XML forbids from breaking the file', () => {
    const model = sampleModel();
    const odd: ModelContent = { ...model, title: 'Bell\u0007 and \uD800 lone surrogate', boxes: [{ ...model.boxes[0]!, label: 'Start\u0001of heading' }] };
    const doc = parse(renderModelSvg(odd, { date: DATE }).svg);
    expect(boxLabel(doc, 'b-in')).toEqual(['Start\uFFFDof heading']);
  });

  it('draws the whole model, wherever its boxes are', () => {
    const model = sampleModel();
    const far: ModelContent = {
      ...model,
      boxes: [...model.boxes, { id: 'far', level: 'outcomes', label: 'Far away', x: 5000, y: 3000 }, { id: 'up', level: 'inputs', label: 'Up', x: -400, y: -300 }],
    };
    const { svg, width, height } = renderModelSvg(far, { date: DATE });
    const doc = parse(svg);
    const translate = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(svg)!;
    const [dx, dy] = [Number(translate[1]), Number(translate[2])];
    for (const id of ['far', 'up']) {
      const rect = doc.querySelector(`g.box[data-box-id="${id}"] rect`)!;
      const left = Number(rect.getAttribute('x')) + dx;
      const top = Number(rect.getAttribute('y')) + dy;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThan(60); // below the title block
      expect(left + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
      expect(top + Number(rect.getAttribute('height'))).toBeLessThanOrEqual(height);
    }
  });

  it('marks boxes tagged with an evidence feature', () => {
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE }).svg);
    const marked = [...doc.querySelectorAll('path.feature-mark')].map((mark) => mark.closest('g.box')?.getAttribute('data-box-id'));
    expect(marked).toEqual(['b-in', 'b-act', 'b-rea']);
    expect(doc.querySelector('g.box[data-box-id="b-rea"] path.feature-mark title')?.textContent).toBe('Evidence feature: Trust between partners');
  });

  it('shows flag badges and the summary only when the flags overlay is on', () => {
    const plain = parse(renderModelSvg(sampleModel(), { date: DATE }).svg);
    expect(plain.querySelectorAll('g.flag-badge')).toHaveLength(0);

    const flags = { byBox: new Map([['b-in', 2], ['b-out', 120]]), byLink: new Map([['l-feedback', 1]]), summary: '3 gaps, 2 notices' };
    const doc = parse(renderModelSvg(sampleModel(), { date: DATE, flags }).svg);
    const badges = [...doc.querySelectorAll('g.flag-badge')].map((badge) => badge.textContent);
    expect(badges).toEqual(['1', '2', '99+', '1']); // link, two boxes, then the legend's sample
    expect(doc.querySelector('g.header')!.textContent).toContain('3 gaps, 2 notices');
    expect(doc.querySelector('g.legend')!.textContent).toContain('Flag badge');
  });

  it('gives the same bytes for the same model', () => {
    const first = renderModelSvg(generatedModel(120, 2, 7), { date: DATE }).svg;
    const second = renderModelSvg(generatedModel(120, 2, 7), { date: DATE }).svg;
    expect(second).toBe(first);
  });

  it('renders a model with no boxes: lanes, title and legend only', () => {
    const { svg, width, height } = renderModelSvg({ title: '', boxes: [], links: [], conditions: [] }, { date: DATE });
    const doc = parse(svg);
    expect(doc.querySelectorAll('g.lane')).toHaveLength(7);
    expect(doc.querySelector('g.header')!.textContent).toContain('Untitled model');
    expect(width).toBeGreaterThan(7 * 260);
    expect(height).toBeGreaterThan(640);
  });

  describe('with progress shown', () => {
    const doc = parse(renderModelSvg(ratedModel(), { date: DATE, showProgress: true }).svg);
    const boxGroup = (id: string) => doc.querySelector(`g.box[data-box-id="${id}"]`)!;

    it('fills and outlines a rated box in its rating colours, with its shape and word in a badge', () => {
      const offTrack = boxGroup('b-act');
      const rect = offTrack.querySelector('rect')!;
      expect(rect.getAttribute('fill')).toBe(PROGRESS_STYLES['off-track'].fill);
      expect(rect.getAttribute('stroke')).toBe(PROGRESS_STYLES['off-track'].border);
      const badge = offTrack.querySelector('g.progress-badge')!;
      expect(badge.querySelector('text')!.textContent).toBe('Off track');
      expect(badge.querySelector('text')!.getAttribute('fill')).toBe(PROGRESS_STYLES['off-track'].text);
      expect(badge.querySelector('g.progress-shape path')!.getAttribute('d')).toBe(PROGRESS_STYLES['off-track'].shape);
      const achieved = boxGroup('b-out').querySelector('g.progress-badge')!;
      expect(achieved.querySelector('text')!.textContent).toBe('Achieved');
      expect(achieved.querySelector('g.progress-shape path')!.getAttribute('d')).toBe(PROGRESS_STYLES.achieved.shape);
    });

    it('shows an unrated box plainly: white, dashed grey outline, "Not rated" and no shape', () => {
      const unrated = boxGroup('b-in');
      expect(unrated.getAttribute('data-progress')).toBe('unrated');
      const rect = unrated.querySelector('rect')!;
      expect(rect.getAttribute('fill')).toBe(UNRATED_STYLE.fill);
      expect(rect.getAttribute('stroke-dasharray')).toBe(UNRATED_STYLE.dash);
      expect(unrated.querySelector('g.progress-badge text')!.textContent).toBe('Not rated');
      expect(unrated.querySelector('g.progress-shape')).toBeNull();
    });

    it('keys every rating and "Not rated" in the legend, each with its shape', () => {
      const legend = doc.querySelector('g.legend')!;
      for (const word of ['Off track', 'At risk', 'On track', 'Achieved', 'Not rated']) expect(legend.textContent).toContain(word);
      expect([...legend.querySelectorAll('g.progress-shape')].map((shape) => shape.getAttribute('data-progress'))).toEqual(['off-track', 'at-risk', 'on-track', 'achieved']);
    });

    it('says who rated it, when and how sure, as escaped text', () => {
      const svg = renderModelSvg(ratedModel(), { date: DATE, showProgress: true }).svg;
      expect(svg).not.toContain('<i>Chair</i>');
      expect(boxGroup('b-act').querySelector('g.progress-badge title')!.textContent).toBe(
        'Progress: Off track. Confidence: Medium. Rated 21 November 2026 by <i>Chair</i> & "co".',
      );
    });

    it('draws nothing of progress when it is not shown, and keeps the boxes where they were', () => {
      const plain = renderModelSvg(ratedModel(), { date: DATE });
      const shown = renderModelSvg(ratedModel(), { date: DATE, showProgress: true });
      const plainDoc = parse(plain.svg);
      expect(plainDoc.querySelectorAll('g.progress-badge, g.progress-shape, [data-progress]')).toHaveLength(0);
      expect(plainDoc.querySelector('g.legend')!.textContent).not.toContain('Off track');
      expect(shown.width).toBe(plain.width);
      const frame = (d: Document) => [...d.querySelectorAll('g.box > rect')].map((rect) => [rect.getAttribute('x'), rect.getAttribute('y'), rect.getAttribute('height')]);
      expect(frame(doc)).toEqual(frame(plainDoc));
    });
  });
});
