/**
 * The templates a new model can start from (PRODUCT.md §4), for the "new model" gallery. The files
 * in templates/ are model files like any other and are opened the way an import is: through
 * parseModelDocument, so a template that would not import cannot ship (templates.test.ts).
 */
import { withFreshIds } from '../domain/freshIds';
import type { ModelContent } from '../domain/model';
import { parseModelDocument } from '../file/parse';
import blank from '../../templates/blank.json';
import evidence from '../../templates/evidence.json';
import reoffending from '../../templates/reoffending.json';
import thirdSectorTrust from '../../templates/third-sector-trust.json';

export type TemplateId = 'evidence' | 'blank' | 'reoffending' | 'third-sector-trust';

export interface Template {
  readonly id: TemplateId;
  readonly name: string;
  /** One line for the gallery card. */
  readonly description: string;
  /** The template's model file as imported; frozen, since every model made from it reads it. */
  readonly file: unknown;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export const TEMPLATES: readonly Template[] = deepFreeze([
  {
    id: 'evidence',
    name: 'Evidence template',
    description: "Every feature of effective partnership from the briefing, at its level, with Table 1's assumptions and risks.",
    file: evidence,
  },
  {
    id: 'blank',
    name: 'Blank model',
    description: "The seven levels and Table 1's assumptions and risks, nothing else.",
    file: blank,
  },
  {
    id: 'reoffending',
    name: 'Reducing reoffending',
    description: 'Worked example: access to specialist multidisciplinary services reducing reoffending.',
    file: reoffending,
  },
  {
    id: 'third-sector-trust',
    name: 'Third sector and trust',
    description: 'Worked example: engagement of the third sector and improved trust between partners.',
    file: thirdSectorTrust,
  },
]);

export function isTemplateId(value: string): value is TemplateId {
  return TEMPLATES.some((template) => template.id === value);
}

export function templateById(id: TemplateId): Template {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`There is no template "${id}".`);
  return template;
}

/**
 * The content of a new model made from a template: parsed like an import, laid out in its lanes, with
 * box and link ids of its own. Every call returns new objects, so editing the result never changes the
 * template or another model made from it.
 */
export function modelFromTemplate(id: TemplateId): ModelContent {
  const parsed = parseModelDocument(templateById(id).file);
  // The tests parse every template, so this only fires if a broken template file is shipped.
  if (!parsed.ok) throw new Error(`The template "${id}" is not a valid model file: ${parsed.error}`);
  return withFreshIds(parsed.model);
}
