/**
 * The briefing's words behind each flag, copied word for word from What Works Scotland, "Partnership
 * working across UK public services" (December 2015). Copied, not read at run time: the app ships
 * without the briefing file.
 */
import type { BriefingPassage } from './types';

export const NOT_JUST_LINEAR: BriefingPassage = {
  quote:
    'The relationship between partnership features in Diagram 1 and outcomes is not just linear. A change in practice, such as improving communication and information sharing can have an effect on activities, engagement, reactions and knowledge, as well as final outcomes.',
  section: 'Features of an effective partnership',
};

export const EVERY_POINT_IN_THE_JOURNEY: BriefingPassage = {
  quote:
    'By considering the relevant literature in terms of inputs, activities and different levels of outcomes, this report highlights the features that need to be in place at different points in the partnership journey for effective partnership working.',
  section: 'Summary points',
};

export const PROCESSES_LINKED_TO_OUTCOMES: BriefingPassage = {
  quote:
    'Research has also linked specific partnership processes to final outcomes, for example access to specialist multidisciplinary services reducing reoffending.',
  section: 'Evaluating partnership effectiveness',
};

export const WHAT_NEEDS_TO_BE_IN_PLACE: BriefingPassage = {
  quote:
    'The features of effective partnership is summarised below showing what needs to be in place for a partnership to achieve the intended outcomes.',
  section: 'Features of an effective partnership',
};

export const HOW_FEATURES_CONTRIBUTE: BriefingPassage = {
  quote:
    'The ways in which different features of partnership contribute to outcomes is shaped by the ways in which they are operationalised in any specific partnership.',
  section: 'Features of an effective partnership',
};

export const KEY_CONDITIONS: BriefingPassage = {
  quote:
    'Key conditions for effective partnership working can be identified from the evidence and are summarised as risks and assumptions in Table 1.',
  section: 'Factors influencing partnership effectiveness',
};

export const MEANINGFUL_PERFORMANCE_MANAGEMENT: BriefingPassage = {
  quote:
    'Ensure performance management systems are meaningful and tailored to the work of the partnership and information is shared with and of value to all partners.',
  section: 'Policy and practice implications: improving partnership effectiveness',
};

export const LITTLE_EVIDENCE_OF_OUTCOMES: BriefingPassage = {
  quote:
    'There is very little evidence linking partnership working in the UK public services to improved outcomes. This is, in part, because of the methodological challenges associated with conducting robust evaluation work within such complex systems.',
  section: 'Summary points',
};

export const EVALUATION_FOR_IMPROVEMENT: BriefingPassage = {
  quote:
    'Research has looked at the efficacy of inter-professional development programmes and action-orientated evaluation as tools for improvement.',
  section: 'Improving partnership working',
};

/** Table 1's risk that measuring can crowd out the work: what measures-crowd-the-model warns of. */
export const DOMINATED_BY_REPORTING: BriefingPassage = {
  quote: 'Work of the partnership dominated by performance management reporting requirements',
  section: 'Table 1 risks',
  note: 'the risk',
};
