import { memo } from 'react';
import { usePathway } from '../store/usePathway';

/** How far a box or link off the pathway fades: still legible, plainly in the background. */
export const FADED_OPACITY = 0.22;

function attributeList(kind: 'node' | 'edge', ids: ReadonlySet<string>): string {
  let selectors = '';
  for (const id of ids) selectors += `${selectors ? ',' : ''}.canvas .react-flow__${kind}[data-id="${CSS.escape(id)}"]`;
  return selectors;
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
  const fade = `.canvas .react-flow__node-box,.canvas .react-flow__edge{opacity:${FADED_OPACITY};transition:opacity 120ms}`;
  const keep = [attributeList('node', pathway.boxIds), attributeList('edge', pathway.linkIds)].filter(Boolean).join(',');
  return <style data-testid="pathway-fade">{`${fade}${keep ? `${keep}{opacity:1}` : ''}`}</style>;
}

export const PathwayFade = memo(PathwayFadeView);
