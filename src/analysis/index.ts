/** The flags analysis: what a logic model lacks against the evidence, and which links are not linear. */
export { analyse, analyseMemo } from './analyse';
export { summariseFlags, type FlagSummary } from './summary';
export { flagsByTarget, type FlagTargets } from './targets';
export { FLAG_KIND_TITLES } from './kindTitles';
export { groupByKind, groupFlags, SEVERITY_TITLES, type FlagKindGroup, type FlagSeverityGroup } from './grouping';
export {
  FLAG_KINDS,
  SEVERITIES,
  type BriefingPassage,
  type Flag,
  type FlagAction,
  type FlagKind,
  type LinkFlagKind,
  type PreviousVersion,
  type Severity,
} from './types';
