/**
 * What a presentation shows, step by step (PRODUCT.md §15): a title, then one level more at each
 * step, left to right — the whole model lane by lane, or only a pathway. Plain data, so the view
 * only draws it and the bench can time a step.
 */
import type { Pathway } from '../../analysis/pathway';
import { pathwayInWords } from '../../analysis/pathway';
import { LEVELS, type Level } from '../../domain/levels';
import type { Box, Link, ModelContent } from '../../domain/model';

export interface PresentedLevel {
  readonly level: Level;
  readonly boxes: readonly Box[];
}

export interface PresentationPlan {
  readonly title: string;
  /** Under the title on the first step: the description, or the pathway in words. */
  readonly subtitle: string;
  /** The levels the presentation walks through, each revealed at one step (empty levels are skipped). */
  readonly levels: readonly PresentedLevel[];
  readonly links: readonly Link[];
  /** Step 0 is the title; step n reveals levels[0 … n-1]. */
  readonly stepCount: number;
}

export function presentationPlan(model: ModelContent, pathway: Pathway | null): PresentationPlan {
  const onPathway = (box: Box) => !pathway || pathway.boxIds.has(box.id);
  const levels = LEVELS.flatMap((level): PresentedLevel[] => {
    const boxes = model.boxes.filter((box) => box.level === level.id && onPathway(box)).sort((a, b) => a.y - b.y || a.x - b.x);
    return boxes.length ? [{ level, boxes }] : [];
  });
  const shown = new Set(levels.flatMap((level) => level.boxes.map((box) => box.id)));
  const links = model.links.filter((link) => (pathway ? pathway.linkIds.has(link.id) : shown.has(link.source) && shown.has(link.target)));
  const title = model.title.trim() || 'Untitled model';
  return {
    title: pathway ? `${title}: a pathway` : title,
    subtitle: pathway ? pathwayInWords(pathway) : (model.description?.trim() ?? ''),
    levels,
    links,
    stepCount: levels.length + 1,
  };
}

/** The levels shown at a step (the step's own level last). */
export function levelsAtStep(plan: PresentationPlan, step: number): readonly PresentedLevel[] {
  return plan.levels.slice(0, Math.max(0, Math.min(step, plan.levels.length)));
}
