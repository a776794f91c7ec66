import { useRef, useState, type FormEvent } from 'react';
import { addEvidenceTo, deleteEvidence, editEvidence } from '../actions/progressCommands';
import { isoDateOf, isIsoDate, ukLongDate } from '../domain/isoDate';
import { EVIDENCE_KINDS, type Box, type EvidenceEntry, type EvidenceKind } from '../domain/model';
import { EVIDENCE_KIND_WORDS } from '../domain/progress';
import { useEditorStore } from '../store/EditorContext';
import { rememberName, rememberedName } from './rememberedName';
import './progress.css';

function KindOptions() {
  return (
    <>
      {EVIDENCE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {EVIDENCE_KIND_WORDS[kind]}
        </option>
      ))}
    </>
  );
}

const asKind = (value: string): EvidenceKind | undefined => EVIDENCE_KINDS.find((kind) => kind === value);

/** How buttons name an entry: its date and the start of its summary. */
function entryName(entry: EvidenceEntry): string {
  const summary = entry.summary.trim();
  const short = summary.length > 40 ? `${summary.slice(0, 40)}…` : summary;
  return `${ukLongDate(entry.date)}: ${short || 'no summary'}`;
}

function EntryEditor({ box, entry, onDone }: { box: Box; entry: EvidenceEntry; onDone: () => void }) {
  const store = useEditorStore();
  const edit = (patch: Parameters<typeof editEvidence>[3]) => editEvidence(store, box.id, entry.id, patch);
  return (
    <fieldset className="evidence-entry__editor">
      <legend>Edit this entry</legend>
      <label className="field">
        Date of this entry
        <input type="date" value={entry.date} required onChange={(event) => edit({ date: event.target.value })} />
      </label>
      <label className="field">
        Kind of this entry
        <select value={entry.kind} onChange={(event) => edit({ kind: asKind(event.target.value) })}>
          <KindOptions />
        </select>
      </label>
      <label className="field">
        Summary of this entry
        <textarea autoFocus value={entry.summary} rows={3} maxLength={1000} onChange={(event) => edit({ summary: event.target.value })} />
      </label>
      <label className="field">
        Source of this entry
        <input value={entry.source ?? ''} maxLength={500} onChange={(event) => edit({ source: event.target.value })} />
      </label>
      <label className="field">
        Added by (this entry)
        <input value={entry.by ?? ''} maxLength={120} onChange={(event) => edit({ by: event.target.value })} />
      </label>
      <button type="button" onClick={onDone}>
        Done
      </button>
    </fieldset>
  );
}

function EntryView({ entry }: { entry: EvidenceEntry }) {
  return (
    <>
      <p className="evidence-entry__head">
        <strong>{ukLongDate(entry.date)}</strong> · {EVIDENCE_KIND_WORDS[entry.kind]}
        {entry.by ? <span className="muted"> · added by {entry.by}</span> : null}
      </p>
      <p className="evidence-entry__summary">{entry.summary}</p>
      {/* A source, even a web address, is text: the app never fetches or links it. */}
      {entry.source ? <p className="evidence-entry__source">Source: {entry.source}</p> : null}
    </>
  );
}

interface Draft {
  date: string;
  kind: EvidenceKind;
  summary: string;
  source: string;
  by: string;
}

function freshDraft(): Draft {
  return { date: isoDateOf(new Date()), kind: 'data', summary: '', source: '', by: rememberedName() };
}

/** What has been found: a dated log of evidence, newest first, with a form to add to it. */
export function EvidenceLogSection({ box }: { box: Box }) {
  const store = useEditorStore();
  const [draft, setDraft] = useState<Draft>(freshDraft);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const summaryField = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLOListElement>(null);
  const evidence = box.evidence ?? [];
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const finishEditing = (id: string) => {
    setEditingId(null);
    // Back to the entry's own "Edit" button, which is drawn again once the editor closes.
    requestAnimationFrame(() => log.current?.querySelector<HTMLElement>(`[data-evidence-id="${CSS.escape(id)}"] [data-edit]`)?.focus());
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.summary.trim()) setProblem('Write a summary of the evidence first.');
    else if (!isIsoDate(draft.date)) setProblem('Give the date of the evidence.');
    else if (addEvidenceTo(store, box.id, { date: draft.date, kind: draft.kind, summary: draft.summary, source: draft.source.trim(), by: draft.by.trim() })) {
      rememberName(draft.by);
      setDraft({ ...freshDraft(), date: draft.date, kind: draft.kind });
      setProblem(null);
    }
    summaryField.current?.focus();
  };

  return (
    <section className="panel__section progress-section" aria-labelledby="evidence-log-heading">
      <h3 id="evidence-log-heading">
        Evidence log <span className="muted">({evidence.length})</span>
      </h3>
      <form className="evidence-form" onSubmit={add} aria-label="Add evidence">
        <div className="evidence-form__row">
          <label className="field">
            Date
            <input type="date" value={draft.date} required onChange={(event) => change({ date: event.target.value })} />
          </label>
          <label className="field">
            Kind
            <select value={draft.kind} onChange={(event) => change({ kind: asKind(event.target.value) ?? 'other' })}>
              <KindOptions />
            </select>
          </label>
        </div>
        <label className="field">
          Summary
          <input id="new-evidence-summary" ref={summaryField} value={draft.summary} maxLength={1000} placeholder="What was found?" aria-describedby={problem ? 'evidence-problem' : undefined} onChange={(event) => change({ summary: event.target.value })} />
        </label>
        <label className="field">
          <span>
            Source <span className="muted">(optional)</span>
          </span>
          <input value={draft.source} maxLength={500} onChange={(event) => change({ source: event.target.value })} />
        </label>
        <label className="field">
          <span>
            Added by <span className="muted">(optional)</span>
          </span>
          <input value={draft.by} maxLength={120} onChange={(event) => change({ by: event.target.value })} />
        </label>
        {problem ? (
          <p id="evidence-problem" className="error-message" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit">Add evidence</button>
      </form>
      {evidence.length ? (
        <ol ref={log} className="evidence-log" aria-label="Evidence, newest first">
          {evidence.map((entry) => (
            <li key={entry.id} className="evidence-entry" data-evidence-id={entry.id}>
              {editingId === entry.id ? <EntryEditor box={box} entry={entry} onDone={() => finishEditing(entry.id)} /> : <EntryView entry={entry} />}
              <div className="evidence-entry__actions">
                {editingId === entry.id ? null : (
                  <button type="button" data-edit className="link-button" aria-label={`Edit evidence ${entryName(entry)}`} onClick={() => setEditingId(entry.id)}>
                    Edit
                  </button>
                )}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete evidence ${entryName(entry)}`}
                  onClick={() => {
                    deleteEvidence(store, box.id, entry.id);
                    summaryField.current?.focus();
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No evidence logged yet.</p>
      )}
    </section>
  );
}
