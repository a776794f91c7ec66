/**
 * Reads a box's links to other models and national outcomes from the document, defensively like
 * every item (project.ts): a value that is not whole is left out, never allowed to break the editor.
 */
import type { Contribution, ModelOpening } from '../domain/model';
import { MAX_CONTRIBUTIONS_PER_BOX, MAX_REFERENCE_LENGTH } from '../domain/modelLinks';

function isReference(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_REFERENCE_LENGTH;
}

export function readUid(value: unknown): string | undefined {
  return isReference(value) ? value : undefined;
}

export function readOpening(value: unknown): ModelOpening | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { model, title } = value as Record<string, unknown>;
  if (!isReference(model)) return undefined;
  return typeof title === 'string' && title !== '' ? { model, title } : { model };
}

function readContribution(value: unknown): Contribution | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { model, box, framework, edition, outcome } = value as Record<string, unknown>;
  if (isReference(framework) && isReference(edition) && isReference(outcome)) return { framework, edition, outcome };
  if (isReference(model) && isReference(box)) return { model, box };
  return undefined;
}

export function readContributions(value: unknown): Contribution[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: Contribution[] = [];
  for (const item of value.slice(0, MAX_CONTRIBUTIONS_PER_BOX)) {
    const contribution = readContribution(item);
    if (contribution) out.push(contribution);
  }
  return out.length ? out : undefined;
}
