/**
 * The preview of a performance table's figures going into the open model (issue 22): what was
 * found, each row matched to an indicator by its text or given a box (an existing one, or a new box
 * on a level) or left out, what will be added and what changes, and every note. Nothing changes
 * until Import, which applies the whole import as one step, so one Undo takes it back.
 */
import { useId, useMemo, useState, type RefObject } from 'react';
import { FailedStage, ReadingStage } from './ImportStages';
import { LEVELS, type LevelId } from '../../domain/levels';
import type { Model } from '../../domain/model';
import { newId } from '../../domain/ids';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { planPerformanceImport, type RowChoice } from '../../spreadsheet/performanceImport';
import { readPerformanceTable, type PerformanceTable } from '../../spreadsheet/performanceTable';
import type { TableSource } from '../../spreadsheet/table';
import { plural } from '../format';
import { useModalDialog } from '../useModalDialog';
import './import.css';

export type FiguresStage =
  | { readonly kind: 'closed' }
  | { readonly kind: 'reading'; readonly name: string; readonly step: string }
  | { readonly kind: 'failed'; readonly name: string; readonly error: string }
  | { readonly kind: 'preview'; readonly source: TableSource };

const LEAVE_OUT = 'leave-out';

function choiceValue(choice: RowChoice | undefined): string {
  if (!choice || choice.kind === 'leave-out') return LEAVE_OUT;
  return choice.kind === 'box' ? `box:${choice.boxId}` : `level:${choice.level}`;
}

function choiceOf(value: string): RowChoice {
  if (value.startsWith('box:')) return { kind: 'box', boxId: value.slice(4) };
  if (value.startsWith('level:')) return { kind: 'new-box', level: value.slice(6) as LevelId };
  return { kind: LEAVE_OUT };
}

function foundWords(table: PerformanceTable, source: TableSource): string {
  const where = source.sheets.length > 1 ? `sheet “${table.sheet}”, ` : '';
  const periods = table.periods.length === 1 ? `one ${table.frequency} period, ${table.periods[0]}` : `${table.periods.length} ${table.frequency} periods, ${table.periods[0]} to ${table.periods[table.periods.length - 1]}`;
  const matched = table.rows.filter((row) => row.match).length;
  return `A performance table: ${where}headings in row ${table.headerRow + 1}, ${periods}; ${plural(table.rows.length, 'measure')}, ${matched} of them matched to this model’s indicators by their text.`;
}

