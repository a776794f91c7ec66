/**
 * Flags grouped as the Flags panel shows them: by severity, most serious first, then by kind in the
 * order the analysis raised them. Shared by the panel and the board report so that they agree.
 */
import { FLAG_KIND_TITLES } from './kindTitles';
import { SEVERITIES, type Flag, type FlagKind, type Severity } from './types';

export const SEVERITY_TITLES: Readonly<Record<Severity, string>> = { gap: 'Gaps', notice: 'Notices', info: 'For information' };

export interface FlagKindGroup {
  readonly kind: FlagKind;
  /** e.g. "Empty levels" */
  readonly title: string;
  readonly flags: readonly Flag[];
}

export interface FlagSeverityGroup {
  readonly severity: Severity;
  /** e.g. "Gaps" */
  readonly title: string;
  readonly flags: readonly Flag[];
  readonly kinds: readonly FlagKindGroup[];
}

export function groupByKind(flags: readonly Flag[]): FlagKindGroup[] {
  const groups = new Map<FlagKind, Flag[]>();
  for (const flag of flags) {
    const list = groups.get(flag.kind);
    if (list) list.push(flag);
    else groups.set(flag.kind, [flag]);
  }
  return [...groups].map(([kind, ofKind]) => ({ kind, title: FLAG_KIND_TITLES[kind], flags: ofKind }));
}

/** Only the severities that have flags. */
export function groupFlags(flags: readonly Flag[]): FlagSeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = flags.filter((flag) => flag.severity === severity);
    return ofSeverity.length ? [{ severity, title: SEVERITY_TITLES[severity], flags: ofSeverity, kinds: groupByKind(ofSeverity) }] : [];
  });
}
