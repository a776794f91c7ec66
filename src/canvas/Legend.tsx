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

/** An arrowhead's 10 × 10 outline with its tip at the sample line's end, at the markers' size (9 px for 12 units). */
const LEGEND_ARROW_PLACE = 'translate(32 6) scale(0.75) translate(-10 -5)';

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
                <line x1="2" y1="6" x2="32" y2="6" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash ?? undefined} />
                {/* Drawn in place, as the markers draw it on links, so that an image of the legend alone has its arrowheads too. */}
                <path
                  d={ARROWHEAD_OUTLINES[style.arrow].path}
                  transform={LEGEND_ARROW_PLACE}
                  fill={ARROWHEAD_OUTLINES[style.arrow].filled ? style.colour : '#ffffff'}
                  stroke={style.colour}
                  strokeWidth="1.4"
                />
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
