import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRepository } from '../app/RepositoryContext';
import { goTo, modelHref } from '../app/route';
import type { ModelSummary } from '../storage/repository';
import { formatDateTime, plural } from './format';
import { importModelFile } from './importModelFile';
import { isSpreadsheetFile } from '../import/readSpreadsheetFile';
import { useSpreadsheetImport } from './import/useSpreadsheetImport';
import { DuplicateButton } from './DuplicateButton';
import { NewModelChooser } from './NewModelChooser';
import { useModelList } from './useModelList';
import { PlansSection } from './plans/PlansSection';
import './share.css';

function RenameForm({ model, onDone }: { model: ModelSummary; onDone: () => void }) {
  const repository = useRepository();
  const [title, setTitle] = useState(model.title);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.select(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed && trimmed !== model.title) await repository.rename(model.id, trimmed);
    onDone();
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <label>
        New title for “{model.title}”
        <input ref={field} value={title} onChange={(event) => setTitle(event.target.value)} onKeyDown={(event) => event.key === 'Escape' && onDone()} maxLength={200} />
      </label>
      <button type="submit">Save title</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

export function HomePage() {
  const repository = useRepository();
  const { live, trash, error } = useModelList(repository);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; undoTrash?: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Outcome Chains — your models';
  }, []);

  const importJson = async (file: File) => {
    setImportError(null);
    const result = await importModelFile(file, repository);
    if (result.ok) goTo(modelHref(result.model.id));
    else setImportError(result.error);
  };
  const spreadsheet = useSpreadsheetImport((file) => void importJson(file));

  const onImport = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    input.value = '';
    if (isSpreadsheetFile(file)) void spreadsheet.openFile(file);
    else await importJson(file);
  };

  const act = async (label: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (failure) {
      setNotice({ text: `${label} did not work: ${failure instanceof Error ? failure.message : String(failure)}` });
    }
  };

  return (
    <main className={spreadsheet.dragging ? 'home home--dropping' : 'home'} {...spreadsheet.dropTarget}>
      <header className="home__header">
        <h1>Outcome Chains</h1>
        <p className="home__intro">
          Draw your partnership’s logic model — inputs, activities, engagement, reactions, learning, practice change and final outcomes — and see
          what it lacks against the evidence on effective partnership working.
        </p>
      </header>

      <NewModelChooser />

      <section className="home__section" aria-labelledby="import-heading">
        <h2 id="import-heading">Open a model someone sent you</h2>
        <label className="button">
          Import a model file or spreadsheet
          <input type="file" accept=".json,application/json,.xlsx,.csv,.zip" className="visually-hidden" onChange={(event) => void onImport(event.target.files?.[0], event.target)} />
        </label>
        <p className="hint">
          A model file (.json), an Excel workbook (.xlsx) or a CSV file; or drop one on this page, or paste a table copied from Word, Excel, LibreOffice
          or Google Sheets. Importing always adds a new model; it never replaces one you have.
        </p>
        {importError ? (
          <p className="error-message" role="alert">
            {importError}
          </p>
        ) : null}
      </section>

      <section className="home__section" aria-labelledby="models-heading">
        <h2 id="models-heading">Your models</h2>
        <p className="hint">Models are kept in this browser on this computer. Export a model to a file to share it or keep a copy.</p>
        <div role="status" className="notice">
          {notice ? (
            <>
              {notice.text}{' '}
              {notice.undoTrash ? (
                <button
                  type="button"
                  onClick={() => {
                    const id = notice.undoTrash as string;
                    setNotice(null);
                    void act('Undo', () => repository.restore(id));
                  }}
                >
                  Undo
                </button>
              ) : null}
            </>
          ) : null}
        </div>
        {error ? <p className="error-message" role="alert">{error}</p> : null}
        {live === null ? (
          <p>Loading your models…</p>
        ) : live.length === 0 ? (
          <p className="empty">No models yet. Start one above, or import a model file.</p>
        ) : (
          <table className="model-list" aria-label="Your models">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Last changed</th>
                <th scope="col">Boxes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {live.map((model) => (
                <tr key={model.id}>
                  <th scope="row">
                    {renaming === model.id ? (
                      <RenameForm model={model} onDone={() => setRenaming(null)} />
                    ) : (
                      <>
                        <a href={modelHref(model.id)}>{model.title || 'Untitled model'}</a>
                        {model.shared ? <span className="model-list__shared">{model.shared.role === 'view' ? 'Shared · View only' : model.shared.role === 'comment' ? 'Shared · Can comment' : 'Shared'}</span> : null}
                      </>
                    )}
                  </th>
                  <td>{formatDateTime(model.updatedAt)}</td>
                  <td>{model.boxCount}</td>
                  <td className="model-list__actions">
                    <button type="button" onClick={() => setRenaming(model.id)} aria-label={`Rename “${model.title}”`}>
                      Rename
                    </button>
                    <DuplicateButton model={model} duplicate={(withComments) => act('Duplicate', () => repository.duplicate(model.id, { withComments }))} />
                    <button
                      type="button"
                      onClick={() =>
                        void act('Delete', async () => {
                          await repository.trash(model.id);
                          setNotice({ text: `“${model.title}” moved to the trash.`, undoTrash: model.id });
                        })
                      }
                      aria-label={`Delete “${model.title}”`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <PlansSection models={live ?? []} />

      {trash.length ? (
        <section className="home__section" aria-labelledby="trash-heading">
          <h2 id="trash-heading">Trash</h2>
          <p className="hint">Deleted models stay here until you delete them for good.</p>
          <ul className="trash-list">
            {trash.map((model) => (
              <li key={model.id}>
                <span>
                  {model.title} <span className="muted">({plural(model.boxCount, 'box', 'boxes')})</span>
                </span>
                <button type="button" onClick={() => void act('Restore', () => repository.restore(model.id))} aria-label={`Restore “${model.title}”`}>
                  Restore
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(`Delete “${model.title}” for good? This cannot be undone.`)) void act('Delete for good', () => repository.purge(model.id));
                  }}
                  aria-label={`Delete “${model.title}” for good`}
                >
                  Delete for good
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {spreadsheet.dialog}
      <p className="home__version">Version {__APP_VERSION__}. Works offline once opened; your browser can install it as an app.</p>
    </main>
  );
}
