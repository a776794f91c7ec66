import { LevelOptions } from './LevelOptions';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCanvasFlags } from '../canvas/useCanvasFlags';
import { isLevelId, levelName } from '../domain/levels';
import { PROGRESS_VALUES, type Model } from '../domain/model';
import { CONFIDENCE_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { ukLongDate } from '../domain/isoDate';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { plural } from './format';
import { filterRows, NO_FILTERS, NO_OWNER, ownersOf, progressRows, sortRows, UNRATED, type ProgressFilters, type ProgressRow, type SortKey, type SortOrder } from './progressRows';
import { ProgressShape } from '../canvas/ProgressBadge';
import { ratingHistoryInWords, type RatingHistory } from '../domain/ratingHistory';
import { DirectionShape } from '../canvas/ProgressBadge';
import { useRatingHistories } from './versions/useRatingHistories';
import { ProgressMeasures } from './measures/ProgressMeasures';
import './progress.css';
import { ImportFiguresButton } from './import/ImportFiguresButton';

/** Rows drawn at first; thousands of rows would make every edit slow, so the rest wait for "Show all". */
const LISTED_AT_FIRST = 200;

const COLUMNS: readonly { key: SortKey; title: string; numeric?: boolean }[] = [
  { key: 'label', title: 'Box' },
  { key: 'level', title: 'Level' },
  { key: 'owner', title: 'Owner' },
  { key: 'progress', title: 'Rating' },
  { key: 'confidence', title: 'Confidence' },
  { key: 'indicators', title: 'Indicators', numeric: true },
  { key: 'latestEvidence', title: 'Latest evidence' },
  { key: 'flags', title: 'Flags', numeric: true },
];

/** An empty cell says so to a screen reader, and shows a dash. */
function Nothing({ words }: { words: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}

/** Flag counts per box, from the same grouping as the canvas badges (one analysis per model version). */
function useFlagCounts(model: Model): (boxId: string) => number {
  const { flagsByBox } = useCanvasFlags(model);
  return useCallback((boxId: string) => flagsByBox.get(boxId)?.length ?? 0, [flagsByBox]);
}

/** A box's rating at each saved version and now: a strip of rating shapes, said in words to a screen reader. */
function TravelStrip({ history }: { history: RatingHistory | undefined }) {
  if (!history) return <Nothing words="not rated in any version" />;
  const steps = history.steps.slice(Math.max(history.steps.findIndex((step) => step.inModel), 0));
  return (
    <span className="travel-strip">
      <span aria-hidden="true" className="travel-strip__shapes">
        {steps.map((step, index) => (
          <span key={index} className="travel-strip__step" title={`${step.name}: ${step.rating ? PROGRESS_WORDS[step.rating.progress] : 'not rated'}`}>
            {step.rating ? <ProgressShape progress={step.rating.progress} size={12} /> : <span className="travel-strip__none">·</span>}
            {step.direction && index > 0 ? <DirectionShape direction={step.direction} size={9} colour="#4b5258" /> : null}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{ratingHistoryInWords(history)}</span>
    </span>
  );
}

/** Drawn again only when its own row, selection or history changes: choosing a box redraws two rows, not all. */
const Row = memo(function Row({ row, selected, onChoose, history, showTravel, showMeasures }: { row: ProgressRow; selected: boolean; onChoose: (boxId: string) => void; history: RatingHistory | undefined; showTravel: boolean; showMeasures: boolean }) {
  const cells: ReactNode[] = [
    levelName(row.level),
    row.owner || <Nothing words="no owner" />,
    row.progress ? (
      <>
        <ProgressShape progress={row.progress} size={12} /> {PROGRESS_WORDS[row.progress]}
      </>
    ) : (
      'Unrated'
    ),
    row.confidence ? CONFIDENCE_WORDS[row.confidence] : <Nothing words="none" />,
    row.indicators,
    row.latestEvidence ? ukLongDate(row.latestEvidence) : <Nothing words="none" />,
    row.flags,
  ];
  return (
    <tr className={selected ? 'is-selected' : undefined} data-box-id={row.box.id}>
      <th scope="row">
        <button type="button" className="progress-table__box" onClick={() => onChoose(row.box.id)}>
          {row.box.label.trim() || 'Untitled box'}
        </button>
      </th>
      {cells.map((cell, index) => (
        <td key={COLUMNS[index + 1]!.key} className={COLUMNS[index + 1]!.numeric ? 'number' : undefined}>
          {cell}
        </td>
      ))}
      {showTravel ? (
        <td>
          <TravelStrip history={history} />
        </td>
      ) : null}
      {showMeasures ? (
        <td className="progress-table__measures">
          <ProgressMeasures measures={row.measures} />
        </td>
      ) : null}
    </tr>
  );
});

function Filters({ filters, owners, onChange }: { filters: ProgressFilters; owners: readonly string[]; onChange: (filters: ProgressFilters) => void }) {
  return (
    <div className="progress-filters">
      <label className="field">
        Owner
        <select value={filters.owner} onChange={(event) => onChange({ ...filters, owner: event.target.value })}>
          <option value="">All owners</option>
          {owners.map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
          <option value={NO_OWNER}>No owner</option>
        </select>
      </label>
      <label className="field">
        Level
        <select value={filters.level} onChange={(event) => onChange({ ...filters, level: isLevelId(event.target.value) ? event.target.value : '' })}>
          <option value="">All levels</option>
          <LevelOptions />
        </select>
      </label>
      <label className="field">
        Rating
        <select
          value={filters.rating}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filters, rating: PROGRESS_VALUES.find((progress) => progress === value) ?? (value === UNRATED ? UNRATED : '') });
          }}
        >
          <option value="">All ratings</option>
          {PROGRESS_VALUES.map((progress) => (
            <option key={progress} value={progress}>
              {PROGRESS_WORDS[progress]}
            </option>
          ))}
          <option value={UNRATED}>Unrated</option>
        </select>
      </label>
    </div>
  );
}

function ProgressTable({ model }: { model: Model }) {
  const store = useEditorStore();
  const selectedIds = useEditor(useShallow((state) => state.selection.boxIds));
  const [filters, setFilters] = useState<ProgressFilters>(NO_FILTERS);
  const [order, setOrder] = useState<SortOrder>({ key: 'level', direction: 'ascending' });
  const [showAll, setShowAll] = useState(false);
  const flagCounts = useFlagCounts(model);
  const histories = useRatingHistories(model);
  const showTravel = histories.size > 0;
  const rows = useMemo(() => progressRows(model.boxes, flagCounts), [model, flagCounts]);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  const showMeasures = useMemo(() => rows.some((row) => row.measures.length > 0), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), order), [rows, filters, order]);
  const listed = showAll ? shown : shown.slice(0, LISTED_AT_FIRST);
  const selected = new Set(selectedIds);
  const sortBy = (key: SortKey) => setOrder({ key, direction: order.key === key && order.direction === 'ascending' ? 'descending' : 'ascending' });
  const choose = useCallback(
    (boxId: string) => {
      store.getState().setSelection({ boxIds: [boxId], linkIds: [] });
      store.getState().requestFocus([boxId]);
    },
    [store],
  );
  return (
    <div className="panel__content">
      <h2 className="panel__heading">Progress</h2>
      <p className="hint">Every box’s rating, indicators, latest evidence, flags and measures. Choose a box to select it on the canvas.</p>
      <ImportFiguresButton />
      <Filters filters={filters} owners={owners} onChange={setFilters} />
      <p className="muted" role="status">
        {shown.length === rows.length ? plural(rows.length, 'box', 'boxes') : `${shown.length} of ${plural(rows.length, 'box', 'boxes')}`}
      </p>
      <div className="progress-table-wrap">
        <table className="progress-table" aria-label="Progress of every box">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" aria-sort={order.key === column.key ? order.direction : undefined}>
                  <button type="button" onClick={() => sortBy(column.key)}>
                    {column.title}
                    {order.key === column.key ? <span aria-hidden="true">{order.direction === 'ascending' ? ' ▲' : ' ▼'}</span> : null}
                  </button>
                </th>
              ))}
              {showTravel ? <th scope="col">Direction of travel</th> : null}
              {showMeasures ? <th scope="col">Measures</th> : null}
            </tr>
          </thead>
          <tbody>
            {listed.map((row) => (
              <Row key={row.box.id} row={row} selected={selected.has(row.box.id)} onChoose={choose} history={histories.get(row.box.id)} showTravel={showTravel} showMeasures={showMeasures} />
            ))}
          </tbody>
        </table>
      </div>
      {listed.length < shown.length ? (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {shown.length}
        </button>
      ) : null}
    </div>
  );
}

/** Every box's progress in one table: sorted and filtered by owner, level and rating; a row leads to its box. */
export function ProgressPanel() {
  const model = useEditor(currentModel);
  return model ? <ProgressTable model={model} /> : null;
}
