/**
 * The cells of a measure's grid of figures. A figure cell keeps what is typed while it is not yet a
 * number ("1." on the way to "1.5") and stores each reading that is one; what is not a number is
 * refused in words naming the cell, and the cell shows the stored figure again once left.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { removePeriodFrom, setFigure } from '../../actions/measureCommands';
import type { ValuePatch } from '../../domain/measureEdits';
import { readFigure } from '../../domain/measureEdits';
import { FIGURE_COLUMN_WORDS, MAX_NOTE_LENGTH, type FigureColumn } from '../../domain/measurePaste';
import { VALUE_STATUSES, type MeasuredValue, type ValueStatus } from '../../domain/model';
import { useEditorStore } from '../../store/EditorContext';
import { VALUE_STATUS_WORDS } from '../../domain/measureWords';

/** Where a cell sits, for moving between cells and for pasting from it. */
export interface CellPlace {
  readonly period: string;
  readonly column: FigureColumn;
  readonly row: number;
  /** Its accessible name: "Actual for 2025/26, indicator 1". */
  readonly name: string;
}

export function cellName(column: FigureColumn, period: string, indicatorNumber: number): string {
  return `${FIGURE_COLUMN_WORDS[column]} for ${period}, indicator ${indicatorNumber}`;
}

function cellAttributes(place: CellPlace) {
  return { 'aria-label': place.name, 'data-row': place.row, 'data-column': place.column, 'data-period': place.period };
}

export function FigureCell({ place, value, problemId, onFigure, onProblem }: {
  place: CellPlace;
  value: number | undefined;
  problemId: string;
  onFigure: (value: number | null) => void;
  onProblem: (message: string | null) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const stored = useRef(value);
  // A figure changed from elsewhere (undo, a partner, a paste) replaces a draft that reads otherwise.
  useEffect(() => {
    if (stored.current === value) return;
    stored.current = value;
    setDraft((current) => {
      const reading = current === null ? undefined : readFigure(current);
      return reading?.ok && reading.value !== value ? null : current;
    });
  }, [value]);
  const invalid = draft !== null && !readFigure(draft).ok;
  return (
    <input
      {...cellAttributes(place)}
      className="figure-cell"
      inputMode="decimal"
      autoComplete="off"
      value={draft ?? (value === undefined ? '' : String(value))}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? problemId : undefined}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const figure = readFigure(text);
        if (!figure.ok) {
          onProblem(`${place.period}, ${FIGURE_COLUMN_WORDS[place.column]}: “${text.trim()}” is not a number`);
          return;
        }
        onProblem(null);
        stored.current = figure.value;
        onFigure(figure.value ?? null);
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

export function StatusCell({ place, value, onStatus }: { place: CellPlace; value: ValueStatus | undefined; onStatus: (status: ValueStatus | '') => void }) {
  return (
    <select
      {...cellAttributes(place)}
      className="figure-cell"
      value={value ?? ''}
      onChange={(event) => onStatus(VALUE_STATUSES.find((status) => status === event.target.value) ?? '')}
    >
      <option value="">—</option>
      {VALUE_STATUSES.map((status) => (
        <option key={status} value={status}>
          {VALUE_STATUS_WORDS[status]}
        </option>
      ))}
    </select>
  );
}

export function NoteCell({ place, value, onNote }: { place: CellPlace; value: string | undefined; onNote: (note: string) => void }) {
  return <input {...cellAttributes(place)} className="figure-cell figure-cell--note" value={value ?? ''} maxLength={MAX_NOTE_LENGTH} onChange={(event) => onNote(event.target.value)} />;
}

/** One period's row of the grid; drawn again only when its own figures change, not for a keystroke in another row. */
export const FigureRow = memo(function FigureRow({ boxId, indicatorId, number, value, row, problemId, onProblem }: {
  boxId: string;
  indicatorId: string;
  number: number;
  value: MeasuredValue;
  row: number;
  problemId: string;
  onProblem: (message: string | null) => void;
}) {
  const store = useEditorStore();
  const { period } = value;
  const setPatch = (patch: ValuePatch) => setFigure(store, boxId, indicatorId, period, patch);
  const place = (column: FigureColumn): CellPlace => ({ column, period, row, name: cellName(column, period, number) });
  return (
    <tr>
      <th scope="row">{period}</th>
      <td>
        <FigureCell place={place('actual')} value={value.actual} problemId={problemId} onFigure={(actual) => setPatch({ actual })} onProblem={onProblem} />
      </td>
      <td>
        <FigureCell place={place('target')} value={value.target} problemId={problemId} onFigure={(target) => setPatch({ target })} onProblem={onProblem} />
      </td>
      <td>
        <StatusCell place={place('status')} value={value.status} onStatus={(status) => setPatch({ status })} />
      </td>
      <td>
        <NoteCell place={place('note')} value={value.note} onNote={(note) => setPatch({ note })} />
      </td>
      <td>
        <button type="button" className="link-button figures-grid__remove" aria-label={`Remove ${period} from indicator ${number}`} onClick={() => removePeriodFrom(store, boxId, indicatorId, period)}>
          <span aria-hidden="true">×</span>
        </button>
      </td>
    </tr>
  );
});