function Preview({ source, model, titleId, onClose }: { source: TableSource; model: Model; titleId: string; onClose: () => void }) {
  const store = useEditorStore();
  // Read once, against the model as it was when the file was chosen: the matches stay put while the user decides.
  const [reading] = useState(() => readPerformanceTable(source, model));
  const [choices, setChoices] = useState<ReadonlyMap<number, RowChoice>>(new Map());
  const plan = useMemo(() => {
    if (!reading.ok) return null;
    let made = 0;
    return planPerformanceImport(model, reading.table, choices, (prefix) => `${prefix}-preview-${++made}`);
  }, [reading, model, choices]);
  const notesId = useId();

  if (!reading.ok || !plan) {
    return <FailedStage titleId={titleId} title={`Import figures from “${source.name}”`} error={reading.ok ? '' : reading.error} onClose={onClose} />;
  }
  const { table } = reading;
  const boxesByLevel = LEVELS.map((level) => ({ level, boxes: model.boxes.filter((box) => box.level === level.id) })).filter(({ boxes }) => boxes.length);
  const { counts } = plan;
  const nothing = counts.added === 0 && counts.changed === 0 && counts.newIndicators === 0;
  const doImport = () => {
    // Planned again on the model as it is now (a partner may have edited meanwhile), and applied as one step.
    store.getState().sealStep();
    store.getState().apply((current) => planPerformanceImport(current, table, choices, newId).model);
    store.getState().sealStep();
    onClose();
  };
  return (
    <>
      <h2 id={titleId} className="import__title">
        Import figures from “{source.name}”
      </h2>
      <section className="import__section" aria-label="What was found">
        <h3>What was found</h3>
        <p>{foundWords(table, source)}</p>
      </section>
      <section className="import__section" aria-label="Measures">
        <h3>Measures</h3>
        <div className="import__rows">
          <table className="import__figures">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Measure</th>
                <th scope="col">Goes to</th>
                <th scope="col">What will happen</th>
              </tr>
            </thead>
            <tbody>
              {plan.outcomes.map((outcome) => {
                const { row } = outcome;
                const box = row.match && model.boxes.find((candidate) => candidate.id === row.match!.boxId);
                const indicator = row.match && box?.indicators?.find((candidate) => candidate.id === row.match!.indicatorId);
                return (
                  <tr key={row.row}>
                    <td>{row.row + 1}</td>
                    <th scope="row">{row.name}</th>
                    <td>
                      {indicator && box ? (
                        `Matched: “${indicator.text}” of “${box.label.trim() || 'Untitled box'}”`
                      ) : (
                        <select aria-label={`Where “${row.name}” goes`} value={choiceValue(choices.get(row.row))} onChange={(event) => setChoices((current) => new Map(current).set(row.row, choiceOf(event.target.value)))}>
                          <option value={LEAVE_OUT}>Leave out</option>
                          {boxesByLevel.map(({ level, boxes }) => (
                            <optgroup key={level.id} label={`A box of ${level.name}`}>
                              {boxes.map((candidate) => (
                                <option key={candidate.id} value={`box:${candidate.id}`}>
                                  {candidate.label.trim() || 'Untitled box'}
                                </option>
                              ))}
                            </optgroup>
                          ))}
                          <optgroup label="A new box">
                            {LEVELS.map((level) => (
                              <option key={level.id} value={`level:${level.id}`}>
                                New box on {level.name}
                              </option>
                            ))}
                          </optgroup>
                        </select>
                      )}
                    </td>
                    <td>{outcome.summary}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section className="import__section" aria-label="What will change">
        <h3>What will change</h3>
        <p data-testid="figures-counts">
          {nothing
            ? 'Nothing: every figure is already in the model, or every row is left out.'
            : `${plural(counts.added, 'period')} added and ${plural(counts.changed, 'figure')} changed, in ${plural(counts.measures, 'measure')}` +
              (counts.newIndicators ? `; ${plural(counts.newIndicators, 'new indicator')}` : '') +
              (counts.newBoxes ? `, ${plural(counts.newBoxes, 'new box', 'new boxes')}` : '') +
              '. Nothing changes until you choose Import; Undo takes the whole import back.'}
        </p>
      </section>
      {table.problems.length ? (
        <section className="import__section" aria-labelledby={notesId}>
          <h3 id={notesId}>Notes</h3>
          <ul className="import__problems">
            {table.problems.map((problem, index) => (
              <li key={index}>{problem.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="import__actions">
        <button type="button" className="button--primary" disabled={nothing} onClick={doImport}>
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** Loaded when first needed (React.lazy), so none of it is in the initial bundle. */
export default function PerformanceImportDialog({ stage, onClose, returnFocusTo }: { stage: FiguresStage; onClose: () => void; returnFocusTo?: RefObject<HTMLElement | null> }) {
  const dialogProps = useModalDialog(stage.kind !== 'closed', onClose, returnFocusTo);
  const titleId = useId();
  const model = useEditor(currentModel);
  return (
    <dialog {...dialogProps} className="dialog import" aria-labelledby={titleId}>
      {stage.kind === 'reading' ? (
        <ReadingStage titleId={titleId} title={`Import figures from “${stage.name}”`} step={stage.step} onClose={onClose} />
      ) : stage.kind === 'failed' ? (
        <FailedStage titleId={titleId} title={`Import figures from “${stage.name}”`} error={stage.error} onClose={onClose} />
      ) : stage.kind === 'preview' && model ? (
        <Preview source={stage.source} model={model} titleId={titleId} onClose={onClose} />
      ) : null}
    </dialog>
  );
}
