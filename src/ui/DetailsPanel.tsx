import { lazy, Suspense } from 'react';
import { LevelOptions } from './LevelOptions';
import { SelectedChangeDetails } from './versions/WhatChanged';
import { useShallow } from 'zustand/react/shallow';
import { boxName, changeBoxLevel, deleteBox, deleteLink, deleteSelection, editBox, editLinkNote } from '../actions/commands';
import { setDescription } from '../domain/edits';
import { isLevelId } from '../domain/levels';
import { indexBoxes, linkShape } from '../domain/linkShape';
import type { Box, Link, Model } from '../domain/model';
import { LINK_STYLES } from '../export/theme';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { focusBoxOnCanvas } from '../canvas/BoxNode';
import { plural } from './format';
import { EvidenceFeatureField } from './EvidenceFeatureField';
import { EvidenceLogSection } from './EvidenceLogSection';
import { IndicatorsSection } from './IndicatorsSection';
import { RatingSection } from './RatingSection';
import { OpensSection } from './plans/OpensSection';
import { LoadProblemBoundary } from './LoadProblemBoundary';

// With the national outcome frameworks, loaded when a final outcome is first chosen.
const ContributesSection = lazy(() => import('./plans/ContributesSection').then((module) => ({ default: module.ContributesSection })));

function BoxLinks({ box, model }: { box: Box; model: Model }) {
  const store = useEditorStore();
  const boxes = indexBoxes(model.boxes);
  const outgoing = model.links.filter((link) => link.source === box.id);
  const incoming = model.links.filter((link) => link.target === box.id);
  const row = (link: Link, other: Box | undefined, direction: 'to' | 'from') => (
    <li key={link.id}>
      <span>
        {direction === 'to' ? '→ ' : '← '}
        {other ? boxName(other) : 'a missing box'}
      </span>
      <button type="button" className="link-button" onClick={() => deleteLink(store, link.id)} aria-label={`Remove link ${direction} ${other ? boxName(other) : 'a missing box'}`}>
        Remove
      </button>
    </li>
  );
  return (
    <section className="panel__section" aria-label="Links of this box">
      <h3>Links</h3>
      {outgoing.length + incoming.length === 0 ? <p className="muted">Not linked to anything yet.</p> : null}
      <ul className="link-list">
        {outgoing.map((link) => row(link, boxes.get(link.target), 'to'))}
        {incoming.map((link) => row(link, boxes.get(link.source), 'from'))}
      </ul>
      <button type="button" onClick={() => store.getState().setLinkChooser(box.id)}>
        Link to…
      </button>{' '}
      <button type="button" onClick={() => store.getState().setPathwayFor([box.id])}>
        Show pathway
      </button>
    </section>
  );
}

function BoxDetails({ box, model }: { box: Box; model: Model }) {
  const store = useEditorStore();
  return (
    <div className="panel__content">
      <h2 className="panel__heading">Box details</h2>
      <label className="field">
        Label
        <textarea value={box.label} maxLength={300} rows={3} onChange={(event) => editBox(store, box.id, { label: event.target.value })} />
      </label>
      <label className="field">
        Level
        <select value={box.level} onChange={(event) => isLevelId(event.target.value) && changeBoxLevel(store, box.id, event.target.value)}>
          <LevelOptions />
        </select>
      </label>
      <EvidenceFeatureField box={box} />
      <label className="field">
        Notes
        <textarea value={box.notes ?? ''} rows={4} onChange={(event) => editBox(store, box.id, { notes: event.target.value })} />
      </label>
      <label className="field">
        <span>
          Owner <span className="muted">(which partner leads it)</span>
        </span>
        <input value={box.owner ?? ''} maxLength={120} onChange={(event) => editBox(store, box.id, { owner: event.target.value })} />
      </label>
      <BoxLinks box={box} model={model} />
      {/* Keyed by box, so half-filled forms never carry over to the next box chosen. */}
      <IndicatorsSection key={`indicators-${box.id}`} box={box} />
      <RatingSection key={`rating-${box.id}`} box={box} />
      <EvidenceLogSection key={`evidence-${box.id}`} box={box} />
      <OpensSection key={`opens-${box.id}`} box={box} />
      {box.level === 'outcomes' ? (
        <LoadProblemBoundary what="Contributes to">
          <Suspense fallback={null}>
            <ContributesSection key={`contributes-${box.id}`} box={box} />
          </Suspense>
        </LoadProblemBoundary>
      ) : null}
      <div className="panel__actions">
        <button type="button" onClick={() => focusBoxOnCanvas(box.id)}>
          Go to box on canvas
        </button>
        <button type="button" className="button--danger" onClick={() => deleteBox(store, box.id)}>
          Delete box
        </button>
      </div>
    </div>
  );
}

