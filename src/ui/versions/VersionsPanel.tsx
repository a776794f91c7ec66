/**
 * The Versions tab: save the model as it is now for a reporting period, and look at, compare with,
 * rename, restore, copy out or delete the versions saved before (PRODUCT.md §12).
 */
import { useId, useState, type FormEvent } from 'react';
import { isoDateOf, ukLongDate } from '../../domain/isoDate';
import type { VersionInfo } from '../../domain/versions';
import { goTo, modelHref } from '../../app/route';
import { formatDateTime, plural } from '../format';
import { rememberedName } from '../rememberedName';
import { useHistoryControls, useVersionList, type HistoryControls, type VersionSide } from './HistoryContext';
import { WhatChanged } from './WhatChanged';
import './versions.css';

export function versionCounts(info: VersionInfo): string {
  const { boxes, links, rated } = info.counts;
  return `${plural(boxes, 'box', 'boxes')}, ${plural(links, 'link')}, ${rated} rated`;
}

export function savedWhen(info: VersionInfo): string {
  return `Saved ${formatDateTime(Date.parse(info.savedAt))}${info.by ? ` by ${info.by}` : ''}`;
}

type Message = { readonly kind: 'done' | 'problem'; readonly text: string } | null;

function SaveVersionForm({ controls, onMessage }: { controls: HistoryControls; onMessage: (message: Message) => void }) {
  const [name, setName] = useState(() => ukLongDate(isoDateOf(new Date())));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await controls.history.save({ name, note, by: rememberedName() });
    setBusy(false);
    if (result.ok) {
      onMessage({ kind: 'done', text: `Saved the version "${result.version.name}".` });
      setName(ukLongDate(isoDateOf(new Date())));
      setNote('');
    } else onMessage({ kind: 'problem', text: result.error });
  };
  return (
    <form className="versions__save" onSubmit={(event) => void save(event)} aria-label="Save this version">
      <label>
        Name
        <input value={name} maxLength={120} required onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        Note <span className="muted">(optional)</span>
        <textarea value={note} rows={2} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" className="button--primary" disabled={busy || !name.trim()}>
        {busy ? 'Saving…' : 'Save this version'}
      </button>
    </form>
  );
}

