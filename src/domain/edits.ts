/**
 * Pure edits of a model: each takes a model and returns a new one (or the same object when nothing
 * changed, so callers can tell a no-op from a change). Nothing here touches storage or the UI.
 */
import { boxXFor, BOX_GAP_Y, BOX_WIDTH, estimateBoxHeight, LANE_HEADER_HEIGHT, levelAtX, nextFreeY } from './lanes';
import { LEVEL_IDS, type LevelId } from './levels';
import { statusesFor, type Box, type Condition, type Link, type ModelContent } from './model';
import { applyTextPatch, replaceById, withOptionalText } from './patch';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface NewBox {
  id: string;
  level: LevelId;
  label: string;
  notes?: string;
  feature?: string;
  owner?: string;
  /** Where it goes in its lane; below the lowest box when left out. */
  y?: number;
}

export type BoxPatch = Partial<Pick<Box, 'label' | 'notes' | 'feature' | 'owner'>>;
export type LinkPatch = Partial<Pick<Link, 'note'>>;
export type ConditionPatch = Partial<Pick<Condition, 'text' | 'comment' | 'status'>>;

export function setTitle<M extends ModelContent>(model: M, title: string): M {
  return model.title === title ? model : { ...model, title };
}

export function setDescription<M extends ModelContent>(model: M, description: string): M {
  if ((model.description ?? '') === description) return model;
  return withOptionalText(model, 'description', description);
}

export function addBox<M extends ModelContent>(model: M, spec: NewBox): M {
  if (model.boxes.some((box) => box.id === spec.id)) throw new Error(`A box with id ${spec.id} already exists`);
  let box: Box = { id: spec.id, level: spec.level, label: spec.label, x: boxXFor(spec.level), y: spec.y ?? nextFreeY(model.boxes, spec.level) };
  box = applyTextPatch(box, { notes: spec.notes, feature: spec.feature, owner: spec.owner }, []);
  return { ...model, boxes: [...model.boxes, box] };
}

export function updateBox<M extends ModelContent>(model: M, id: string, patch: BoxPatch): M {
  const boxes = replaceById(model.boxes, id, (box) => applyTextPatch(box, patch, ['label']));
  return boxes === model.boxes ? model : { ...model, boxes };
}

export interface BoxPosition {
  id: string;
  x: number;
  y: number;
}

/**
 * Moves boxes to where they were dropped. A box takes the level of the lane its centre landed in
 * and keeps to the middle of that lane.
 */
export function moveBoxes<M extends ModelContent>(model: M, positions: readonly BoxPosition[]): M {
  const byId = new Map(positions.map((p) => [p.id, p]));
  let changed = false;
  const boxes = model.boxes.map((box) => {
    const drop = byId.get(box.id);
    if (!drop) return box;
    const level = levelAtX(drop.x + BOX_WIDTH / 2);
    const x = boxXFor(level);
    const y = Math.max(LANE_HEADER_HEIGHT, Math.round(drop.y));
    if (box.level === level && box.x === x && box.y === y) return box;
    changed = true;
    return { ...box, level, x, y };
  });
  return changed ? { ...model, boxes } : model;
}

/** Moves a box to another level, at the foot of that lane. */
export function setBoxLevel<M extends ModelContent>(model: M, id: string, level: LevelId): M {
  const box = model.boxes.find((b) => b.id === id);
  if (!box || box.level === level) return model;
  const others = model.boxes.filter((b) => b.id !== id);
  const moved: Box = { ...box, level, x: boxXFor(level), y: nextFreeY(others, level) };
  return { ...model, boxes: model.boxes.map((b) => (b.id === id ? moved : b)) };
}

/** Deletes boxes and every link that touches them. */
export function deleteBoxes<M extends ModelContent>(model: M, ids: readonly string[]): M {
  const gone = new Set(ids);
  const boxes = model.boxes.filter((box) => !gone.has(box.id));
  if (boxes.length === model.boxes.length) return model;
  const links = model.links.filter((link) => !gone.has(link.source) && !gone.has(link.target));
  return { ...model, boxes, links };
}

export interface NewLink {
  id: string;
  source: string;
  target: string;
  note?: string;
}

export type ConnectRefusal = 'missing-box' | 'self-link' | 'duplicate';

