import { describe, expect, it } from 'vitest';
import { addBox } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { addContribution, setOpens } from '../domain/modelLinks';
import { asNewCopies, parsePlanFile, serialisePlan } from './planFile';
import { toModelDocument } from './serialise';

function model(uid: string, title: string): ModelContent {
  let content: ModelContent = { uid, title, boxes: [], links: [], conditions: [] };
  content = addBox(content, { id: 'a1', level: 'activities', label: 'Work', y: 0 });
  return addBox(content, { id: 'o1', level: 'outcomes', label: `${title} outcome`, y: 0 });
}

function riverside(): ModelContent[] {
  const loip = setOpens(model('loip', 'Riverside LOIP'), 'a1', { model: 'family', title: 'Family support' });
  let family = addContribution(model('family', 'Family support'), 'o1', { model: 'loip', box: 'o1' });
  family = addContribution(family, 'o1', { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' });
  family = addContribution(family, 'o1', { model: 'elsewhere', box: 'x' });
  return [loip, family];
}

const entries = (models: ModelContent[]) => models.map((content) => ({ model: content, versions: [], comments: [] }));

describe('the plan file', () => {
  it('round-trips a plan and its models whole', () => {
    const text = serialisePlan('Riverside plan', entries(riverside()));
    expect(JSON.parse(text).format).toBe('outcome-chains/plan');
    const parsed = parsePlanFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.name).toBe('Riverside plan');
    expect(parsed.models.map((entry) => entry.model)).toEqual(riverside().map((content) => ({ ...content, boxes: content.boxes.map((box) => ({ ...box })) })));
  });

  it('imports as new copies: new uids, links between the copies kept, links outside kept as they were', () => {
    const parsed = parsePlanFile(serialisePlan('Riverside plan', entries(riverside())));
    if (!parsed.ok) throw new Error(parsed.error);
    let n = 0;
    const copies = asNewCopies(parsed.models, () => `model-new-${++n}`);
    const [loip, family] = copies.map((entry) => entry.model) as [ModelContent, ModelContent];
    expect([loip.uid, family.uid]).toEqual(['model-new-1', 'model-new-2']);
    expect(loip.boxes[0]!.opens).toEqual({ model: 'model-new-2', title: 'Family support' });
    expect(family.boxes[1]!.contributesTo).toEqual([
      { model: 'model-new-1', box: 'o1' },
      { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' },
      { model: 'elsewhere', box: 'x' },
    ]);
  });

  it('refuses hostile or wrong plan files, naming the model refused', () => {
    const error = (text: string) => {
      const result = parsePlanFile(text);
      return result.ok ? 'accepted' : result.error;
    };
    expect(error('not json')).toMatch(/^This file is not a plan file: it is not valid JSON/);
    expect(error('[]')).toBe('The file must hold one JSON object, but it holds a list.');
    expect(error(JSON.stringify(toModelDocument(riverside()[0]!)))).toBe('This is a model file, not a plan file: import it as a model.');
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 2, name: 'x', models: [] }))).toBe('This plan file is format version 2, made by a newer Outcome Chains; this one reads version 1.');
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, models: [] }))).toBe('The plan file has no "name".');
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'x', models: {} }))).toBe('"models" must be a list, but it is an object.');
    const bad = { ...toModelDocument(riverside()[1]!), boxes: [{ id: 'b1', level: 'nowhere', label: 'x' }] };
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'x', models: [toModelDocument(riverside()[0]!), bad] }))).toBe(
      'Model 2 “Family support” could not be read, so the plan was not imported: Box 1 "b1" has an unknown level text "nowhere"; the levels are inputs, activities, engagement, reactions, learning, practice, outcomes.',
    );
    const twice = toModelDocument(riverside()[0]!);
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'x', models: [twice, twice] }))).toBe('Model 2 “Riverside LOIP” has the same "uid" as an earlier model of the plan; every model needs its own.');
    expect(error(`${'['.repeat(100)}${']'.repeat(100)}`)).toBe('This file is not a plan file: its data is nested more than 66 levels deep.');
    expect(error('{"__proto__": {"x": 1}, "format": "outcome-chains/plan"}')).toBe('The file contains the forbidden key "__proto__" (in the top level), so it was not opened.');
    const poisoned = { ...toModelDocument(riverside()[0]!), boxes: [{ id: 'b1', level: 'inputs', label: 'x', constructor: { a: 1 } }] };
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'x', models: [poisoned] }))).toMatch(/^Model 1 “Riverside LOIP” could not be read, so the plan was not imported: The file contains the forbidden key "constructor"/);
    expect(error(JSON.stringify({ format: 'outcome-chains/plan', formatVersion: 1, name: 'x', models: Array.from({ length: 201 }, () => ({})) }))).toBe('The plan holds 201 models; a plan can hold at most 200.');
  });
});