function CompareForm({ controls, versions }: { controls: HistoryControls; versions: readonly VersionInfo[] }) {
  const [before, setBefore] = useState(versions[0]?.id ?? '');
  const [after, setAfter] = useState('now');
  const beforeId = useId();
  const afterId = useId();
  const sideOf = (value: string): VersionSide => (value === 'now' ? { kind: 'now' } : { kind: 'version', id: value });
  const known = versions.some((info) => info.id === before) ? before : (versions[0]?.id ?? '');
  return (
    <form
      className="versions__compare"
      aria-label="Compare versions"
      onSubmit={(event) => {
        event.preventDefault();
        controls.show({ kind: 'compare', before: sideOf(known), after: sideOf(after) });
      }}
    >
      <label htmlFor={beforeId}>Compare</label>
      <select id={beforeId} value={known} onChange={(event) => setBefore(event.target.value)}>
        {versions.map((info) => (
          <option key={info.id} value={info.id}>
            {info.name}
          </option>
        ))}
      </select>
      <label htmlFor={afterId}>with</label>
      <select id={afterId} value={after} onChange={(event) => setAfter(event.target.value)}>
        <option value="now">Now</option>
        {versions.map((info) => (
          <option key={info.id} value={info.id}>
            {info.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!known || after === known}>
        Compare with…
      </button>
    </form>
  );
}

function RenameForm({ info, controls, onDone }: { info: VersionInfo; controls: HistoryControls; onDone: () => void }) {
  const [name, setName] = useState(info.name);
  const [note, setNote] = useState(info.note ?? '');
  return (
    <form
      className="versions__rename"
      aria-label={`Rename ${info.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        controls.history.rename(info.id, name, note);
        onDone();
      }}
    >
      <label>
        Name
        <input value={name} maxLength={120} required autoFocus onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        Note
        <textarea value={note} rows={2} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
      </label>
      <div className="panel__actions">
        <button type="submit" disabled={!name.trim()}>
          Save name
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function VersionItem({ info, controls, onMessage }: { info: VersionInfo; controls: HistoryControls; onMessage: (message: Message) => void }) {
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete' | 'busy'>('idle');
  const looking = controls.view.kind === 'version' && controls.view.version.id === info.id;
  const named = <span className="visually-hidden"> {info.name}</span>;
  const restore = async () => {
    setMode('busy');
    const result = await controls.history.restore(info.id, rememberedName());
    setMode('idle');
    if (result.ok) {
      controls.show({ kind: 'now' });
      onMessage({ kind: 'done', text: `Restored "${info.name}". The model as it was is kept as the version "Before restoring ${info.name}", and Undo takes the restore back.` });
    } else onMessage({ kind: 'problem', text: result.error });
  };
  const openAsNew = async () => {
    setMode('busy');
    const result = await controls.history.openAsNewModel(info.id);
    setMode('idle');
    if (result.ok) goTo(modelHref(result.id));
    else onMessage({ kind: 'problem', text: result.error });
  };
  return (
    <li className={looking ? 'version version--shown' : 'version'} aria-current={looking ? 'true' : undefined}>
      <h3 className="version__name">{info.name}</h3>
      <p className="version__meta">
        {savedWhen(info)}
        <br />
        {versionCounts(info)}
      </p>
      {info.note ? <p className="version__note">{info.note}</p> : null}
      {mode === 'rename' ? (
        <RenameForm info={info} controls={controls} onDone={() => setMode('idle')} />
      ) : mode === 'delete' ? (
        <div className="version__confirm" role="group" aria-label={`Delete ${info.name}?`}>
          <p>Delete the version "{info.name}" for good? Nothing else can bring it back.</p>
          <div className="panel__actions">
            <button
              type="button"
              className="button--danger"
              onClick={() => {
                controls.history.remove(info.id);
                if (looking) controls.show({ kind: 'now' });
                onMessage({ kind: 'done', text: `Deleted the version "${info.name}".` });
              }}
            >
              Delete "{info.name}"
            </button>
            <button type="button" autoFocus onClick={() => setMode('idle')}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="version__actions">
          <button type="button" disabled={looking} onClick={() => controls.show({ kind: 'version', version: info })}>
            Look at{named}
          </button>
          <button type="button" onClick={() => controls.show({ kind: 'compare', before: { kind: 'version', id: info.id }, after: { kind: 'now' } })}>
            Compare with now{named}
          </button>
          {controls.canChange ? (
            <>
              <button type="button" disabled={mode === 'busy'} onClick={() => void restore()}>
                Restore this version{named}
              </button>
              <button type="button" onClick={() => setMode('rename')}>
                Rename{named}
              </button>
            </>
          ) : null}
          <button type="button" disabled={mode === 'busy'} onClick={() => void openAsNew()} aria-describedby="open-as-new-leaves">
            Open as a new model{named}
          </button>
          {controls.canChange ? (
            <button type="button" className="button--danger" onClick={() => setMode('delete')}>
              Delete{named}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

export function VersionsPanel() {
  const controls = useHistoryControls();
  const versions = useVersionList(controls?.history);
  const [message, setMessage] = useState<Message>(null);
  if (!controls) return <p className="panel__content muted">Versions are kept for models stored in this browser.</p>;
  const shown = message ?? (controls.problem ? { kind: 'problem' as const, text: controls.problem } : null);
  return (
    <div className="panel__content versions">
      <WhatChanged />
      <h2 className="panel__heading">Versions</h2>
      <p className="hint">Save a version each reporting period; then compare it with now to show the board what changed and which way each step is moving.</p>
      {controls.canChange ? <SaveVersionForm controls={controls} onMessage={setMessage} /> : <p className="hint">You can look at and compare versions; only the model's editors can save or change them.</p>}
      <p className={shown?.kind === 'problem' ? 'error-message' : 'notice'} role={shown?.kind === 'problem' ? 'alert' : 'status'}>
        {shown?.text ?? ''}
      </p>
      {versions.length ? (
        <>
          <CompareForm controls={controls} versions={versions} />
          <h3 className="versions__count">{plural(versions.length, 'saved version')}</h3>
          <p className="hint" id="open-as-new-leaves">
            Open as a new model makes a model of that version alone: this model's other saved versions and its comments stay here.
          </p>
          <ul className="versions__list" aria-label="Saved versions">
            {versions.map((info) => (
              <VersionItem key={info.id} info={info} controls={controls} onMessage={setMessage} />
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">No versions saved yet.</p>
      )}
    </div>
  );
}