/** Why a link cannot be drawn, or undefined when it can. */
export function whyCannotConnect(model: ModelContent, source: string, target: string): ConnectRefusal | undefined {
  if (source === target) return 'self-link';
  const ids = new Set(model.boxes.map((box) => box.id));
  if (!ids.has(source) || !ids.has(target)) return 'missing-box';
  if (model.links.some((link) => link.source === source && link.target === target)) return 'duplicate';
  return undefined;
}

/** Links two boxes; the same model when the link cannot be made (see whyCannotConnect). */
export function connect<M extends ModelContent>(model: M, spec: NewLink): M {
  if (whyCannotConnect(model, spec.source, spec.target)) return model;
  const link = withOptionalText<Link>({ id: spec.id, source: spec.source, target: spec.target }, 'note', spec.note);
  return { ...model, links: [...model.links, link] };
}

export function updateLink<M extends ModelContent>(model: M, id: string, patch: LinkPatch): M {
  const links = replaceById(model.links, id, (link) => applyTextPatch(link, patch, []));
  return links === model.links ? model : { ...model, links };
}

export function deleteLinks<M extends ModelContent>(model: M, ids: readonly string[]): M {
  const gone = new Set(ids);
  const links = model.links.filter((link) => !gone.has(link.id));
  return links.length === model.links.length ? model : { ...model, links };
}

export function addCondition<M extends ModelContent>(model: M, condition: Condition): M {
  return { ...model, conditions: [...model.conditions, condition] };
}

export function updateCondition<M extends ModelContent>(model: M, id: string, patch: ConditionPatch): M {
  const conditions = replaceById(model.conditions, id, (condition) => {
    let next = applyTextPatch(condition, { text: patch.text, comment: patch.comment }, ['text']);
    // A status of the other kind (a risk that "holds") is ignored: the file checks would refuse it,
    // and a stored model with one could no longer be opened.
    if (patch.status !== undefined && statusesFor(condition.kind).includes(patch.status)) next = { ...next, status: patch.status } as Condition;
    return next;
  });
  return conditions === model.conditions ? model : { ...model, conditions };
}

export function removeCondition<M extends ModelContent>(model: M, id: string): M {
  const conditions = model.conditions.filter((c) => c.id !== id);
  return conditions.length === model.conditions.length ? model : { ...model, conditions };
}

/**
 * Gives the listed boxes a place: each at the foot of its lane, below the boxes already placed
 * there, in model order. Boxes not listed keep their places.
 */
export function placeBoxes<M extends ModelContent>(model: M, unplaced: ReadonlySet<string>): M {
  if (!unplaced.size) return model;
  const placed = model.boxes.filter((box) => !unplaced.has(box.id));
  const nextY = new Map<LevelId, number>(LEVEL_IDS.map((level) => [level, nextFreeY(placed, level)]));
  const boxes = model.boxes.map((box) => {
    if (!unplaced.has(box.id)) return box;
    const y = nextY.get(box.level) as number;
    nextY.set(box.level, y + estimateBoxHeight(box.label) + BOX_GAP_Y);
    return { ...box, x: boxXFor(box.level), y };
  });
  return { ...model, boxes };
}

/**
 * Lays the boxes of each lane out top to bottom in their present order, without overlaps.
 * Boxes listed in `unplaced` go after the placed ones, in file order.
 */
export function tidyUp<M extends ModelContent>(model: M, unplaced: ReadonlySet<string> = new Set()): M {
  const next = new Map<string, Box>();
  for (const level of LEVEL_IDS) {
    const inLane = model.boxes.filter((box) => box.level === level);
    const placed = inLane.filter((box) => !unplaced.has(box.id)).sort((a, b) => a.y - b.y);
    const rest = inLane.filter((box) => unplaced.has(box.id));
    let y = LANE_HEADER_HEIGHT;
    for (const box of [...placed, ...rest]) {
      const x = boxXFor(level);
      next.set(box.id, box.x === x && box.y === y ? box : ({ ...box, x, y } as Mutable<Box>));
      y += estimateBoxHeight(box.label) + BOX_GAP_Y;
    }
  }
  let changed = false;
  const boxes = model.boxes.map((box) => {
    const laid = next.get(box.id) as Box;
    if (laid !== box) changed = true;
    return laid;
  });
  return changed ? { ...model, boxes } : model;
}
