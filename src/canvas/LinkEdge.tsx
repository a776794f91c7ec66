import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { BOX_WIDTH } from '../domain/lanes';
import { linkCurve, type Frame } from '../export/linkGeometry';
import { LINK_STYLES } from '../export/theme';
import type { LinkFlowEdge } from './flowElements';
import { CommentBadge } from '../ui/comments/CommentBadge';
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

function frameOf(node: InternalNode): Frame {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.initialWidth ?? BOX_WIDTH,
    height: node.measured.height ?? node.initialHeight ?? BOX_WIDTH / 4,
  };
}

/** A link drawn along the same curve as in the exports, styled by its shape. */
function LinkEdgeView({ id, source, target, data, selected }: EdgeProps<LinkFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const style = LINK_STYLES[data.shape];
  const curve = linkCurve(data.shape, frameOf(sourceNode), frameOf(targetNode));
  const path = `M ${curve.start.x} ${curve.start.y} C ${curve.control1.x} ${curve.control1.y}, ${curve.control2.x} ${curve.control2.y}, ${curve.end.x} ${curve.end.y}`;
  // The curve's middle (t = ½ of the cubic Bézier).
  const middle = {
    x: (curve.start.x + 3 * curve.control1.x + 3 * curve.control2.x + curve.end.x) / 8,
    y: (curve.start.y + 3 * curve.control1.y + 3 * curve.control2.y + curve.end.y) / 8,
  };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`link-edge link-edge--${data.shape}${data.flagged ? ' is-flagged' : ''}`}
        markerEnd={`url(#oc-arrow-${style.arrow})`}
        interactionWidth={18}
        style={{
          stroke: style.colour,
          strokeWidth: selected ? style.width + 1.6 : style.width,
          strokeDasharray: style.dash ?? undefined,
        }}
      />
      <LinkComments id={id} x={middle.x} y={middle.y} />
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
