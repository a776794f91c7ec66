import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { BOX_WIDTH } from '../domain/lanes';
import { routeMidpoint, routePath } from '../domain/routing';
import { linkCurve, type Frame } from '../export/linkGeometry';
import { CHANGE_STYLES, GHOST_DASH, LINK_STYLES } from '../export/theme';
import type { LinkFlowEdge } from './flowElements';
import { CommentBadge } from './CommentBadge';
import { useOpenCommentCount } from '../store/CommentsContext';

/** A link's open comments, at the middle of its curve; nothing at all (no portal) when there are none. */
function LinkComments({ id, x, y }: { id: string; x: number; y: number }) {
  const count = useOpenCommentCount({ kind: 'link', id });
  if (!count) return null;
  return (
    <EdgeLabelRenderer>
      <div style={{ position: 'absolute', transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}>
        <CommentBadge on={{ kind: 'link', id }} className="link-comments" />
      </div>
    </EdgeLabelRenderer>
  );
}

export function frameOf(node: InternalNode): Frame {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.initialWidth ?? BOX_WIDTH,
    height: node.measured.height ?? node.initialHeight ?? BOX_WIDTH / 4,
  };
}

type Curve = ReturnType<typeof linkCurve>;

/** The SVG path of a link's curve. */
export function curvePath({ start, control1, control2, end }: Curve): string {
  return `M ${start.x} ${start.y} C ${control1.x} ${control1.y}, ${control2.x} ${control2.y}, ${end.x} ${end.y}`;
}

/** The middle of the link's cubic curve (t = ½), where a compare view writes how it changed. */
function pointAtHalf({ start, control1, control2, end }: Curve): { x: number; y: number } {
  return { x: (start.x + 3 * control1.x + 3 * control2.x + end.x) / 8, y: (start.y + 3 * control1.y + 3 * control2.y + end.y) / 8 };
}

/** "New", "Changed" or "Removed" on a link, in words on a white pill (the name already says it to a screen reader). */
function LinkChangeTag({ at, word, colour }: { at: { x: number; y: number }; word: string; colour: string }) {
  const width = word.length * 6.4 + 12;
  return (
    <g className="link-change-tag" transform={`translate(${at.x - width / 2} ${at.y - 9})`} aria-hidden="true">
      <rect width={width} height={18} rx={9} fill="#ffffff" stroke={colour} strokeWidth={1.5} />
      <text x={width / 2} y={12.5} textAnchor="middle" fontSize={11} fontWeight={700} fill={colour}>
        {word}
      </text>
    </g>
  );
}

/** A link drawn along the same route (or, with routing off, curve) as in the exports, styled by its shape. */
function LinkEdgeView({ id, source, target, data, selected }: EdgeProps<LinkFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const style = LINK_STYLES[data.shape];
  const curve = data.route ? null : linkCurve(data.shape, frameOf(sourceNode), frameOf(targetNode));
  const path = curve ? curvePath(curve) : routePath(data.route!);
  const change = data.change ? CHANGE_STYLES[data.change] : null;
  const removed = data.change === 'removed';
  const middle = curve ? pointAtHalf(curve) : routeMidpoint(data.route!);
  return (
    <>
      {/* A flagged link's glow is a wider pale line beneath it, not a CSS filter: a filter on hundreds
          of links made Chromium re-layer the whole canvas slowly after every change (npm run bench, keystroke). */}
      {data.flagged && !removed ? <path d={path} className="link-edge__glow" style={{ strokeWidth: style.width + 4 }} /> : null}
      <BaseEdge
        id={id}
        path={path}
        className={`link-edge link-edge--${data.shape}${data.flagged ? ' is-flagged' : ''}${data.change ? ` is-${data.change}` : ''}`}
        markerEnd={`url(#oc-arrow-${style.arrow})`}
        interactionWidth={18}
        style={{
          stroke: removed ? (change?.colour ?? style.colour) : style.colour,
          strokeWidth: selected ? style.width + 1.6 : style.width,
          strokeDasharray: removed ? GHOST_DASH : (style.dash ?? undefined),
          opacity: removed ? 0.7 : undefined,
        }}
      />
      {change ? <LinkChangeTag at={{ x: middle.x, y: middle.y - 14 }} word={change.word} colour={change.colour} /> : null}
      <LinkComments id={id} x={middle.x} y={middle.y} />
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
