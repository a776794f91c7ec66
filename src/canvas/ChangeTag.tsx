import type { ChangeMark } from '../analysis/changeMarks';
import { CHANGE_STYLES } from '../export/theme';

/** A change's shape, the same path the exports draw. */
export function ChangeShape({ change, size }: { change: ChangeMark; size: number }) {
  const style = CHANGE_STYLES[change];
  return (
    <svg className="change-shape" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <path d={style.shape} fill={style.colour} />
      <path d={style.mark} fill="none" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** The pill on a box's bottom edge in a compare view: "New", "Changed" or "Removed", with its shape. */
export function ChangeTag({ change }: { change: ChangeMark }) {
  const style = CHANGE_STYLES[change];
  return (
    <span className={`change-tag change-tag--${change}`} style={{ color: style.colour, borderColor: style.colour, background: style.fill }} aria-hidden="true">
      <ChangeShape change={change} size={12} />
      {style.word}
    </span>
  );
}
