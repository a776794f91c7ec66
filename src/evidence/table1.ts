/**
 * Table 1 of the briefing, "Conditions for effective partnership working: assumptions and risks",
 * word for word. Every new model starts with these as its conditions, all unchecked.
 */
import type { Condition } from '../domain/model';

export const TABLE1_ASSUMPTIONS: readonly string[] = [
  'This is a partnership',
  'Partnership is the appropriate form of organisation to address this issue',
  'There is a clear need and rationale for the partnership',
  'There are shared understandings of final outcomes',
  'The partnership has sufficient autonomy and authority to make decisions',
  'All partners are involved in clarifying direction and decision making',
  'There is effective power sharing across the partnership',
  'There are sufficient resources to deliver on objectives',
  'Timeframes are realistic',
];

export const TABLE1_RISKS: readonly string[] = [
  "Term 'partnership' used cynically to mask hierarchical arrangements",
  'Partnership formed naively as it seems the right thing to do',
  'No clear sense of purpose and outcomes',
  'Programme of work complex and unwieldy',
  'Not all partners involved in decision making and agreeing direction of partnership',
  'Voluntary and community sector excluded and marginalised',
  'Operational staff excluded from strategic decision making',
  'Work of the partnership dominated by performance management reporting requirements',
  'Lack of ownership amongst partners',
];

/** Table 1 as model conditions with stable ids (a1…a9, r1…r9), all unchecked. */
export function table1Conditions(): Condition[] {
  return [
    ...TABLE1_ASSUMPTIONS.map((text, i): Condition => ({ id: `a${i + 1}`, kind: 'assumption', text, status: 'unchecked' })),
    ...TABLE1_RISKS.map((text, i): Condition => ({ id: `r${i + 1}`, kind: 'risk', text, status: 'unchecked' })),
  ];
}

/** The factors that shape every partnership: context, not boxes. */
export const PARTNERSHIP_FACTORS: readonly string[] = [
  'the motivation for establishing the partnership',
  'the involvement of central government',
  'the balance between hierarchical and collaborative ways of working',
  'the links between strategic and operational levels',
  'the engagement of the third sector',
  'power, running through all of them',
];
