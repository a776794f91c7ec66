/**
 * What the text version of a model says, in reading order: levels left to right, the boxes of each
 * level top to bottom, the links in the order of their boxes, then the conditions. Shared by the
 * Markdown and HTML renderers and the PDF's conditions page so that they never disagree.
 */
import { LEVELS, type Level } from '../domain/levels';
import { shapeBetween, type LinkShape } from '../domain/linkShape';
import type { Assumption, Box, ConditionStatus, Link, ModelContent, Risk } from '../domain/model';
import { featureById } from '../evidence/features';

export const CONDITION_STATUS_LABELS: Readonly<Record<ConditionStatus, string>> = {
  holds: 'Holds',
  'at-risk': 'At risk',
  unchecked: 'Not yet checked',
  managed: 'Managed',
  live: 'Live',
};

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
