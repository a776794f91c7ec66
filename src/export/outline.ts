/**
 * What the text version of a model says, in reading order: levels left to right, the boxes of each
 * level top to bottom, the links in the order of their boxes, then the conditions; and how a box's
 * progress is said in words. Shared by the Markdown and HTML renderers and the PDF's conditions and
 * progress pages so that they never disagree.
 */
import { LEVELS, type Level } from '../domain/levels';
import { shapeBetween, type LinkShape } from '../domain/linkShape';
import { isIsoDate, ukLongDate } from '../domain/isoDate';
import type { Assumption, Box, EvidenceEntry, Indicator, Link, ModelContent, Rating, Risk } from '../domain/model';
import { CONFIDENCE_WORDS, EVIDENCE_KIND_WORDS, latestEvidence, PROGRESS_WORDS } from '../domain/progress';
import { featureById } from '../evidence/features';

export { CONDITION_STATUS_WORDS as CONDITION_STATUS_LABELS } from '../domain/conditionWords';

const UNTITLED_BOX = 'Untitled box';

export interface OutlineBox {
  readonly box: Box;
  /** The label to print: the box's own, or "Untitled box" when empty. */
  readonly label: string;
  /** The evidence feature's name, or its id when the library does not know it. */
  readonly featureName?: string;
}

export interface OutlineLevel {
  readonly level: Level;
  readonly boxes: readonly OutlineBox[];
}

export interface OutlineLink {
  readonly link: Link;
  readonly fromLabel: string;
  readonly toLabel: string;
  /** Undefined when one end is missing from the model. */
  readonly shape?: LinkShape;
}

export interface ModelOutline {
  readonly title: string;
  readonly description?: string;
  readonly levels: readonly OutlineLevel[];
  readonly links: readonly OutlineLink[];
  readonly assumptions: readonly Assumption[];
  readonly risks: readonly Risk[];
}

export function outlineModel(model: ModelContent): ModelOutline {
  const readingOrder = new Map<string, number>();
  const levels = LEVELS.map((level): OutlineLevel => {
    const boxes = model.boxes
      .filter((box) => box.level === level.id)
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((box): OutlineBox => {
        readingOrder.set(box.id, readingOrder.size);
        const featureName = box.feature ? (featureById(box.feature)?.name ?? box.feature) : undefined;
        return { box, label: displayLabel(box), ...(featureName ? { featureName } : {}) };
      });
    return { level, boxes };
  });

  const boxesById = new Map(model.boxes.map((box) => [box.id, box]));
  const position = (id: string) => readingOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const links = [...model.links]
    .sort((a, b) => position(a.source) - position(b.source) || position(a.target) - position(b.target))
    .map((link): OutlineLink => {
      const source = boxesById.get(link.source);
      const target = boxesById.get(link.target);
      return {
        link,
        fromLabel: source ? displayLabel(source) : `Missing box (${link.source})`,
        toLabel: target ? displayLabel(target) : `Missing box (${link.target})`,
        ...(source && target ? { shape: shapeBetween(source.level, target.level) } : {}),
      };
    });

  return {
    title: model.title.trim() || 'Untitled model',
    ...(model.description?.trim() ? { description: model.description } : {}),
    levels,
    links,
    assumptions: model.conditions.filter((condition): condition is Assumption => condition.kind === 'assumption'),
    risks: model.conditions.filter((condition): condition is Risk => condition.kind === 'risk'),
  };
}

function displayLabel(box: Box): string {
  return box.label.trim() || UNTITLED_BOX;
}

// ---- Progress and evidence in words -------------------------------------------------------------

/** Makes user text safe for one format (Markdown, HTML); fixed words are left as they are. */
export type Escape = (userText: string) => string;

const asIs: Escape = (text) => text;

/** An ISO date as "21 November 2026"; anything else (it passed the file checks, so rarely) as written. */
function readableDate(date: string, escape: Escape): string {
  return isIsoDate(date) ? ukLongDate(date) : escape(date);
}

/** "Off track, confidence Medium (rated 21 November 2026 by Sam)". */
export function ratingText(rating: Rating, escape: Escape = asIs): string {
  const by = rating.by?.trim() ? ` by ${escape(rating.by.trim())}` : '';
  return `${PROGRESS_WORDS[rating.progress]}, confidence ${CONFIDENCE_WORDS[rating.confidence].toLowerCase()} (rated ${readableDate(rating.date, escape)}${by})`;
}

/** "Reviews held (baseline: 4; target: 12 a year; due 31 March 2027; source: minutes)". */
export function indicatorText(indicator: Indicator, escape: Escape = asIs): string {
  const details: string[] = [];
  if (indicator.baseline?.trim()) details.push(`baseline: ${escape(indicator.baseline.trim())}`);
  if (indicator.target?.trim()) details.push(`target: ${escape(indicator.target.trim())}`);
  if (indicator.due) details.push(`due ${readableDate(indicator.due, escape)}`);
  if (indicator.source?.trim()) details.push(`source: ${escape(indicator.source.trim())}`);
  const text = escape(indicator.text.trim()) || 'Untitled indicator';
  return details.length ? `${text} (${details.join('; ')})` : text;
}

/** "20 November 2026, Data: Only 3 of 6 held (source: minutes; by Sam)". */
export function evidenceText(entry: EvidenceEntry, escape: Escape = asIs): string {
  const details: string[] = [];
  if (entry.source?.trim()) details.push(`source: ${escape(entry.source.trim())}`);
  if (entry.by?.trim()) details.push(`by ${escape(entry.by.trim())}`);
  const line = `${readableDate(entry.date, escape)}, ${EVIDENCE_KIND_WORDS[entry.kind]}: ${escape(entry.summary.trim())}`;
  return details.length ? `${line} (${details.join('; ')})` : line;
}

/** One box on the PDF's "Progress and evidence" page. */
export interface BoxProgressSummary {
  /** "Activities: Joint case reviews every month". */
  readonly heading: string;
  readonly rating?: Rating;
  /** Plain text lines: the rating, each indicator, the latest evidence. */
  readonly lines: readonly string[];
}

/** Every box in reading order with its rating, indicators and latest evidence, as plain text. */
export function progressSummary(outline: ModelOutline): BoxProgressSummary[] {
  return outline.levels.flatMap(({ level, boxes }) =>
    boxes.map(({ box, label }): BoxProgressSummary => {
      const latest = latestEvidence(box);
      const lines = [
        `Rating: ${box.rating ? ratingText(box.rating) : 'Not rated'}`,
        ...(box.indicators?.length ? box.indicators.map((indicator) => `Indicator: ${indicatorText(indicator)}`) : ['Indicators: none yet']),
        `Latest evidence: ${latest ? evidenceText(latest) : 'none yet'}`,
      ];
      return { heading: `${level.name}: ${label}`, ...(box.rating ? { rating: box.rating } : {}), lines };
    }),
  );
}
