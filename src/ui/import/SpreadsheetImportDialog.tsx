/**
 * The spreadsheet import's dialog (PRODUCT.md §14): progress while the file is read off the main
 * thread, then the preview — what was recognised, the column → level mapping to change, what will
 * be made, the first rows, and every problem by sheet, row and column. Nothing is made until
 * "Import", which adds a new model and opens it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import { goTo, modelHref } from '../../app/route';
import { LEVELS, type LevelId } from '../../domain/levels';
import { guessedMapping, type LevelMapping } from '../../spreadsheet/levelChoices';
import { planImport, suggestedTitle, type ImportCounts } from '../../spreadsheet/planImport';
import { recognise, type Recognition } from '../../spreadsheet/recognise';
import type { TableSource } from '../../spreadsheet/table';
import { plural } from '../format';
import { useModalDialog } from '../useModalDialog';
import './import.css';
import { FailedStage, ReadingStage } from './ImportStages';

export type ImportStage =
  | { readonly kind: 'closed' }
  | { readonly kind: 'reading'; readonly name: string; readonly step: string }
  | { readonly kind: 'failed'; readonly name: string; readonly error: string }
  | { readonly kind: 'preview'; readonly source: TableSource; readonly started: number };

function countsText(counts: ImportCounts): string {
  const parts = [plural(counts.boxes, 'box', 'boxes'), plural(counts.links, 'link')];
  if (counts.conditions) parts.push(plural(counts.conditions, 'assumption or risk', 'assumptions and risks'));
  if (counts.indicators) parts.push(plural(counts.indicators, 'indicator'));
  if (counts.values) parts.push(plural(counts.values, 'period of figures', 'periods of figures'));
  if (counts.evidence) parts.push(plural(counts.evidence, 'evidence entry', 'evidence entries'));
  return parts.join(', ');
}

const LEAVE_OUT = '';

function Preview({ source, started, titleId, onClose }: { source: TableSource; started: number; titleId: string; onClose: () => void }) {
  const recognition: Recognition = useMemo(() => recognise(source), [source]);
  const repository = useRepository();
  const choices = recognition.layout === 'kumu' || recognition.layout === 'table' ? recognition.choices : [];
  const [mapping, setMapping] = useState<LevelMapping>(() => guessedMapping(choices));
  const [linkRows, setLinkRows] = useState(false);
  const [title, setTitle] = useState('');
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);
  // Planned without the typed title, so that typing it does not read the whole sheet again at each key.
  const plan = useMemo(() => planImport(source, recognition, { title: '', mapping, linkRows }), [source, recognition, mapping, linkRows]);
  const placeholder = plan.model?.title ?? suggestedTitle(source);
  const problemsId = useId();

  useEffect(() => {
    // Read by the bench: from the file's arrival to the preview on screen.
    performance.measure('spreadsheet:read-to-preview', { start: started, end: performance.now() });
  }, [started]);

  const doImport = async () => {
    if (!plan.model) return;
    setImporting(true);
    setImportError(null);
    try {
      const model = await repository.create(title.trim() ? { ...plan.model, title: title.trim() } : plan.model);
      onClose();
      goTo(modelHref(model.id));
    } catch (error) {
      setImportError(`The model could not be saved: ${error instanceof Error ? error.message : String(error)}. Nothing was added.`);
      setImporting(false);
    }
  };

  const blocking = plan.problems.filter((problem) => problem.blocking);
  return (
    <>
      <h2 id={titleId} className="import__title">
        Import “{source.name}”
      </h2>
      <section className="import__section" aria-label="What was recognised">
        <h3>What was recognised</h3>
        <p>{recognition.summary}</p>
      </section>
      <label className="import__field">
        Title of the new model
        <input value={title} placeholder={placeholder} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
      </label>
      {choices.length ? (
        <fieldset className="import__mapping">
          <legend>{recognition.layout === 'kumu' ? 'Types and levels' : 'Columns and levels'}</legend>
          {choices.map((choice) => (
            <label key={choice.key} className="import__choice">
              <span>{choice.label}</span>
              <select
                value={mapping[choice.key] ?? LEAVE_OUT}
                onChange={(event) => setMapping((current) => ({ ...current, [choice.key]: (event.target.value || null) as LevelId | null }))}
              >
                <option value={LEAVE_OUT}>Leave out</option>
                {LEVELS.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      {recognition.layout === 'table' ? (
        <label className="import__check">
          <input type="checkbox" checked={linkRows} onChange={(event) => setLinkRows(event.target.checked)} />
          Link each row’s boxes left to right (for a table whose rows are chains)
        </label>
      ) : null}
      <section className="import__section" aria-label="What will be made">
        <h3>What will be made</h3>
        <p data-testid="import-counts">{plan.model ? `A new model with ${countsText(plan.counts)}.` : 'Nothing yet: see the problems below.'}</p>
      </section>
      {plan.preview.rows.length ? (
        <section className="import__section" aria-label="First rows">
          <h3>First rows{source.sheets.length > 1 ? ` of “${plan.preview.sheet}”` : ''}</h3>
          <div className="import__rows">
            <table>
              <tbody>
                {plan.preview.rows.map((row, index) => (
                  <tr key={index}>
                    <th scope="row">{index + 1}</th>
                    {row.map((cell, column) => (
                      <td key={column}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {plan.problems.length ? (
        <section className="import__section" aria-labelledby={problemsId}>
          <h3 id={problemsId}>{blocking.length ? 'Problems' : 'Notes'}</h3>
          <ul className="import__problems">
            {plan.problems.map((problem, index) => (
              <li key={index} className={problem.blocking ? 'import__problem--blocking' : undefined}>
                {problem.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {importError ? (
        <p role="alert" className="error-message">
          {importError}
        </p>
      ) : null}
      <div className="import__actions">
        <button type="button" className="button--primary" disabled={!plan.model || importing} onClick={() => void doImport()}>
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** Loaded when first needed (React.lazy), so none of the import's code is in the initial bundle. */
export default function SpreadsheetImportDialog({ stage, onClose }: { stage: ImportStage; onClose: () => void }) {
  const open = stage.kind !== 'closed';
  const dialogProps = useModalDialog(open, onClose);
  const titleId = useId();
  return (
    <dialog {...dialogProps} className="dialog import" aria-labelledby={titleId}>
      {stage.kind === 'reading' ? (
        <ReadingStage titleId={titleId} title={`Import “${stage.name}”`} step={stage.step} onClose={onClose} />
      ) : stage.kind === 'failed' ? (
        <FailedStage titleId={titleId} title={`Import “${stage.name}”`} error={stage.error} onClose={onClose} />
      ) : stage.kind === 'preview' ? (
        <Preview key={stage.started} source={stage.source} started={stage.started} titleId={titleId} onClose={onClose} />
      ) : null}
    </dialog>
  );
}
