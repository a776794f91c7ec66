/**
 * The features of effective partnership (the evidence library), from the What Works Scotland
 * evidence briefing "Partnership working across UK public services" (December 2015). Diagram 1's
 * image was never supplied: every feature is taken from the briefing's own text, with the section it
 * comes from and the words it rests on. Ids are stable: model files and flags refer to them.
 */
import type { LevelId } from '../domain/levels';

export interface Feature {
  readonly id: string;
  readonly level: LevelId;
  readonly name: string;
  /** The briefing section(s) it comes from. */
  readonly section: string;
  /** The briefing's words it rests on. */
  readonly quote: string;
  /** Set when the quote is the opposite the feature guards against (a Table 1 risk). */
  readonly quoteNote?: string;
}

export const FEATURES: readonly Feature[] = [
  { id: "right-approach", level: "inputs", name: "Partnership is the right approach to the issue", section: "Policy and practice implications", quote: "Be sure that partnership is the right approach to address the issue." },
  { id: "clear-rationale", level: "inputs", name: "A clear need and rationale for the partnership", section: "Table 1", quote: "There is a clear need and rationale for the partnership" },
  { id: "clear-aims-roles", level: "inputs", name: "Clear aims, objectives, roles and responsibilities", section: "Features of an effective partnership", quote: "clear about their aims, objectives, roles and responsibilities" },
  { id: "sufficient-resources", level: "inputs", name: "Sufficient resources to deliver on objectives", section: "Table 1", quote: "There are sufficient resources to deliver on objectives" },
  { id: "realistic-timeframes", level: "inputs", name: "Realistic timeframes", section: "Table 1", quote: "Timeframes are realistic" },
  { id: "autonomy-authority", level: "inputs", name: "Autonomy and authority to make decisions", section: "Table 1", quote: "sufficient autonomy and authority to make decisions" },
  { id: "dedicated-management", level: "inputs", name: "A dedicated management structure", section: "Policy and practice implications", quote: "Establish a dedicated management structure for the work of the partnership" },
  { id: "leadership", level: "activities", name: "Strong, reflective and responsive leadership", section: "Policy and practice implications; Conclusion", quote: "ensure strong, reflective and responsive leadership" },
  { id: "shared-decision-making", level: "activities", name: "All partners involved in decision making and direction", section: "Policy and practice implications; Table 1", quote: "Involve all partners in decision making" },
  { id: "communication-information", level: "activities", name: "Communication and information sharing", section: "Features of an effective partnership", quote: "improving communication and information sharing" },
  { id: "meaningful-performance", level: "activities", name: "Meaningful performance management, shared with all partners", section: "Policy and practice implications", quote: "performance management systems are meaningful and tailored ... information is shared with and of value to all partners" },
  { id: "staff-development", level: "activities", name: "Support for staff: skills, confidence, trust and relationships", section: "Policy and practice implications", quote: "Support staff to develop skills, confidence, trust and relationships" },
  { id: "learning-together", level: "activities", name: "Partners learning together; inter-professional development; action-oriented evaluation", section: "Improving partnership working", quote: "Opportunities for different partner organisations to learn together" },
  { id: "strategic-operational-links", level: "activities", name: "Strong links between strategic and operational levels", section: "Policy and practice implications", quote: "maintain strong links between the operational and strategic functions" },
  { id: "flexible-responsive", level: "activities", name: "Flexible and responsive ways of working", section: "Features of an effective partnership", quote: "flexible and responsive in the way that they operate" },
  { id: "all-partners-engaged", level: "engagement", name: "All partners engaged in clarifying direction", section: "Table 1", quote: "All partners are involved in clarifying direction and decision making" },
  { id: "third-sector-engaged", level: "engagement", name: "The voluntary and community (third) sector engaged", section: "Factors influencing partnership effectiveness; Table 1 risks", quote: "the engagement of the third sector" },
  { id: "operational-staff-involved", level: "engagement", name: "Operational staff involved in strategic decisions", section: "Table 1 risks", quote: "Operational staff excluded from strategic decision making", quoteNote: "the risk" },
  { id: "people-using-services", level: "engagement", name: "Responsive to people who use services", section: "Conclusion", quote: "responsive to the needs of partners and people who use services" },
  { id: "trust-between-partners", level: "reactions", name: "Trust between partners", section: "Evaluating partnership effectiveness", quote: "improved trust between partners" },
  { id: "ownership", level: "reactions", name: "Ownership of the partnership among partners", section: "Table 1 risks", quote: "Lack of ownership amongst partners", quoteNote: "the risk" },
  { id: "equal-transparent-power", level: "reactions", name: "Power shared equally and transparently", section: "Factors influencing partnership effectiveness", quote: "The transparent and equitable distribution of power ... arguably the most important factor" },
  { id: "confidence-across-agencies", level: "reactions", name: "Confidence in working across agencies", section: "Improving partnership working", quote: "increases their confidence in working across agencies" },
  { id: "shared-understanding-outcomes", level: "learning", name: "Shared understanding of final outcomes", section: "Table 1", quote: "There are shared understandings of final outcomes" },
  { id: "understanding-partners", level: "learning", name: "Understanding of partners' cultures and contributions", section: "Improving partnership working", quote: "develop understanding of the cultures and contributions of different partners" },
  { id: "critical-reflection", level: "learning", name: "Critical reflection on policy and practice", section: "Improving partnership working", quote: "support staff to reflect critically on policies and practice" },
  { id: "engaging-complexity", level: "learning", name: "In-depth understanding of local complexity", section: "Policy and practice implications", quote: "developing in-depth understandings to find tailored solutions" },
  { id: "joint-working-practice", level: "practice", name: "Working across agencies as everyday practice", section: "Improving partnership working", quote: "confidence in working across agencies" },
  { id: "improved-processes", level: "practice", name: "Improved partnership processes (e.g. third-sector engagement, trust)", section: "Evaluating partnership effectiveness", quote: "links between partnership working and improved processes" },
  { id: "tailored-local-solutions", level: "practice", name: "Tailored solutions to local partnership issues", section: "Policy and practice implications", quote: "find tailored solutions to local partnership issues" },
  { id: "multidisciplinary-access", level: "practice", name: "Access to specialist multidisciplinary services", section: "Evaluating partnership effectiveness", quote: "access to specialist multidisciplinary services reducing reoffending" },
  { id: "improved-outcomes", level: "outcomes", name: "Improved outcomes for people who use services", section: "Evaluating partnership effectiveness", quote: "Research has also linked specific partnership processes to final outcomes" },
];

const FEATURE_BY_ID: ReadonlyMap<string, Feature> = new Map(FEATURES.map((feature) => [feature.id, feature]));

export function featureById(id: string): Feature | undefined {
  return FEATURE_BY_ID.get(id);
}

export function featuresAt(level: LevelId): Feature[] {
  return FEATURES.filter((feature) => feature.level === level);
}
