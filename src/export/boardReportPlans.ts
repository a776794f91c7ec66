/**
 * What the board report says about the model's place among other models and the national outcomes
 * (PRODUCT.md §18), as plain lines, so the Word builder only lays them out: each national outcome
 * this model serves with its contributing outcomes (their ratings and headline measures), and each
 * box that opens a model with that model's roll-up.
 */
import type { Box, ModelContent, NationalContribution } from '../domain/model';
import { isNationalContribution } from '../domain/modelLinks';
import { PROGRESS_WORDS } from '../domain/progress';
import { headlineMeasure } from '../domain/trend';
import { measureHeadline } from '../domain/measureWords';
import { nationalOutcomeOf, outcomeWords, packLabel } from '../frameworks/packs';

export interface NationalContributionLines {
  /** "Poverty: We tackle poverty by …" */
  readonly outcome: string;
  /** The framework and edition. */
  readonly framework: string;
  /** One line per contributing outcome: "Fewer children in poverty — On track; Families housed: 22, improving". */
  readonly contributions: readonly string[];
}

function boxLine(box: Box): string {
  const rating = box.rating ? PROGRESS_WORDS[box.rating.progress] : 'Not rated';
  const measure = headlineMeasure(box.indicators);
  return `${box.label.trim() || 'Untitled box'} — ${rating}${measure ? `; ${measureHeadline(measure)}` : ''}`;
}

/** The national outcomes this model serves, in framework order, each with what contributes to it. */
export function nationalContributions(model: ModelContent): NationalContributionLines[] {
  const groups = new Map<string, { tag: NationalContribution; boxes: Box[] }>();
  for (const box of model.boxes) {
    for (const contribution of box.contributesTo ?? []) {
      if (!isNationalContribution(contribution)) continue;
      const key = `${contribution.framework}\u0000${contribution.edition}\u0000${contribution.outcome}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { tag: contribution, boxes: [] }));
      group.boxes.push(box);
    }
  }
  return [...groups.values()].map(({ tag, boxes }) => {
    const found = nationalOutcomeOf(tag);
    return {
      outcome: found ? outcomeWords(found.outcome) : `“${tag.outcome}” (not in this copy’s frameworks)`,
      framework: found ? packLabel(found.pack) : `${tag.framework} (${tag.edition})`,
      contributions: boxes.map(boxLine),
    };
  });
}

/** Each box that opens a model, with the child's roll-up as the caller knows it (by the child's uid). */
export function openedModels(model: ModelContent, rollUps: ReadonlyMap<string, string> = new Map()): { box: string; child: string; rollUp: string }[] {
  return model.boxes
    .filter((box) => box.opens)
    .map((box) => {
      const opens = box.opens!;
      return { box: box.label.trim() || 'Untitled box', child: opens.title ?? 'a model', rollUp: rollUps.get(opens.model) ?? 'Not on this computer, so its roll-up is not known' };
    });
}
