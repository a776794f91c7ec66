import { newId } from './ids';
import type { ModelContent } from './model';

/**
 * A copy of a model whose boxes and links have new ids, links still joining the same boxes. For
 * anything that makes a model out of another one (a template, a duplicate, an import beside the
 * original), so that no two models share box or link ids and editing one never touches the other.
 *
 * Conditions keep their ids: they are only ever looked up within their model, and Table 1's stay
 * recognisable as a1…a9 and r1…r9. Every box, link and condition is a new object all the same.
 */
export function withFreshIds<M extends ModelContent>(model: M): M {
  const boxIds = new Map(model.boxes.map((box) => [box.id, newId('box')]));
  // A link to a box that is not in the model cannot be remapped; it keeps its ends as they were.
  const renamed = (id: string): string => boxIds.get(id) ?? id;
  return {
    ...model,
    boxes: model.boxes.map((box) => ({ ...box, id: renamed(box.id) })),
    links: model.links.map((link) => ({ ...link, id: newId('link'), source: renamed(link.source), target: renamed(link.target) })),
    conditions: model.conditions.map((condition) => ({ ...condition })),
  };
}
