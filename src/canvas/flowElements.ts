/**
 * Turns the model into React Flow nodes and edges. Objects are reused when nothing about a box or
 * link changed, so React Flow and the memoised node components skip them (a drag in a 1,000-box
 * model then rebuilds one node, not a thousand).
 */
import { Position, type Edge, type Node, type NodeHandle, type XYPosition } from '@xyflow/react';
import { boxName } from '../actions/commands';
import { boxMeasureOf, sameBoxMeasure, type BoxMeasure } from './boxMeasure';
import { BOX_WIDTH, estimateBoxHeight, laneHeightFor, laneLeft, LANE_ID_PREFIX, LANE_WIDTH } from '../domain/lanes';
import { LEVELS, type LevelId } from '../domain/levels';
import { indexBoxes, linkShape, type LinkShape } from '../domain/linkShape';
import type { Box, Link, Model } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import type { ChangeMark } from '../analysis/changeMarks';
import { DIRECTION_WORDS, type Direction } from '../domain/direction';
import { CHANGE_STYLES, UNRATED_STYLE } from '../export/theme';
import { sameRoute, type Route } from '../domain/routing';

/** A partner who has this box selected: drawn as an outline in their colour, with their name. */
export interface PartnerMark {
  readonly name: string;
  readonly colour: string;
}

const NO_MARKS: readonly PartnerMark[] = [];

export interface BoxNodeData extends Record<string, unknown> {
  box: Box;
  partners: readonly PartnerMark[];
  /** A partner is dragging this box: it is drawn where their pointer has it. */
  partnerDragged: boolean;
  editing: boolean;
  highlighted: boolean;
  flagCount: number;
  flagText: string;
  /** The box's rating is drawn (it is read from `box`, so a new rating rebuilds only its box). */
  showProgress: boolean;
  /** In a compare view: whether the box is new, changed or removed (a ghost) since the earlier side. */
  change: ChangeMark | null;
  /** While progress is shown: how its rating moved since the latest saved version. */
  direction: Direction | null;
  /** While progress is shown: its headline measure's trend, in words and a direction. */
  measure: BoxMeasure | null;
}
export interface LaneNodeData extends Record<string, unknown> {
  level: LevelId;
  height: number;
}
export interface LinkEdgeData extends Record<string, unknown> {
  link: Link;
  shape: LinkShape;
  acknowledged: boolean;
  flagged: boolean;
  change: ChangeMark | null;
  /** Its route around the boxes; null when links are drawn as curves. */
  route: Route | null;
}

export type BoxFlowNode = Node<BoxNodeData, 'box'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type FlowNode = BoxFlowNode | LaneFlowNode;
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>;

export type Measured = ReadonlyMap<string, { width: number; height: number }>;

export interface NodeInputs {
  /** Only the boxes are drawn as nodes: a change elsewhere in the model (its title) does not rebuild them. */
  model: Pick<Model, 'boxes'>;
  selected: ReadonlySet<string>;
  highlighted: ReadonlySet<string>;
  editingBoxId: string | null;
  dragPositions: ReadonlyMap<string, XYPosition>;
  /** Where partners are dragging boxes right now (presence; the model has them where they were). */
  partnerDrags: ReadonlyMap<string, XYPosition>;
  partnerMarks: ReadonlyMap<string, readonly PartnerMark[]>;
  measured: Measured;
  flagsByBox: ReadonlyMap<string, readonly string[]>;
  showProgress: boolean;
  /**
   * The boxes as they stood when typing last paused. A label being typed in the side panel reaches
   * its box on the canvas from here, so a keystroke does not redraw the canvas (see Canvas).
   */
  settled: ReadonlyMap<string, Box>;
  /** A compare view's marks, by box id (empty elsewhere). */
  changes: ReadonlyMap<string, ChangeMark>;
  /** While progress is shown: each rated box's direction of travel since the latest saved version. */
  directions: ReadonlyMap<string, Direction>;
  /** What a screen reader hears of each box's links when it takes focus ("2 links out, 1 in"; see `linkDescriptions`). */
  linkWords?: ReadonlyMap<string, string>;
  /** The lowest point the links' routes reach: the lanes reach below it. */
  routesBottom?: number;
}

export interface LinkCount {
  readonly out: number;
  readonly in: number;
}

/** Links out of and into each box, for what a screen reader hears on a box ("2 links out, 1 in"). */
export function countLinks(links: readonly Link[]): Map<string, LinkCount> {
  const counts = new Map<string, { out: number; in: number }>();
  const of = (id: string) => counts.get(id) ?? counts.set(id, { out: 0, in: 0 }).get(id)!;
  for (const link of links) {
    of(link.source).out += 1;
    of(link.target).in += 1;
  }
  return counts;
}

const NO_LINKS: LinkCount = { out: 0, in: 0 };
const NO_LINK_WORDS = linkCountWords(NO_LINKS);

/** Each linked box's `linkCountWords`, made once per change of the links, not per node on every build. */
export function linkDescriptions(links: readonly Link[]): Map<string, string> {
  return new Map([...countLinks(links)].map(([id, count]) => [id, linkCountWords(count)]));
}

