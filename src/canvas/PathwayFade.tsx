import { memo } from 'react';
import { usePathway } from '../store/usePathway';

/** How far a box or link off the pathway fades: still legible, plainly in the background. */
export const FADED_OPACITY = 0.22;
/** A faded link's colour: pale grey on the pale lanes. */
export const FADED_LINK = '#d3d7dc';

/** `selector` for everything but the given ids: `:not([data-id="a"],[data-id="b"])`. */
function allBut(selector: string, ids: ReadonlySet<string>): string {
  if (!ids.size) return selector;
  let list = '';
  for (const id of ids) list += `${list ? ',' : ''}[data-id="${CSS.escape(id)}"]`;
  return `${selector}:not(${list})`;
}

/**
 * Fades everything off the pathway shown. One style sheet, not a field on every node: showing or
 * clearing a pathway then rebuilds no React Flow node or edge, and typing while one is shown costs
 * only this sheet's text, which is the same string (so React leaves the DOM alone) until a box
 * joins or leaves the pathway.
 */
function PathwayFadeView() {
  const pathway = usePathway();
  if (!pathway) return null;
  // No transition: React listens for transition events at its root, and 3,000 elements each sending
  // three of them cost more than the fade. Links fade by their colour and drop their arrowhead, not
  // by group opacity, which would paint each link as a layer of its own; `!important` because a
  // link's colour is on its own style attribute.
  return (
    <style data-testid="pathway-fade">
      {`${allBut('.canvas .react-flow__node-box', pathway.boxIds)}{opacity:${FADED_OPACITY}}` +
        `${allBut('.canvas .react-flow__edge', pathway.linkIds)} .react-flow__edge-path{stroke:${FADED_LINK} !important;marker-end:none}`}
    </style>
  );
}

export const PathwayFade = memo(PathwayFadeView);
