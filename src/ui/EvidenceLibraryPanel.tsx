import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { addFeatureBox } from '../actions/commands';
import { LEVELS } from '../domain/levels';
import type { Model } from '../domain/model';
import { FEATURES, type Feature } from '../evidence/features';
import { featuresPresent, searchFeatures } from '../evidence/library';
import { LEVEL_COLOURS } from '../export/theme';
import { PARTNERSHIP_FACTORS } from '../evidence/table1';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import './evidence.css';

/** The boxes of the model that stand for each feature, in model order. */
function boxesByFeature(model: Model): ReadonlyMap<string, string[]> {
  const byFeature = new Map<string, string[]>();
  for (const box of model.boxes) {
    if (!box.feature) continue;
    const ids = byFeature.get(box.feature);
    if (ids) ids.push(box.id);
    else byFeature.set(box.feature, [box.id]);
  }
  return byFeature;
}

function FeatureItem({ feature, boxIds, onAdd }: { feature: Feature; boxIds: readonly string[] | undefined; onAdd: (feature: Feature) => void }) {
  const store = useEditorStore();
  const present = Boolean(boxIds?.length);
  const show = () => {
    if (!boxIds?.length) return;
    store.getState().setSelection({ boxIds: [...boxIds], linkIds: [] });
    store.getState().requestFocus(boxIds);
  };
  return (
    <li className={`feature${present ? ' feature--present' : ''}`} data-feature-id={feature.id}>
      <p className="feature__name">{feature.name}</p>
      <blockquote className="feature__quote">
        “{feature.quote}”{feature.quoteNote ? <span className="feature__note"> ({feature.quoteNote})</span> : null}
        <footer>— the briefing, “{feature.section}”</footer>
      </blockquote>
      {present ? (
        <button type="button" className="feature__present" onClick={show} aria-label={`In the model: show “${feature.name}” on the canvas`}>
          <span aria-hidden="true" className="feature__tick">
            ✓
          </span>{' '}
          In the model
        </button>
      ) : (
        <button type="button" className="feature__add" onClick={() => onAdd(feature)} aria-label={`Add to model: “${feature.name}”`}>
          Add to model
        </button>
      )}
    </li>
  );
}

/** The evidence library: every feature of effective partnership by level, marking those the model has. */
export function EvidenceLibraryPanel() {
  const store = useEditorStore();
  const model = useEditor(currentModel);
  const [query, setQuery] = useState('');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const countId = useId();
  const present = useMemo(() => (model ? featuresPresent(model) : new Set<string>()), [model]);
  const boxes = useMemo(() => (model ? boxesByFeature(model) : new Map<string, string[]>()), [model]);
  const matches = useMemo(() => searchFeatures(query), [query]);

  // The "Add to model" button gives way to "In the model": keep keyboard focus on that feature.
  useEffect(() => {
    if (!justAdded) return;
    const mark = list.current?.querySelector<HTMLElement>(`[data-feature-id="${CSS.escape(justAdded)}"] .feature__present`);
    if (!mark) return;
    mark.focus();
    setJustAdded(null);
  }, [justAdded, present]);

  if (!model) return null;
  const add = (feature: Feature) => {
    if (addFeatureBox(store, feature.id)) setJustAdded(feature.id);
  };
  const filtered = query.trim() !== '';
  return (
    <div className="panel__content evidence-library">
      <h2 className="panel__heading">Evidence library</h2>
      <p className="evidence-library__intro">
        The features of effective partnership in the evidence briefing <cite>Partnership working across UK public services</cite> (What Works Scotland, 2015), by level.
      </p>
      <div className="evidence-library__tools">
        <p className="evidence-library__summary">
          {present.size} of {FEATURES.length} features are in this model.
        </p>
        <label className="field evidence-library__filter">
          <span className="visually-hidden">Filter features</span>
          <input type="search" value={query} placeholder="Filter features" aria-describedby={countId} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <p id={countId} className="hint" aria-live="polite">
          {filtered ? (matches.length ? `${matches.length} of ${FEATURES.length} features match.` : `No feature matches “${query.trim()}”.`) : ''}
        </p>
      </div>
      <div ref={list}>
        {LEVELS.map((level) => {
          const atLevel = matches.filter((feature) => feature.level === level.id);
          if (!atLevel.length) return null;
          const all = FEATURES.filter((feature) => feature.level === level.id);
          const have = all.filter((feature) => present.has(feature.id)).length;
          const headingId = `library-level-${level.id}`;
          return (
            <section
              key={level.id}
              className="evidence-library__level"
              aria-labelledby={headingId}
              style={{ '--level-heading': LEVEL_COLOURS[level.id].heading, '--level-lane': LEVEL_COLOURS[level.id].lane } as CSSProperties}
            >
              <h3 id={headingId}>
                {level.name} <span className="evidence-library__count">({have} of {all.length} in the model)</span>
              </h3>
              <ul className="feature-list">
                {atLevel.map((feature) => (
                  <FeatureItem key={feature.id} feature={feature} boxIds={boxes.get(feature.id)} onAdd={add} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      <details className="evidence-library__factors">
        <summary>Factors that shape every partnership</summary>
        <p className="hint">Context rather than boxes: the briefing names these as influencing how effective any partnership can be.</p>
        <ul>
          {PARTNERSHIP_FACTORS.map((factor) => (
            <li key={factor}>{factor}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
