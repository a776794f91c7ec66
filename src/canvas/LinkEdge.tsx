import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { BOX_WIDTH } from '../domain/lanes';
import { linkCurve, type Frame } from '../export/linkGeometry';
import { LINK_STYLES } from '../export/theme';
import type { LinkFlowEdge } from './flowElements';

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
  return (
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
  );
}

export const LinkEdge = memo(LinkEdgeView);
