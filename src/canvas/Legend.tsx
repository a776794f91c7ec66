import { Panel } from '@xyflow/react';
import { LINK_SHAPES } from '../domain/linkShape';
import { PROGRESS_VALUES } from '../domain/model';
import { PROGRESS_WORDS } from '../domain/progress';
import { ARROWHEAD_OUTLINES, CHANGE_STYLES, LINK_STYLES, PROGRESS_STYLES, UNRATED_STYLE } from '../export/theme';
import { CHANGE_MARKS } from '../analysis/changeMarks';
import { ChangeShape } from './ChangeTag';
import { DirectionShape, ProgressShape } from './ProgressBadge';
import { DIRECTIONS, DIRECTION_WORDS } from '../domain/direction';

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

/** What each rating looks like, while progress is shown; and the arrows, once a version is saved. */
function ProgressLegend({ since }: { since: string | null }) {
  return (
    <>
      <h2 className="legend__title" id="legend-progress">
        Progress
      </h2>
      <ul aria-labelledby="legend-progress">
        {PROGRESS_VALUES.map((progress) => (
          <li key={progress}>
            <span className="legend__swatch" style={{ background: PROGRESS_STYLES[progress].fill, borderColor: PROGRESS_STYLES[progress].border }}>
              <ProgressShape progress={progress} size={12} />
            </span>
            <span>
              <strong>{PROGRESS_WORDS[progress]}</strong>: {PROGRESS_STYLES[progress].meaning}
            </span>
          </li>
        ))}
        <li>
          <span className="legend__swatch legend__swatch--unrated" style={{ borderColor: UNRATED_STYLE.border }} />
          <span>
            <strong>{UNRATED_STYLE.word}</strong>: {UNRATED_STYLE.meaning}
          </span>
        </li>
      </ul>
      {since !== null ? (
        <>
          <h2 className="legend__title" id="legend-direction">
            Since “{since}”
          </h2>
          <ul aria-labelledby="legend-direction" className="legend__directions">
            {DIRECTIONS.map((direction) => (
              <li key={direction}>
                <DirectionShape direction={direction} size={12} colour="#1f2328" />
                <span>{DIRECTION_WORDS[direction]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** What a compare view's marks mean. */
function ChangesLegend() {
  return (
    <>
      <h2 className="legend__title" id="legend-changes">
        Changes
      </h2>
      <ul aria-labelledby="legend-changes">
        {CHANGE_MARKS.map((change) => (
          <li key={change}>
            <span className="legend__swatch" style={{ background: CHANGE_STYLES[change].fill, borderColor: CHANGE_STYLES[change].colour, borderStyle: change === 'removed' ? 'dashed' : 'solid' }}>
              <ChangeShape change={change} size={12} />
            </span>
            <span>
              <strong>{CHANGE_STYLES[change].word}</strong>: {CHANGE_STYLES[change].meaning}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What each link style means, always on screen; the ratings while progress is shown; the marks of a compare view. */
export function Legend({ showProgress, showChanges = false, directionSince = null }: { showProgress: boolean; showChanges?: boolean; directionSince?: string | null }) {
  return (
    <Panel position="bottom-left" className="legend">
      {showChanges ? <ChangesLegend /> : null}
      {showProgress ? <ProgressLegend since={directionSince} /> : null}
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
