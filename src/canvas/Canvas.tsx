/**
 * The React Flow adapter: the only place that knows React Flow. Boxes and links come from the
 * model; gestures go back as commands. While a box is dragged only its on-screen position changes;
 * the model (and so undo and autosave) sees the drop, as one step.
 */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { addBoxToLane, dropBoxes, linkBoxes } from '../actions/commands';
import { LANE_HEADER_HEIGHT, LANE_WIDTH, laneLeft, levelAtX } from '../domain/lanes';
import { indexBoxes } from '../domain/linkShape';
import type { Model, ModelContent } from '../domain/model';
import { directionsSince, type Direction } from '../domain/direction';
import type { ChangeMark } from '../analysis/changeMarks';
import { sameItems } from '../domain/sameItems';
import { LEVEL_COLOURS } from '../export/theme';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { BoxNode } from './BoxNode';
import type { Partner } from '../share/presence';
import { buildEdges, buildNodes, LANE_ID_PREFIX, linkDescriptions, NO_CHANGES, NO_DIRECTIONS, type FlowNode, type LinkFlowEdge, type Measured, type PartnerMark } from './flowElements';
import type { Comparison } from '../analysis/comparison';
import { LaneNode } from './LaneNode';
import { ArrowMarkers, Legend } from './Legend';
import { FocusInView } from './FocusInView';
import { LinkEdge } from './LinkEdge';
import { PathwayFade } from './PathwayFade';
import { useCanvasFlags } from './useCanvasFlags';
import { useCanvasRoutes } from './useCanvasRoutes';
import { useSettledValue } from './useSettledValue';

/** How long a label typed in the side panel rests before the canvas draws it. */
const LABEL_SETTLE_MS = 300;

const NODE_TYPES = { box: BoxNode, lane: LaneNode };
const EDGE_TYPES = { link: LinkEdge };
const NO_POSITIONS: ReadonlyMap<string, XYPosition> = new Map();
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1 };
const PRO_OPTIONS = { hideAttribution: false };

function nextSelection(current: readonly string[], changes: readonly { id: string; selected: boolean }[]): string[] {
  const ids = new Set(current);
  for (const change of changes) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  return [...ids];
}

const NO_MARKS: ReadonlyMap<string, readonly PartnerMark[]> = new Map();

/** Partners' selections (outlined in their colour) and drags (drawn where they have the box now), by box. */
function partnerPresence(partners: readonly Partner[]): { partnerMarks: ReadonlyMap<string, readonly PartnerMark[]>; partnerDrags: ReadonlyMap<string, XYPosition> } {
  if (!partners.length) return { partnerMarks: NO_MARKS, partnerDrags: NO_POSITIONS };
  const partnerMarks = new Map<string, PartnerMark[]>();
  const partnerDrags = new Map<string, XYPosition>();
  for (const partner of partners) {
    for (const boxId of partner.selection) partnerMarks.set(boxId, [...(partnerMarks.get(boxId) ?? []), { name: partner.name, colour: partner.colour }]);
    for (const drag of partner.drag) partnerDrags.set(drag.boxId, { x: drag.x, y: drag.y });
  }
  return { partnerMarks, partnerDrags };
}

function withGhosts(model: Model, comparison: Comparison | null): Pick<Model, 'boxes' | 'links'> {
  if (!comparison || (!comparison.ghosts.boxes.length && !comparison.ghosts.links.length)) return { boxes: model.boxes, links: model.links };
  return { boxes: [...model.boxes, ...comparison.ghosts.boxes], links: [...model.links, ...comparison.ghosts.links] };
}

function directionOfEachBox(previous: ModelContent, boxes: Model['boxes']): ReadonlyMap<string, Direction> {
  return new Map([...directionsSince(previous, { title: '', boxes, links: [], conditions: [] })].map(([id, { direction }]) => [id, direction]));
}

function marksOf(marks: ReadonlyMap<string, { readonly mark: ChangeMark }>): ReadonlyMap<string, ChangeMark> {
  return new Map([...marks].map(([id, { mark }]) => [id, mark]));
}

function miniMapColour(node: FlowNode): string {
  return node.type === 'lane' ? LEVEL_COLOURS[node.data.level].lane : LEVEL_COLOURS[node.data.box.level].heading;
}

/** Zoomed out further than this, box labels are hard to read: what is brought into view is shown at least this large when it fits. */
const READABLE_ZOOM = 0.8;

