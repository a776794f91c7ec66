// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { compareModels } from '../analysis/comparison';
import type { ModelContent } from '../domain/model';
import { renderModelSvg } from './svg';
import { sampleModel } from './testing/fixtures';
import { CHANGE_STYLES, GHOST_DASH, LINK_STYLES } from './theme';

const DATE = '1 December 2026';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/**
 * The sample model at an earlier version and now: since then a box was added (with a link to it),
 * one relabelled, and one removed with its link; the feedback link's note changed.
 */
function compared() {
  const before = sampleModel();
  const after: ModelContent = {
    ...before,
    boxes: [
      ...before.boxes.filter((box) => box.id !== 'b-lea2').map((box) => (box.id === 'b-rea' ? { ...box, label: 'Trust between all the partners' } : box)),
      { id: 'b-new', level: 'outcomes', label: 'Fewer people in crisis', x: before.boxes.find((box) => box.id === 'b-out')!.x, y: 400 },
    ],
    links: [
      ...before.links.filter((link) => link.id !== 'l-same').map((link) => (link.id === 'l-feedback' ? { ...link, note: 'Now monthly' } : link)),
      { id: 'l-new', source: 'b-pra', target: 'b-new' },
    ],
  };
  return { after, comparison: compareModels(before, after, { before: 'Q3 <board>', after: 'now' }) };
}

