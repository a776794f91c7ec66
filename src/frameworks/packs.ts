/**
 * The national outcome frameworks shipped in `frameworks/` (PRODUCT.md §18), typed. A pack is data:
 * never edited in place, so a model tagged against an edition reads the same words ever after; a
 * newer edition is a new pack beside it.
 */
import scotlandNpf2018 from '../../frameworks/scotland-npf-2018.json';
import scotlandHealthWellbeing2015 from '../../frameworks/scotland-health-wellbeing-2015.json';
import walesWellBeingGoals2015 from '../../frameworks/wales-well-being-goals-2015.json';
import type { NationalContribution } from '../domain/model';

export interface NationalOutcome {
  readonly id: string;
  readonly name: string;
  readonly statement?: string;
}

export interface FrameworkPack {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly edition: string;
  readonly editionNote: string;
  readonly source: string;
  readonly checkedAgainst: string;
  readonly checkedOn: string;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly outcomes: readonly NationalOutcome[];
}

export const FRAMEWORK_PACKS: readonly FrameworkPack[] = [scotlandNpf2018, scotlandHealthWellbeing2015, walesWellBeingGoals2015];

export function frameworkPack(id: string, edition: string): FrameworkPack | undefined {
  return FRAMEWORK_PACKS.find((pack) => pack.id === id && pack.edition === edition);
}

/** The pack and outcome a tag names, or undefined when this copy of the app has no such pack or outcome. */
export function nationalOutcomeOf(tag: NationalContribution): { pack: FrameworkPack; outcome: NationalOutcome } | undefined {
  const pack = frameworkPack(tag.framework, tag.edition);
  const outcome = pack?.outcomes.find((item) => item.id === tag.outcome);
  return pack && outcome ? { pack, outcome } : undefined;
}

/** A short name for a pack: the framework and its edition. */
export function packLabel(pack: FrameworkPack): string {
  return `${pack.name} (${pack.edition})`;
}

/** "Poverty: We tackle poverty by …", or the bare name when the pack has no statement. */
export function outcomeWords(outcome: NationalOutcome): string {
  return outcome.statement ? `${outcome.name}: ${outcome.statement}` : outcome.name;
}

/** How a tag is said: its outcome's words and the framework, or plainly unknown when the pack is not here. */
export function nationalTagWords(tag: NationalContribution): string {
  const found = nationalOutcomeOf(tag);
  if (!found) return `National outcome “${tag.outcome}” of ${tag.framework} (${tag.edition}), not known to this copy of Outcome Chains`;
  return `${found.outcome.name} — ${packLabel(found.pack)}`;
}