function useFocusRequests() {
  const { fitView, setCenter, getZoom } = useReactFlow();
  const request = useEditor((state) => state.focusRequest);
  useEffect(() => {
    if (!request) return;
    const zoom = Math.max(getZoom(), READABLE_ZOOM);
    if ('level' in request) {
      // The lane's heading and its Add button, which is where an empty lane's work starts.
      void setCenter(laneLeft(request.level) + LANE_WIDTH / 2, LANE_HEADER_HEIGHT, { zoom, duration: 200 });
    } else if (request.ids.length) {
      // Every box asked for, zoomed out only as far as it takes; fitView waits for a just-added box to be measured.
      void fitView({ nodes: request.ids.map((id) => ({ id })), padding: 0.2, maxZoom: zoom, duration: 200 });
    }
  }, [request, fitView, setCenter, getZoom]);
}

function FlowCanvas({ model }: { model: Model }) {
  const store = useEditorStore();
  const selection = useEditor((state) => state.selection);
  const editingBoxId = useEditor((state) => state.editingBoxId);
  const highlightedIds = useEditor((state) => state.highlightedBoxIds);
  const showProgress = useEditor((state) => state.showProgress);
  const readOnly = useEditor((state) => state.readOnly);
  const partners = useEditor((state) => state.partners);
  const comparison = useEditor((state) => state.comparison);
  const previousVersion = useEditor((state) => state.previousVersion);
  const routeLinks = useEditor((state) => state.routeLinks);
  const { flagsByBox, flaggedLinks } = useCanvasFlags(model);
  const { screenToFlowPosition } = useReactFlow();
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition>>(NO_POSITIONS);
  const [measured, setMeasured] = useState<Measured>(() => new Map());
  const nodeCache = useRef<ReadonlyMap<string, FlowNode>>(new Map());
  const edgeCache = useRef<ReadonlyMap<string, LinkFlowEdge>>(new Map());
  const lastNodes = useRef<FlowNode[]>([]);
  const lastEdges = useRef<LinkFlowEdge[]>([]);
  useFocusRequests();

  // What the canvas draws: typing in the title or a condition leaves both arrays as they were.
  // A compare view draws what was removed too, as ghosts where it was.
  const drawnModel = useMemo(() => withGhosts(model, comparison), [model.boxes, model.links, comparison]);
  const boxChanges = useMemo(() => (comparison ? marksOf(comparison.marks.boxes) : NO_CHANGES), [comparison]);
  const linkChanges = useMemo(() => (comparison ? marksOf(comparison.marks.links) : NO_CHANGES), [comparison]);
  // The arrows on the rating badges: only while progress is shown, against the latest saved version.
  const directions = useMemo(() => (showProgress && previousVersion ? directionOfEachBox(previousVersion.content, model.boxes) : NO_DIRECTIONS), [showProgress, previousVersion, model.boxes]);
  const selectedBoxes = useMemo(() => new Set(selection.boxIds), [selection.boxIds]);
  const selectedLinks = useMemo(() => new Set(selection.linkIds), [selection.linkIds]);
  const highlighted = useMemo(() => new Set(highlightedIds), [highlightedIds]);
  const { partnerMarks, partnerDrags } = useMemo(() => partnerPresence(partners), [partners]);
  // Labels typed in the side panel reach the boxes and the names of their links once typing pauses:
  // redrawing a box and renaming its links on every keystroke handed React Flow new arrays of every
  // node and edge each time (label key at 1,000 boxes: 64 → 27 ms of main-thread time; npm run
  // bench, keystroke).
  const settledBoxes = useSettledValue(drawnModel.boxes, LABEL_SETTLE_MS, store);
  const settledIndex = useMemo(() => indexBoxes(settledBoxes), [settledBoxes]);
  // The links' names follow a settled label in a render of their own: React Flow takes in the new
  // nodes and the renamed edges in two tasks rather than one (a label drawn at 1,000 boxes held the
  // main thread for over 50 ms).
  const namingIndex = useDeferredValue(settledIndex);
  const linkWords = useMemo(() => linkDescriptions(drawnModel.links), [drawnModel.links]);
  // Links around boxes: routed once for the boxes where they stand; while a box moves, only its links.
  const { routes, bottom: routesBottom } = useCanvasRoutes(drawnModel, measured, dragPositions, partnerDrags, routeLinks);

  // A change that leaves every node and edge as it was (the title, a condition) hands
  // React Flow the same arrays, so it does not walk all of them again: at 2,000 boxes that walk is
  // most of the cost of a keystroke.
  const nodes = useMemo(() => {
    const built = buildNodes(
      { model: drawnModel, selected: selectedBoxes, highlighted, editingBoxId, dragPositions, partnerDrags, partnerMarks, measured, flagsByBox, showProgress, settled: settledIndex, changes: boxChanges, directions, linkWords, routesBottom },
      nodeCache.current,
    );
    if (sameItems(built, lastNodes.current)) return lastNodes.current;
    nodeCache.current = new Map(built.map((node) => [node.id, node]));
    lastNodes.current = built;
    return built;
  }, [drawnModel, selectedBoxes, highlighted, editingBoxId, dragPositions, partnerDrags, partnerMarks, measured, flagsByBox, showProgress, settledIndex, boxChanges, directions, linkWords, routesBottom]);

  const edges = useMemo(() => {
    const built = buildEdges(drawnModel, selectedLinks, flaggedLinks, edgeCache.current, namingIndex, linkChanges, routes);
    if (sameItems(built, lastEdges.current)) return lastEdges.current;
    edgeCache.current = new Map(built.map((edge) => [edge.id, edge]));
    lastEdges.current = built;
    return built;
  }, [drawnModel, selectedLinks, flaggedLinks, namingIndex, linkChanges, routes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const dragging = new Map<string, XYPosition>();
      const dropped: { id: string; x: number; y: number }[] = [];
      const sizes: [string, { width: number; height: number }][] = [];
      const selects: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          if (change.dragging) dragging.set(change.id, change.position);
          else dropped.push({ id: change.id, ...change.position });
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes.push([change.id, change.dimensions]);
        } else if (change.type === 'select' && !change.id.startsWith(LANE_ID_PREFIX)) {
          selects.push({ id: change.id, selected: change.selected });
        }
      }
      if (sizes.length) {
        setMeasured((previous) => {
          const next = new Map(previous);
          for (const [id, size] of sizes) {
            const old = next.get(id);
            if (!old || old.width !== size.width || old.height !== size.height) next.set(id, size);
          }
          return next.size === previous.size && sizes.every(([id]) => next.get(id) === previous.get(id)) ? previous : next;
        });
      }
      if (dragging.size) {
        setDragPositions((previous) => new Map([...previous, ...dragging]));
        // Partners see the drag as presence; the model is written once, on the drop.
        store.getState().setMyDrag([...dragging].map(([boxId, { x, y }]) => ({ boxId, x, y })));
      }
      if (dropped.length) {
        dropBoxes(store, dropped);
        setDragPositions(NO_POSITIONS);
        store.getState().setMyDrag([]);
      }
      if (selects.length) {
        const current = store.getState().selection;
        store.getState().setSelection({ boxIds: nextSelection(current.boxIds, selects), linkIds: current.linkIds });
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => {
      const selects = changes.flatMap((change) => (change.type === 'select' ? [{ id: change.id, selected: change.selected }] : []));
      if (!selects.length) return;
      const current = store.getState().selection;
      store.getState().setSelection({ boxIds: current.boxIds, linkIds: nextSelection(current.linkIds, selects) });
    },
    [store],
  );

  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: FlowNode) => {
      if (node.type === 'box' && !store.getState().readOnly) store.getState().setEditingBox(node.id);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const refusal = linkBoxes(store, connection.source, connection.target);
      if (refusal) store.getState().setNotice({ text: refusal });
    },
    [store],
  );
  const isValidConnection = useCallback((connection: { source: string; target: string }) => connection.source !== connection.target, []);

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane') || store.getState().readOnly) return;
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addBoxToLane(store, levelAtX(point.x), Math.max(LANE_HEADER_HEIGHT, Math.round(point.y - 24)));
    },
    [store, screenToFlowPosition],
  );

  return (
    <ReactFlow<FlowNode, LinkFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onConnect={onConnect}
      isValidConnection={isValidConnection}
      onDoubleClick={onDoubleClick}
      onNodeDoubleClick={onNodeDoubleClick}
      nodesDraggable={!readOnly}
      nodesConnectable={!readOnly}
      zoomOnDoubleClick={false}
      deleteKeyCode={null}
      autoPanOnNodeFocus={false}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.1}
      maxZoom={2}
      proOptions={PRO_OPTIONS}
      aria-label="Logic model canvas"
    >
      <ArrowMarkers />
      <Background gap={24} size={1} color="#d9dde3" />
      <Controls aria-label="Zoom and fit controls" showInteractive={false} />
      <MiniMap<FlowNode> nodeColor={miniMapColour} pannable zoomable ariaLabel="Overview map of the whole model" />
      <Legend showProgress={showProgress} showChanges={comparison !== null} directionSince={previousVersion?.name ?? null} />
      <FocusInView />
      <PathwayFade />
    </ReactFlow>
  );
}

export function Canvas() {
  const model = useEditor(currentModel);
  if (!model) return null;
  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlowProvider>
        <FlowCanvas model={model} />
      </ReactFlowProvider>
    </div>
  );
}

