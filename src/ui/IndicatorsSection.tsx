import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { addIndicatorTo, deleteIndicator, editIndicator, moveIndicatorBy } from '../actions/progressCommands';
import type { Box, Indicator } from '../domain/model';
import { useEditorStore } from '../store/EditorContext';
import './progress.css';
import { LoadProblemBoundary } from './LoadProblemBoundary';

/** A measure's fields, grid and chart: loaded with the first indicator shown, outside the page's first JavaScript. */
const MeasureSection = lazy(() => import('./measures/MeasureSection').then((module) => ({ default: module.MeasureSection })));

/** How buttons and fields name an indicator: its text, or its place when it has none. */
function indicatorName(indicator: Indicator, index: number): string {
  return indicator.text.trim() || `indicator ${index + 1}`;
}

/** After a move or a delete, where keyboard focus should land once React has drawn the list. */
type FocusAfter = { id: string; button: 'up' | 'down' } | 'new-indicator';

function IndicatorRow({ box, indicator, index, count, onMoved, onDeleted }: {
  box: Box;
  indicator: Indicator;
  index: number;
  count: number;
  onMoved: (id: string, step: -1 | 1) => void;
  onDeleted: () => void;
}) {
  const store = useEditorStore();
  const name = indicatorName(indicator, index);
  const number = index + 1;
  const field = (key: 'source' | 'baseline' | 'target', label: string) => (
    <label className="field indicator__field">
      <span>{label}</span>
      <input aria-label={`${label} of indicator ${number}`} value={indicator[key] ?? ''} maxLength={300} onChange={(event) => editIndicator(store, box.id, indicator.id, { [key]: event.target.value })} />
    </label>
  );
  return (
    <li className="indicator" data-indicator-id={indicator.id}>
      <label className="field">
        <span>Indicator {number}</span>
        <textarea value={indicator.text} rows={2} maxLength={300} onChange={(event) => editIndicator(store, box.id, indicator.id, { text: event.target.value })} />
      </label>
      <div className="indicator__fields">
        {field('source', 'Source')}
        {field('baseline', 'Baseline')}
        {field('target', 'Target')}
        <label className="field indicator__field">
          <span>Due</span>
          <input type="date" aria-label={`Due date of indicator ${number}`} value={indicator.due ?? ''} onChange={(event) => editIndicator(store, box.id, indicator.id, { due: event.target.value })} />
        </label>
      </div>
      <LoadProblemBoundary what="The measure's figures">
        <Suspense fallback={null}>
          <MeasureSection boxId={box.id} indicator={indicator} number={number} />
        </Suspense>
      </LoadProblemBoundary>
      <div className="indicator__actions">
        <button type="button" data-move="up" disabled={index === 0} aria-label={`Move indicator “${name}” up`} onClick={() => onMoved(indicator.id, -1)}>
          Up
        </button>
        <button type="button" data-move="down" disabled={index === count - 1} aria-label={`Move indicator “${name}” down`} onClick={() => onMoved(indicator.id, 1)}>
          Down
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Delete indicator “${name}”`}
          onClick={() => {
            deleteIndicator(store, box.id, indicator.id);
            onDeleted();
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** What will be measured to know the box happened: add, edit, reorder and delete its indicators. */
export function IndicatorsSection({ box }: { box: Box }) {
  const store = useEditorStore();
  const [text, setText] = useState('');
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const newField = useRef<HTMLInputElement>(null);
  const indicators = box.indicators ?? [];

  // A moved row is drawn anew: put focus back on its button (the other one once it reaches an end).
  useEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(null);
    if (focusAfter === 'new-indicator') {
      newField.current?.focus();
      return;
    }
    const row = list.current?.querySelector(`[data-indicator-id="${CSS.escape(focusAfter.id)}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${focusAfter.button}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${focusAfter.button === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusAfter, box]);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (addIndicatorTo(store, box.id, text)) setText('');
    newField.current?.focus();
  };

  return (
    <section className="panel__section progress-section" aria-labelledby="indicators-heading">
      <h3 id="indicators-heading">
        Indicators <span className="muted">({indicators.length})</span>
      </h3>
      <p className="hint">What will be measured to know this has happened.</p>
      {indicators.length ? (
        <ul className="indicator-list" ref={list}>
          {indicators.map((indicator, index) => (
            <IndicatorRow
              key={indicator.id}
              box={box}
              indicator={indicator}
              index={index}
              count={indicators.length}
              onMoved={(id, step) => {
                moveIndicatorBy(store, box.id, id, step);
                setFocusAfter({ id, button: step < 0 ? 'up' : 'down' });
              }}
              onDeleted={() => setFocusAfter('new-indicator')}
            />
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={add}>
        <label className="field">
          New indicator
          <input id="new-indicator-text" ref={newField} value={text} maxLength={300} placeholder="What will you measure?" onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit">Add indicator</button>
      </form>
    </section>
  );
}
