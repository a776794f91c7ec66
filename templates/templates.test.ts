/**
 * The template files are model files like any other: each must pass the one import path and come out
 * readable. Checked here rather than trusted, since they are edited by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boxXFor, estimateBoxHeight } from '../src/domain/lanes';
import { LEVEL_IDS, levelIndex } from '../src/domain/levels';
import { indexBoxes, linkShape } from '../src/domain/linkShape';
import type { Box, ModelContent } from '../src/domain/model';
import { featureById, FEATURES } from '../src/evidence/features';
import { featureCitation } from '../src/evidence/library';
import { table1Conditions } from '../src/evidence/table1';
import { parseModelDocument } from '../src/file/parse';
import { TEMPLATES } from '../src/templates/catalogue';

const folder = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();

function load(name: string): { doc: Record<string, unknown>; model: ModelContent } {
  const doc = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>;
  const parsed = parseModelDocument(doc);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return { doc, model: parsed.model };
}

const BRIEFING_NOT_LINEAR =
  'The relationship between partnership features in Diagram 1 and outcomes is not just linear. A change in practice, such as improving communication and information sharing can have an effect on activities, engagement, reactions and knowledge, as well as final outcomes.';

/** Link crossings between neighbouring lanes, counting boxes by their order down the lane. */
function crossings(model: ModelContent): number {
  const boxes = indexBoxes(model.boxes);
  const linear = model.links.filter((link) => linkShape(link, boxes) === 'linear').map((link) => [boxes.get(link.source) as Box, boxes.get(link.target) as Box] as const);
  let count = 0;
  for (const [i, [sourceA, targetA]] of linear.entries()) {
    for (const [sourceB, targetB] of linear.slice(i + 1)) {
      if (sourceA.level === sourceB.level && (sourceA.y - sourceB.y) * (targetA.y - targetB.y) < 0) count++;
    }
  }
  return count;
}

/** The same model with two boxes of one lane trading places. */
function swapped(model: ModelContent, a: Box, b: Box): ModelContent {
  return { ...model, boxes: model.boxes.map((box) => (box.id === a.id ? { ...box, y: b.y } : box.id === b.id ? { ...box, y: a.y } : box)) };
}

