import { Panel } from '@xyflow/react';
import { LINK_SHAPES } from '../domain/linkShape';
import { ARROWHEAD_OUTLINES, LINK_STYLES } from '../export/theme';

/** Arrowhead markers for every link style, defined once for the whole canvas. */
export function ArrowMarkers() {
  return (
    <svg className="arrow-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {LINK_SHAPES.map((shape) => {
          const style = LINK_STYLES[shape];
          const outline = ARROWHEAD_OUTLINES[style.arrow];
          return (
            <marker key={shape} id={`oc-arrow-${style.arrow}`} viewBox="-1 -1 12 12" refX="10" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
              <path d={outline.path} fill={outline.filled ? style.colour : '#ffffff'} stroke={style.colour} strokeWidth="1.4" />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}

/** What each link style means, always on screen. */
export function Legend() {
  return (
    <Panel position="bottom-left" className="legend">
      <h2 className="legend__title">Links</h2>
      <ul>
        {LINK_SHAPES.map((shape) => {
          const style = LINK_STYLES[shape];
          return (
            <li key={shape}>
              <svg width="44" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="32" y2="6" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash ?? undefined} markerEnd={`url(#oc-arrow-${style.arrow})`} />
              </svg>
              <span>
                <strong>{style.label}</strong>: {style.description}
              </span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