describe('renderModelSvg of a compare view (issue 15)', () => {
  const { after, comparison } = compared();
  const doc = parse(renderModelSvg(after, { date: DATE, comparison }).svg);
  const box = (id: string) => doc.querySelector(`g.box[data-box-id="${id}"]`);
  const link = (id: string) => doc.querySelector(`path.link[data-link-id="${id}"]`);

  it('draws a removed box as a ghost where it was: dashed, grey, with its label and the word Removed', () => {
    const ghost = box('b-lea2')!;
    expect(ghost.getAttribute('data-change')).toBe('removed');
    const outline = ghost.querySelector('rect')!;
    expect(outline.getAttribute('stroke-dasharray')).toBe(GHOST_DASH);
    expect(outline.getAttribute('stroke')).toBe(CHANGE_STYLES.removed.colour);
    expect(outline.getAttribute('fill')).toBe(CHANGE_STYLES.removed.fill);
    const removedBox = sampleModel().boxes.find((each) => each.id === 'b-lea2')!;
    expect([outline.getAttribute('x'), outline.getAttribute('y')]).toEqual([String(removedBox.x), String(removedBox.y)]);
    expect([...ghost.querySelectorAll('text.box-label tspan')].map((line) => line.textContent).join(' ')).toBe("Partners' cultures understood");
    expect(ghost.querySelector('g.change-tag')!.textContent).toBe('Removed');
    expect(ghost.querySelector('g.change-tag path')!.getAttribute('d')).toBe(CHANGE_STYLES.removed.shape);
  });

  it('draws a removed link dashed and grey, with a grey arrowhead and the word Removed', () => {
    const ghost = link('l-same')!;
    expect(ghost.getAttribute('data-change')).toBe('removed');
    expect(ghost.getAttribute('stroke-dasharray')).toBe(GHOST_DASH);
    expect(ghost.getAttribute('stroke')).toBe(CHANGE_STYLES.removed.colour);
    const marker = doc.getElementById(/^url\(#(.+)\)$/.exec(ghost.getAttribute('marker-end') ?? '')![1]!)!;
    expect(marker.querySelector('path')!.getAttribute('fill')).toBe(CHANGE_STYLES.removed.colour);
    expect(ghost.nextElementSibling?.getAttribute('data-change')).toBe('removed');
    expect(ghost.nextElementSibling?.textContent).toBe('Removed');
  });

  it('tags new and changed boxes and links with the word and the shape; others carry nothing', () => {
    expect(box('b-new')!.querySelector('g.change-tag')!.textContent).toBe('New');
    expect(box('b-new')!.querySelector('g.change-shape path')!.getAttribute('d')).toBe(CHANGE_STYLES.new.shape);
    expect(box('b-new')!.querySelector('rect')!.getAttribute('stroke')).toBe(CHANGE_STYLES.new.colour);
    expect(box('b-rea')!.querySelector('g.change-tag')!.textContent).toBe('Changed');
    expect(box('b-rea')!.querySelector('g.change-shape path')!.getAttribute('d')).toBe(CHANGE_STYLES.changed.shape);
    expect(box('b-in')!.querySelector('g.change-tag')).toBeNull();
    expect(box('b-in')!.hasAttribute('data-change')).toBe(false);
    expect(link('l-new')!.nextElementSibling?.textContent).toBe('New');
    expect(link('l-feedback')!.nextElementSibling?.textContent).toBe('Changed');
    // A changed or new link keeps its shape's own look; only a ghost is grey.
    expect(link('l-feedback')!.getAttribute('stroke')).toBe(LINK_STYLES.feedback.colour);
    expect(link('l-linear')!.hasAttribute('data-change')).toBe(false);
    const tags = [...doc.querySelectorAll('g.change-tag')].map((tag) => tag.getAttribute('data-change')).sort();
    expect(tags).toEqual(['changed', 'changed', 'new', 'new', 'removed', 'removed']);
  });

  it('keys the marks under the Key: heading Changes, each word with its meaning and shape', () => {
    const key = doc.querySelector('g.change-legend')!;
    expect(key.querySelector('text')!.textContent).toBe('Changes');
    const items = [...key.querySelectorAll('g.legend-item')];
    expect(items.map((item) => item.querySelector('text')!.textContent)).toEqual([
      'New: added since the earlier version',
      'Changed: different from the earlier version: its details say how',
      'Removed: in the earlier version only, drawn where it was',
    ]);
    expect(items[2]!.querySelector('rect')!.getAttribute('stroke-dasharray')).toBe(GHOST_DASH);
    // Inside the picture, below the link key.
    const height = Number(doc.documentElement.getAttribute('height'));
    const keyTop = Number(doc.querySelector('g.legend text')!.getAttribute('y'));
    for (const item of items) {
      const y = Number(item.querySelector('text')!.getAttribute('y'));
      expect(y).toBeGreaterThan(keyTop);
      expect(y).toBeLessThan(height);
    }
  });

  it('says which versions are compared and how many changes, under the title and to a screen reader, the names as text', () => {
    const header = doc.querySelector('g.header')!.textContent;
    expect(header).toContain('Changes from “Q3 <board>” to now: 6 changes: Boxes 3, Links 3');
    expect(doc.querySelector('desc')!.textContent).toContain('removed ones drawn dashed where they were');
    expect(renderModelSvg(after, { date: DATE, comparison }).svg).toContain('Q3 &lt;board&gt;');
  });

  it('draws nothing of a comparison without one, and the same bytes each time with one', () => {
    const plain = parse(renderModelSvg(after, { date: DATE }).svg);
    expect(plain.querySelectorAll('[data-change]')).toHaveLength(0);
    expect(plain.querySelector('g.change-legend')).toBeNull();
    expect(plain.querySelector('g.box[data-box-id="b-lea2"]')).toBeNull();
    expect(renderModelSvg(after, { date: DATE, comparison }).svg).toBe(renderModelSvg(after, { date: DATE, comparison }).svg);
  });

  it('leaves the key out of a drawing without a frame (the view image lays the screen’s legend over it) but keeps the marks', () => {
    const bare = parse(renderModelSvg(after, { date: '', comparison, frame: false }).svg);
    expect(bare.querySelector('g.change-legend')).toBeNull();
    expect(bare.querySelector('g.box[data-box-id="b-lea2"] g.change-tag')!.textContent).toBe('Removed');
  });
});