describe('every template file', () => {
  it('is in the catalogue, and every catalogue entry has a file', () => {
    expect(files).toEqual(['blank.json', 'evidence.json', 'reoffending.json', 'third-sector-trust.json']);
    expect(TEMPLATES.map((template) => `${template.id}.json`).sort()).toEqual(files);
    for (const template of TEMPLATES) expect(template.file).toEqual(load(`${template.id}.json`).doc);
  });

  describe.each(files)('%s', (name) => {
    const { doc, model } = load(name);

    it('imports through parseModelDocument, and leaves layout to it', () => {
      expect(model.title.trim()).not.toBe('');
      // Positions come from the import path (tidyUp), so the file order is the order down each lane.
      for (const box of doc.boxes as Record<string, unknown>[]) expect(box).not.toHaveProperty('x');
      for (const link of doc.links as Record<string, unknown>[]) expect(typeof link.id).toBe('string');
    });

    it("has Table 1's assumptions and risks as its conditions, all unchecked", () => {
      expect(model.conditions).toEqual(table1Conditions());
    });

    it('has every box in its lane and no two boxes overlapping', () => {
      for (const box of model.boxes) expect(box.x, box.id).toBe(boxXFor(box.level));
      for (const [i, a] of model.boxes.entries()) {
        for (const b of model.boxes.slice(i + 1)) {
          const apart = a.level !== b.level || a.y + estimateBoxHeight(a.label) <= b.y || b.y + estimateBoxHeight(b.label) <= a.y;
          expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        }
      }
    });

    it('lists boxes lane by lane, left to right, in the order they are drawn', () => {
      const levels = model.boxes.map((box) => levelIndex(box.level));
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
      for (const [i, box] of model.boxes.entries()) {
        const next = model.boxes[i + 1];
        if (next && next.level === box.level) expect(next.y).toBeGreaterThan(box.y);
      }
    });

    it('orders each lane so that no swap of two boxes crosses fewer links', () => {
      const base = crossings(model);
      for (const level of LEVEL_IDS) {
        const lane = model.boxes.filter((box) => box.level === level);
        for (const [i, a] of lane.entries()) {
          for (const b of lane.slice(i + 1)) expect(crossings(swapped(model, a, b)), `swap ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(base);
        }
      }
    });

    it('tags boxes only with library features, each in its own lane, and links every box', () => {
      const linked = new Set(model.links.flatMap((link) => [link.source, link.target]));
      for (const box of model.boxes) {
        expect(linked.has(box.id), `${box.id} has no link`).toBe(true);
        if (box.feature === undefined) continue;
        const feature = featureById(box.feature);
        expect(feature, `${box.id}: unknown feature ${box.feature}`).toBeDefined();
        expect(box.level, box.id).toBe(feature?.level);
      }
    });

    it('gives a note, the reason, to every link that is not linear', () => {
      const boxes = indexBoxes(model.boxes);
      for (const link of model.links) if (linkShape(link, boxes) !== 'linear') expect(link.note, link.id).toBeTruthy();
    });
  });
});

describe('the evidence template', () => {
  const { model } = load('evidence.json');
  const boxes = indexBoxes(model.boxes);

  it('carries no ratings, evidence or indicators: it is the evidence, not a partnership’s progress', () => {
    for (const box of model.boxes) expect([box.rating, box.evidence, box.indicators], box.id).toEqual([undefined, undefined, undefined]);
  });

  it('is titled and says Diagram 1 is not reproduced', () => {
    expect(model.title).toBe('Evidence template: effective partnership');
    expect(model.description).toContain('Built from the text of the briefing; Diagram 1 itself is not reproduced.');
  });

  it('holds every feature of the library exactly once, at its level, named and cited', () => {
    expect(model.boxes.map((box) => box.feature).sort()).toEqual(FEATURES.map((feature) => feature.id).sort());
    for (const box of model.boxes) {
      const feature = featureById(box.feature ?? '');
      expect(feature, box.id).toBeDefined();
      if (!feature) continue;
      expect(box.label).toBe(feature.name);
      expect(box.level).toBe(feature.level);
      expect(box.notes).toBe(featureCitation(feature));
    }
  });

  it('links level to level, except the briefing’s own feedback example', () => {
    const nonLinear = model.links.filter((link) => linkShape(link, boxes) !== 'linear');
    expect(nonLinear).toHaveLength(1);
    const [feedback] = nonLinear;
    expect(linkShape(feedback!, boxes)).toBe('feedback');
    expect(boxes.get(feedback!.source)?.level).toBe('practice');
    expect(boxes.get(feedback!.target)?.feature).toBe('communication-information');
    expect(feedback!.note).toContain(BRIEFING_NOT_LINEAR);
    for (const link of model.links) if (link !== feedback) expect(link.note, link.id).toBeUndefined();
  });

  it('reaches the final outcome from every input along forward links', () => {
    const forward = new Map<string, string[]>();
    for (const link of model.links) {
      if (linkShape(link, boxes) === 'linear') forward.set(link.source, [...(forward.get(link.source) ?? []), link.target]);
    }
    const reaches = (id: string): boolean => boxes.get(id)?.level === 'outcomes' || (forward.get(id) ?? []).some(reaches);
    for (const box of model.boxes) if (box.level !== 'outcomes') expect(reaches(box.id), box.id).toBe(true);
  });
});

describe('the blank template', () => {
  it('has no boxes and no links', () => {
    const { model } = load('blank.json');
    expect(model.title).toBe('Blank model');
    expect(model.boxes).toEqual([]);
    expect(model.links).toEqual([]);
    expect(model.description).toBeUndefined();
  });
});

describe.each(['reoffending.json', 'third-sector-trust.json'])('the worked example %s', (name) => {
  const { model } = load(name);

  it('fills every level, and tags and grounds every box in the briefing', () => {
    expect(new Set(model.boxes.map((box) => box.level)).size).toBe(LEVEL_IDS.length);
    for (const box of model.boxes) {
      expect(box.feature, box.id).toBeDefined();
      expect(box.notes, box.id).toMatch(/^Briefing, "[^"]+": “[^”]+”/);
    }
  });

  it('reaches its final outcome from every box', () => {
    const forward = new Map<string, string[]>();
    for (const link of model.links) forward.set(link.source, [...(forward.get(link.source) ?? []), link.target]);
    const levelOf = new Map(model.boxes.map((box) => [box.id, box.level]));
    const reaches = (id: string): boolean => levelOf.get(id) === 'outcomes' || (forward.get(id) ?? []).some(reaches);
    for (const box of model.boxes) expect(reaches(box.id), box.id).toBe(true);
  });

  it('gives every practice-change and final-outcome box example indicators, marked as examples to replace; nothing else carries progress data', () => {
    for (const box of model.boxes) {
      if (box.level === 'practice' || box.level === 'outcomes') {
        expect(box.indicators?.length, box.id).toBeGreaterThan(0);
        for (const indicator of box.indicators ?? []) expect(indicator.text, box.id).toMatch(/^Example: /);
      } else expect(box.indicators, box.id).toBeUndefined();
      expect(box.evidence, box.id).toBeUndefined();
      expect(box.rating, box.id).toBeUndefined();
    }
  });
});
