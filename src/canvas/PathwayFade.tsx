import { ViewportPortal } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { usePathway } from '../store/usePathway';

/** How much of what lies under the veil still shows: legible, plainly in the background. */
export const FADED_SHOWS = 0.22;

/** Above every box and link React Flow stacks (a selected box is raised to 1,000), below the pathway's. */
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

function idList(ids: ReadonlySet<string>): string {
  let list = '';
  for (const id of ids) list += `${list ? ',' : ''}[data-id="${CSS.escape(id)}"]`;
  return list;
}

/**
 * Fades everything off the pathway shown by laying one pale veil over the whole drawing and raising
 * the pathway's boxes and links above it. Fading each of a thousand boxes and two thousand links
 * instead made Chromium paint the whole canvas again (about 300 ms at 1,000 boxes with software
 * drawing, as the bench runs it); the veil is a layer of its own, so only the pathway is painted.
 * It is one style sheet and one element, not a field on every node: showing or clearing a pathway
 * rebuilds no React Flow node or edge, and typing while one is shown changes this sheet's text only
 * when a box joins or leaves the pathway (React leaves the DOM alone while the string is the same).
 */
function PathwayFadeView() {
  const pathway = usePathway();
  if (!pathway) return null;
  const boxes = idList(pathway.boxIds);
  const links = idList(pathway.linkIds);
  // `!important`: React Flow writes each box's and link's stacking order on its own style attribute.
  const raised =
    (boxes ? `.canvas .react-flow__node-box:is(${boxes}){z-index:${PATHWAY_Z} !important}` : '') +
    (links ? `.canvas .react-flow__edges>svg:has(>.react-flow__edge:is(${links})){z-index:${PATHWAY_Z} !important}` : '');
  return (
    <>
      <style data-testid="pathway-fade">{raised}</style>
      <ViewportPortal>
        <div className="pathway-veil" data-testid="pathway-veil" style={VEIL_STYLE} />
      </ViewportPortal>
    </>
  );
}

export const PathwayFade = memo(PathwayFadeView);