function LinkDetails({ link, model }: { link: Link; model: Model }) {
  const store = useEditorStore();
  const boxes = indexBoxes(model.boxes);
  const source = boxes.get(link.source);
  const target = boxes.get(link.target);
  const shape = linkShape(link, boxes);
  return (
    <div className="panel__content">
      <h2 className="panel__heading">Link details</h2>
      <p>
        From <strong>{source ? boxName(source) : '?'}</strong>
        <br />
        to <strong>{target ? boxName(target) : '?'}</strong>
      </p>
      {shape ? (
        <p>
          Shape: <strong>{LINK_STYLES[shape].label}</strong> — {LINK_STYLES[shape].description}.
        </p>
      ) : null}
      <label className="field">
        <span>
          Note <span className="muted">(the evidence or reasoning for this link)</span>
        </span>
        <textarea id="link-note" value={link.note ?? ''} rows={4} onChange={(event) => editLinkNote(store, link.id, event.target.value)} />
      </label>
      <div className="panel__actions">
        <button type="button" className="button--danger" onClick={() => deleteLink(store, link.id)}>
          Delete link
        </button>
      </div>
    </div>
  );
}

function ModelDetails({ model }: { model: Model }) {
  const store = useEditorStore();
  return (
    <div className="panel__content">
      <h2 className="panel__heading">About this model</h2>
      <label className="field">
        Description
        <textarea value={model.description ?? ''} rows={4} onChange={(event) => store.getState().apply((m) => setDescription(m, event.target.value), { coalesce: 'description' })} />
      </label>
      <p className="muted">
        {plural(model.boxes.length, 'box', 'boxes')} · {plural(model.links.length, 'link')}
      </p>
      <h3>Working without a mouse</h3>
      <ul className="hint-list">
        <li>Each lane has an “Add a box” button; type the label and press Enter.</li>
        <li>Tab to a box and press Enter to select it; its details appear here, with “Link to…” (or press L).</li>
        <li>Delete removes what is selected; {`Ctrl+Z`} undoes, {`Ctrl+Shift+Z`} redoes. F2 edits a selected box’s label.</li>
        <li>C starts a comment on the selected box or link, or on the whole model when nothing is selected.</li>
      </ul>
    </div>
  );
}

export function DetailsPanel() {
  const store = useEditorStore();
  const model = useEditor(currentModel);
  const selection = useEditor(useShallow((state) => state.selection));
  if (!model) return null;
  const boxes = selection.boxIds.map((id) => model.boxes.find((box) => box.id === id)).filter((box): box is Box => Boolean(box));
  const links = selection.linkIds.map((id) => model.links.find((link) => link.id === id)).filter((link): link is Link => Boolean(link));
  let content;
  if (boxes.length === 1 && links.length === 0) content = <BoxDetails box={boxes[0] as Box} model={model} />;
  else if (links.length === 1 && boxes.length === 0) content = <LinkDetails link={links[0] as Link} model={model} />;
  else if (boxes.length + links.length > 1)
    content = (
      <div className="panel__content">
        <h2 className="panel__heading">Selection</h2>
        <p>
          {plural(boxes.length, 'box', 'boxes')} and {plural(links.length, 'link')} selected.
        </p>
        <button type="button" className="button--danger" onClick={() => deleteSelection(store)}>
          Delete selected
        </button>
      </div>
    );
  else content = <ModelDetails model={model} />;
  return (
    <>
      <SelectedChangeDetails />
      {content}
    </>
  );
}
