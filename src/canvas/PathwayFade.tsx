import { useInternalNode, useStore, ViewportPortal } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { routePath } from '../domain/routing';
import { linkCurve } from '../export/linkGeometry';
import { LINK_STYLES } from '../export/theme';
import { useEditor } from '../store/EditorContext';
import { usePathway } from '../store/usePathway';
import type { BoxFlowNode, LinkFlowEdge } from './flowElements';
import { curvePath, frameOf } from './LinkEdge';
import { ProgressBadge, progressBoxStyle } from './ProgressBadge';

/** How much of what lies under the veil still shows: legible, plainly in the background. */
export const FADED_SHOWS = 0.22;

/** Above every box and link React Flow stacks (a selected box is raised to 1,000); the pathway's copies above it. */
const VEIL_Z = 1500;
const PATHWAY_Z = 2000;

const VEIL_STYLE: CSSProperties = {
  position: 'absolute',
  left: -50_000,
  top: -50_000,
  width: 100_000,
  height: 100_000,
  zIndex: VEIL_Z,
  background: `rgb(255 255 255 / ${1 - FADED_SHOWS})`,
  pointerEvents: 'none',
  // A layer of its own: laying it on, or taking it off, repaints nothing under it.
  willChange: 'transform',
};

const COPIES_STYLE: CSSProperties = { position: 'absolute', left: 0, top: 0, zIndex: PATHWAY_Z, pointerEvents: 'none' };
const LINKS_STYLE: CSSProperties = { position: 'absolute', left: 0, top: 0, width: 1, height: 1, overflow: 'visible' };

/** A pathway box drawn again above the veil, where the box is (the box itself stays under it, and takes every click). */
const BoxCopy = memo(function BoxCopy({ id, showProgress, selected }: { id: string; showProgress: boolean; selected: boolean }) {
  const node = useInternalNode<BoxFlowNode>(id);
  if (!node || node.type !== 'box') return null;
  const { box } = node.data;
  const frame = frameOf(node);
  return (
    <div
      className={`box-node level-${box.level} pathway-copy${showProgress ? ' shows-progress' : ''}${selected ? ' is-selected' : ''}`}
      style={{ position: 'absolute', left: frame.x, top: frame.y, width: frame.width, height: frame.height, ...(showProgress ? progressBoxStyle(box.rating) : {}) }}
    >
      <div className="box-node__label">{box.label.trim() ? box.label : <span className="box-node__placeholder">Untitled box</span>}</div>
      {box.owner ? <div className="box-node__owner">{box.owner}</div> : null}
      {showProgress ? <ProgressBadge rating={box.rating} /> : null}
    </div>
  );
});

/** A pathway link drawn again above the veil, along the same route or curve and in the same style. */
const LinkCopy = memo(function LinkCopy({ id }: { id: string }) {
  const edge = useStore((state) => state.edgeLookup.get(id)) as LinkFlowEdge | undefined;
  const source = useInternalNode(edge?.source ?? '');
  const target = useInternalNode(edge?.target ?? '');
  if (!edge?.data || !source || !target) return null;
  const style = LINK_STYLES[edge.data.shape];
  return (
    <path
      d={edge.data.route ? routePath(edge.data.route) : curvePath(linkCurve(edge.data.shape, frameOf(source), frameOf(target)))}
      fill="none"
      stroke={style.colour}
      strokeWidth={style.width}
      strokeDasharray={style.dash ?? undefined}
      markerEnd={`url(#oc-arrow-${style.arrow})`}
    />
  );
});

/**
 * Fades everything off the pathway shown by laying one pale veil over the whole drawing, and draws
 * the pathway's boxes and links again above it, in a layer of their own. Nothing of the canvas
 * under the veil changes: fading (or raising) the boxes themselves made Chromium raster the whole
 * canvas again, since a pathway's boxes lie all across it (about 270 ms at 1,000 boxes with
 * software drawing, as the bench runs it; npm run bench walk). The copies take no clicks, so
 * everything is chosen, dragged and focused on the canvas as ever, and no React Flow node or edge
 * is rebuilt to show or clear a pathway.
 */
function PathwayFadeView() {
  const pathway = usePathway();
  const showProgress = useEditor((state) => state.showProgress);
  const selected = useEditor((state) => state.selection.boxIds);
  if (!pathway) return null;
  return (
    <ViewportPortal>
      <div className="pathway-veil" data-testid="pathway-veil" style={VEIL_STYLE} />
      <div className="pathway-copies" data-testid="pathway-fade" style={COPIES_STYLE} aria-hidden="true">
        <svg style={LINKS_STYLE}>
          {[...pathway.linkIds].map((id) => (
            <LinkCopy key={id} id={id} />
          ))}
        </svg>
        {[...pathway.boxIds].map((id) => (
          <BoxCopy key={id} id={id} showProgress={showProgress} selected={selected.includes(id)} />
        ))}
      </div>
    </ViewportPortal>
  );
}

export const PathwayFade = memo(PathwayFadeView);
