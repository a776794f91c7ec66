import { describe, expect, it } from 'vitest';
import { addBox, connect, updateBox } from '../domain/edits';
import { table1Conditions } from '../evidence/table1';
import { isTemplateId, modelFromTemplate, templateById, TEMPLATES } from './catalogue';

describe('the template catalogue', () => {
  it('offers the evidence template first, then blank, each with a one-line description', () => {
    expect(TEMPLATES.map((template) => template.id)).toEqual(['evidence', 'blank', 'reoffending', 'third-sector-trust']);
    for (const template of TEMPLATES) {
      expect(template.name.trim()).not.toBe('');
      expect(template.description).not.toMatch(/\n/);
      expect(template.description.length).toBeLessThan(140);
    }
    expect(isTemplateId('blank')).toBe(true);
    expect(isTemplateId('constructor')).toBe(false);
  });

  it.each(TEMPLATES.map((template) => template.id))('makes a model from "%s"', (id) => {
    const model = modelFromTemplate(id);
    expect(model.conditions).toEqual(table1Conditions());
    expect(model.boxes.length).toBe((templateById(id).file as { boxes: unknown[] }).boxes.length);
  });

  it('gives fresh box and link ids on every call, links still joining the same boxes', () => {
    const first = modelFromTemplate('evidence');
    const second = modelFromTemplate('evidence');
    const fileIds = new Set((templateById('evidence').file as { boxes: { id: string }[] }).boxes.map((box) => box.id));
    const firstIds = first.boxes.map((box) => box.id);
    expect(firstIds.some((id) => fileIds.has(id))).toBe(false);
    expect(firstIds.some((id) => second.boxes.some((box) => box.id === id))).toBe(false);
    expect(first.links.some((link) => second.links.some((other) => other.id === link.id))).toBe(false);
    const ends = (model: typeof first) => {
      const featureOf = new Map(model.boxes.map((box) => [box.id, box.feature]));
      return model.links.map((link) => `${featureOf.get(link.source)} -> ${featureOf.get(link.target)}`);
    };
    expect(ends(first)).toEqual(ends(second));
    expect(ends(first)).toContain('improved-processes -> communication-information');
  });

  it('never lets editing a model change the template', () => {
    const before = modelFromTemplate('reoffending');
    const fileBefore = JSON.stringify(templateById('reoffending').file);
    const model = modelFromTemplate('reoffending');
    let edited = updateBox(model, model.boxes[0]!.id, { label: 'Changed' });
    edited = addBox(edited, { id: 'extra', level: 'inputs', label: 'Extra' });
    edited = connect(edited, { id: 'new-link', source: 'extra', target: model.boxes[5]!.id });
    // Direct mutation too, as careless UI code might do.
    (model.boxes as unknown[]).push({ id: 'pushed' });
    (model.conditions[0] as { status: string }).status = 'holds';
    const after = modelFromTemplate('reoffending');
    expect(after.boxes.map((box) => box.label)).toEqual(before.boxes.map((box) => box.label));
    expect(after.boxes).toHaveLength(before.boxes.length);
    expect(after.conditions).toEqual(table1Conditions());
    expect(JSON.stringify(templateById('reoffending').file)).toBe(fileBefore);
    expect(Object.isFrozen(templateById('reoffending').file)).toBe(true);
  });
});