/** "2 links out, 1 in": the box's description, so that its name stays "Level: label". */
export function linkCountWords(count: LinkCount = NO_LINKS): string {
  return `${count.out} ${count.out === 1 ? 'link' : 'links'} out, ${count.in} in`;
}

export const NO_DIRECTIONS: ReadonlyMap<string, Direction> = new Map();

export const NO_CHANGES: ReadonlyMap<string, ChangeMark> = new Map();

/** A box's or link's accessible name in a compare view says how it changed. */
function withChange(name: string, change: ChangeMark | null): string {
  return change ? `${name} (${CHANGE_STYLES[change].word})` : name;
}

export { LANE_ID_PREFIX } from '../domain/lanes';

function laneNode(level: LevelId, height: number, previous: FlowNode | undefined, measured: Measured): LaneFlowNode {
  const id = `${LANE_ID_PREFIX}${level}`;
  if (previous && previous.type === 'lane' && previous.data.height === height && previous.measured === measured.get(id)) return previous;
  return {
    id,
    type: 'lane',
    position: { x: laneLeft(level), y: 0 },
    data: { level, height },
    width: LANE_WIDTH,
    height,
    draggable: false,
    selectable: false,
    focusable: false,
    connectable: false,
    zIndex: -1,
    measured: measured.get(id),
  };
}

const HANDLE_SIZE = 12;

/** Where a box's two handles stand before it is measured: middle of the left and right sides. */
function estimatedHandles(height: number): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    { type: 'source', position: Position.Right, x: BOX_WIDTH - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
  ];
}

function sameMarks(a: readonly PartnerMark[], b: readonly PartnerMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark.name === b[i]?.name && mark.colour === b[i]?.colour);
}

/** Fields of a box that the canvas does not draw: typing in them leaves its node as it was. */
const UNDRAWN_BOX_FIELDS: ReadonlySet<string> = new Set<keyof Box>(['notes', 'indicators', 'evidence']);

/**
 * Whether two versions of a box look the same on the canvas: every field but the undrawn ones is
 * equal (a field added later counts as drawn until it is listed above). The node then keeps the
 * older box in its data, which is why BoxNode reads only drawn fields.
 */
function drawnAlike(before: Box, after: Box): boolean {
  if (before === after) return true;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (UNDRAWN_BOX_FIELDS.has(field)) continue;
    if (before[field as keyof Box] !== after[field as keyof Box]) return false;
  }
  return true;
}

/** Whether the only drawn difference between two versions of a box is its label. */
function onlyLabelDiffers(before: Box, after: Box): boolean {
  return before.label !== after.label && drawnAlike({ ...before, label: after.label }, after);
}

function boxNode(latest: Box, inputs: NodeInputs, previous: FlowNode | undefined): BoxFlowNode {
  const editing = inputs.editingBoxId === latest.id;
  // A label being typed keeps the box's node as it was: typed in the side panel, the canvas shows it
  // once typing pauses; typed in the box's own label editor, it is in that editor already, and the
  // node takes it when the editing ends.
  const labelBeingTyped =
    previous?.type === 'box' &&
    previous.data.editing === editing &&
    (editing || inputs.settled.get(latest.id)?.label !== latest.label) &&
    onlyLabelDiffers(previous.data.box, latest);
  const box = labelBeingTyped ? previous.data.box : latest;
  const selected = inputs.selected.has(box.id);
  const highlighted = inputs.highlighted.has(box.id);
  const partnerDrag = inputs.dragPositions.has(box.id) ? undefined : inputs.partnerDrags.get(box.id);
  const position = inputs.dragPositions.get(box.id) ?? partnerDrag ?? { x: box.x, y: box.y };
  const previousMarks = previous?.type === 'box' ? previous.data.partners : NO_MARKS;
  const marks = sameMarks(previousMarks, inputs.partnerMarks.get(box.id) ?? NO_MARKS) ? previousMarks : (inputs.partnerMarks.get(box.id) ?? NO_MARKS);
  const flags = inputs.flagsByBox.get(box.id) ?? [];
  const flagText = flags.join('\n');
  const measured = inputs.measured.get(box.id);
  const change = inputs.changes.get(box.id) ?? null;
  const direction = inputs.showProgress ? (inputs.directions.get(box.id) ?? null) : null;
  const measure = inputs.showProgress ? boxMeasureOf(latest) : null;
  const description = inputs.linkWords?.get(box.id) ?? NO_LINK_WORDS;
  if (
    previous &&
    previous.data.change === change &&
    previous.data.direction === direction &&
    previous.type === 'box' &&
    sameBoxMeasure(previous.data.measure, measure) &&
    drawnAlike(previous.data.box, box) &&
    previous.selected === selected &&
    previous.data.editing === editing &&
    previous.data.highlighted === highlighted &&
    previous.data.flagText === flagText &&
    previous.data.showProgress === inputs.showProgress &&
    previous.data.partners === marks &&
    previous.data.partnerDragged === Boolean(partnerDrag) &&
    previous.position.x === position.x &&
    previous.position.y === position.y &&
    previous.measured === measured &&
    previous.domAttributes?.['aria-description'] === description
  ) {
    return previous;
  }
  return {
    id: box.id,
    type: 'box',
    position,
    data: { box, partners: marks, partnerDragged: Boolean(partnerDrag), editing, highlighted, flagCount: flags.length, flagText, showProgress: inputs.showProgress, change, direction, measure },
    selected,
    ariaLabel: withChange(inputs.showProgress ? `${boxName(box)} (${box.rating ? PROGRESS_WORDS[box.rating.progress] : UNRATED_STYLE.word}${direction ? `, ${DIRECTION_WORDS[direction].toLowerCase()}` : ''})` : boxName(box), change),
    // A ghost stands where a removed box was: it cannot be moved, linked or chosen.
    ...(change === 'removed' ? { draggable: false, connectable: false, selectable: false } : {}),
    measured,
    // In place of React Flow's own description (which would win over this one); the keys are in it.
    domAttributes: { 'aria-describedby': undefined, 'aria-description': description },
    // The layout's own size estimate, and handles placed on it, let React Flow draw the box and its
    // links at once instead of hiding them until it has measured the page; the measured size and
    // handles replace them a frame later.
    initialWidth: BOX_WIDTH,
    initialHeight: estimateBoxHeight(box.label),
    ...(measured ? {} : { handles: estimatedHandles(estimateBoxHeight(box.label)) }),
    // Dragging from the text field would fight with typing.
    dragHandle: editing ? '.box-node__drag' : undefined,
  };
}

