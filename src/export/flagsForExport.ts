/**
 * The flags analysis in the shapes the exports take: counts for the badges on the drawing, and
 * plain lines for the text version and the PDF. Lets the export dialog pass `analyse(model)` on
 * without knowing how each renderer wants it.
 */
import { SEVERITIES, flagsByTarget, summariseFlags, type Flag, type Severity } from '../analysis';
import type { ModelContent } from '../domain/model';
import type { FlagsOverlay } from './svg';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { gap: 'Gap', notice: 'Notice', info: 'Note' };

/** Badges count what the canvas badges count: an explained non-linear link or loop is not a warning. */
export function flagsOverlay(model: ModelContent, flags: readonly Flag[]): FlagsOverlay {
  const targets = flagsByTarget(flags.filter((flag) => !flag.acknowledged));
  const count = (map: ReadonlyMap<string, readonly Flag[]>) => new Map([...map].map(([id, list]) => [id, list.length]));
  return { byBox: count(targets.boxes), byLink: count(targets.links), summary: summariseFlags(model, flags).text };
}

/** The one-line summary, then every flag, most serious first, each saying how serious it is. */
export function flagsSummaryLines(model: ModelContent, flags: readonly Flag[]): string[] {
  const ordered = [...flags].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return [summariseFlags(model, flags).text, ...ordered.map((flag) => `${SEVERITY_LABELS[flag.severity]}: ${flag.message}`)];
}
