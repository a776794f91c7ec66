/**
 * A measure's figures, period by period, keyboard first (PRODUCT.md §17): the next period is
 * proposed and added with Enter; Tab moves across a row and Enter down a column, as in a
 * spreadsheet; a block pasted from a spreadsheet fills down and across from the focused cell,
 * or is refused whole in words naming the cell that is not a figure.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import { addPeriodTo, pasteFigures } from '../../actions/measureCommands';
import { isoDateOf } from '../../domain/isoDate';
import { FIGURE_COLUMNS, FIGURE_COLUMN_WORDS, isManyCells, readPaste } from '../../domain/measurePaste';
import type { Indicator } from '../../domain/model';
import { proposeNextPeriod } from '../../domain/periods';
import { valuesInOrder } from '../../domain/trend';
import { useEditorStore } from '../../store/EditorContext';
import { plural } from '../format';
import { FigureRow } from './FigureCells';

/** The grid's own message: a refusal (said at once) or what a paste did. */
type GridMessage = { readonly kind: 'problem' | 'done'; readonly text: string } | null;

/** The cell at a row and column of this grid, or undefined past its edge. */
function cellAt(grid: HTMLElement | null, row: number, column: string): HTMLElement | null {
  return grid?.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`) ?? null;
}

function focusCell(cell: HTMLElement): void {
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
}

export function FiguresGrid({ boxId, indicator, number }: { boxId: string; indicator: Indicator; number: number }) {
  const store = useEditorStore();
  const problemId = useId();
  const grid = useRef<HTMLTableElement>(null);
  const addField = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<GridMessage>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [focusPeriod, setFocusPeriod] = useState<string | null>(null);
  const values = valuesInOrder(indicator);
  const periods = useMemo(() => values.map((value) => value.period), [values]);
  const proposed = useMemo(() => proposeNextPeriod(periods, indicator.frequency, isoDateOf(new Date())), [periods, indicator.frequency]);

  // A period just added: its first cell takes focus once it is drawn.
  useEffect(() => {
    if (!focusPeriod) return;
    const row = periods.indexOf(focusPeriod);
    setFocusPeriod(null);
    const cell = cellAt(grid.current, row, 'actual');
    if (cell) focusCell(cell);
  }, [focusPeriod, periods]);

  const problem = useCallback((text: string | null) => setMessage(text ? { kind: 'problem', text } : null), []);

  const add = (event: FormEvent) => {
    event.preventDefault();
    // An emptied field adds the proposed period, as the untouched one does.
    const added = addPeriodTo(store, boxId, indicator.id, written?.trim() ? written : proposed);
    if ('problem' in added) {
      problem(added.problem);
      return;
    }
    setMessage(null);
    setWritten(null);
    setFocusPeriod(added.period);
  };

  // Enter moves down a column (Shift+Enter up); from the last row, to the next period to add.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const column = target.dataset.column;
    if (event.key !== 'Enter' || !column || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const row = Number(target.dataset.row) + (event.shiftKey ? -1 : 1);
    const next = cellAt(grid.current, row, column);
    if (next) focusCell(next);
    else if (!event.shiftKey) {
      addField.current?.focus();
      addField.current?.select();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const { period } = target.dataset;
    const column = FIGURE_COLUMNS.find((name) => name === target.dataset.column);
    const text = event.clipboardData.getData('text/plain');
    if (!period || !column || !isManyCells(text)) return;
    event.preventDefault();
    const reading = readPaste(indicator, period, column, text);
    if (!reading.ok) {
      problem(`${reading.message}. Nothing was pasted.`);
      return;
    }
    pasteFigures(store, boxId, indicator.id, reading.entries);
    const first = reading.entries[0]?.period;
    const last = reading.entries[reading.entries.length - 1]?.period;
    setMessage({ kind: 'done', text: `Pasted into ${plural(reading.entries.length, 'period', 'periods')}, ${first}${last !== first ? ` to ${last}` : ''}.` });
  };

  return (
    <div className="figures">
      {values.length ? (
        <div className="figures__scroll">
          <table className="figures-grid" ref={grid} aria-label={`Figures of indicator ${number}`} onKeyDown={onKeyDown} onPaste={onPaste}>
            <thead>
              <tr>
                <th scope="col">Period</th>
                {FIGURE_COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {FIGURE_COLUMN_WORDS[column]}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.map((value, row) => (
                <FigureRow key={value.period} boxId={boxId} indicatorId={indicator.id} number={number} value={value} row={row} problemId={problemId} onProblem={problem} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {message ? (
        <p id={problemId} className={`figures__message figures__message--${message.kind}`} role={message.kind === 'problem' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <form className="inline-form figures__add" onSubmit={add}>
        <label className="field">
          <span>Period to add</span>
          <input
            ref={addField}
            aria-label={`Period to add to indicator ${number}`}
            value={written ?? proposed}
            maxLength={40}
            autoComplete="off"
            onChange={(event) => setWritten(event.target.value)}
          />
        </label>
        <button type="submit" aria-label={`Add period to indicator ${number}`}>
          Add period
        </button>
      </form>
    </div>
  );
}