export function buildNodes(inputs: NodeInputs, previous: ReadonlyMap<string, FlowNode>): FlowNode[] {
  const height = Math.max(laneHeightFor(inputs.model.boxes), Math.ceil((inputs.routesBottom ?? -Infinity) + 40));
  const nodes: FlowNode[] = LEVELS.map((level) => laneNode(level.id, height, previous.get(`${LANE_ID_PREFIX}${level.id}`), inputs.measured));
  for (const box of inputs.model.boxes) nodes.push(boxNode(box, inputs, previous.get(box.id)));
  return nodes;
}

function linkName(shape: LinkShape, source: Box, target: Box, change: ChangeMark | null): string {
  return withChange(`Link (${shape}) from ${boxName(source)} to ${boxName(target)}`, change);
}

/** The two boxes whose labels an edge's name quotes. */
const namedBy = new WeakMap<LinkFlowEdge, { readonly source: Box; readonly target: Box }>();

export function buildEdges(
  model: Pick<Model, 'boxes' | 'links'>,
  selected: ReadonlySet<string>,
  flaggedLinks: ReadonlySet<string>,
  previous: ReadonlyMap<string, LinkFlowEdge>,
  /** The boxes whose labels name the links (by default the model's own). */
  naming?: ReadonlyMap<string, Box>,
  /** A compare view's marks, by link id. */
  changes: ReadonlyMap<string, ChangeMark> = NO_CHANGES,
  /** Each link's route around the boxes, or null to draw curves. */
  routes: ReadonlyMap<string, Route> | null = null,
): LinkFlowEdge[] {
  const boxes = indexBoxes(model.boxes);
  const edges: LinkFlowEdge[] = [];
  for (const link of model.links) {
    const shape = linkShape(link, boxes);
    if (!shape) continue;
    const isSelected = selected.has(link.id);
    const flagged = flaggedLinks.has(link.id);
    const source = naming?.get(link.source) ?? (boxes.get(link.source) as Box);
    const target = naming?.get(link.target) ?? (boxes.get(link.target) as Box);
    const change = changes.get(link.id) ?? null;
    const prev = previous.get(link.id);
    const route = routes?.get(link.id) ?? null;
    // The name quotes both boxes' labels: the same two box objects give the same name, so an
    // unchanged link is recognised without wording it again (typing a note at 1,000 boxes words no
    // link), and a box changed in another way (its notes) keeps its links' objects, name and all.
    if (
      prev &&
      prev.data?.link === link &&
      prev.data.shape === shape &&
      prev.selected === isSelected &&
      prev.data.flagged === flagged &&
      prev.data.change === change &&
      sameRoute(prev.data.route, route)
    ) {
      const named = namedBy.get(prev);
      if (named?.source === source && named.target === target) {
        edges.push(prev);
        continue;
      }
      if (prev.ariaLabel === linkName(shape, source, target, change)) {
        namedBy.set(prev, { source, target });
        edges.push(prev);
        continue;
      }
    }
    const acknowledged = shape !== 'linear' && Boolean(link.note?.trim());
    const edge: LinkFlowEdge = {
      id: link.id,
      type: 'link',
      source: link.source,
      target: link.target,
      selected: isSelected,
      data: { link, shape, acknowledged, flagged, change, route },
      ariaLabel: linkName(shape, source, target, change),
      ...(change === 'removed' ? { selectable: false } : {}),
    };
    namedBy.set(edge, { source, target });
    edges.push(edge);
  }
  return edges;
}
