/**
 * The seven levels of a partnership logic model (Bennett's hierarchy as the briefing uses it),
 * left to right on the canvas. Ids are part of the model file format: never rename them.
 */
export const LEVEL_IDS = [
  'inputs',
  'activities',
  'engagement',
  'reactions',
  'learning',
  'practice',
  'outcomes',
] as const;

export type LevelId = (typeof LEVEL_IDS)[number];

export interface Level {
  readonly id: LevelId;
  readonly name: string;
  /** The plain question shown under the lane heading. */
  readonly question: string;
  readonly belongs: string;
}

export const LEVELS: readonly Level[] = [
  { id: 'inputs', name: 'Inputs', question: 'What we invest', belongs: 'conditions, resources, mandate, people, time' },
  { id: 'activities', name: 'Activities', question: 'What we do', belongs: 'what the partnership does together' },
  { id: 'engagement', name: 'Engagement', question: 'Who with', belongs: 'who takes part, and how fully' },
  { id: 'reactions', name: 'Reactions', question: 'How they feel', belongs: 'trust, ownership, confidence' },
  {
    id: 'learning',
    name: 'Knowledge, skills and attitudes',
    question: 'What they learn and gain',
    belongs: 'understanding, skills, shared aims',
  },
  { id: 'practice', name: 'Practice change', question: 'What they do differently', belongs: 'changed processes and behaviour' },
  { id: 'outcomes', name: 'Final outcomes', question: 'What difference it makes', belongs: 'outcomes for people and communities' },
];

const LEVEL_INDEX: ReadonlyMap<string, number> = new Map(LEVEL_IDS.map((id, index) => [id, index]));

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && LEVEL_INDEX.has(value);
}

/** Position of a level from the left, 0 for inputs to 6 for final outcomes. */
export function levelIndex(id: LevelId): number {
  return LEVEL_INDEX.get(id) as number;
}

export function levelById(id: LevelId): Level {
  return LEVELS[levelIndex(id)] as Level;
}

export function levelName(id: LevelId): string {
  return levelById(id).name;
}
