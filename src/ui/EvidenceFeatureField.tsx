import { useDeferredValue, useId, useMemo } from 'react';
import { editBox } from '../actions/commands';
import { LEVELS, levelName } from '../domain/levels';
import type { Box } from '../domain/model';
import { featureById, FEATURES } from '../evidence/features';
import { suggestFeatures } from '../evidence/suggest';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import './evidence.css';

/**
 * The details panel's "Evidence feature" field: which feature of effective partnership a box stands
 * for. An untagged box gets suggestions from the words of its label and notes; only the user's
 * choice (the field, or a suggestion's button) tags it.
 */
/** The library's features by level: the same every render, so React compares none of them again. */
const FEATURE_OPTIONS = LEVELS.map((level) => (
  <optgroup key={level.id} label={level.name}>
    {FEATURES.filter((f) => f.level === level.id).map((f) => (
      <option key={f.id} value={f.id}>
        {f.name}
      </option>
    ))}
  </optgroup>
));

export function EvidenceFeatureField({ box }: { box: Box }) {
  const store = useEditorStore();
  const fieldId = useId();
  const hintId = useId();
  const feature = box.feature ? featureById(box.feature) : undefined;
  // Suggestions follow the words in a render of their own, after the keystroke's: matching the
  // library's terms inside every key of a label or notes made typing the slower.
  const text = useDeferredValue(`${box.label}\n${box.notes ?? ''}`);
  const suggestions = useMemo(() => (box.feature ? [] : suggestFeatures(text)), [box.feature, text]);
  // Which features other boxes already stand for, so a suggestion can say so.
  const elsewhere = useEditor((state) => {
    const model = currentModel(state);
    return model ? model.boxes.filter((other) => other.id !== box.id && other.feature).map((other) => other.feature).join('\n') : '';
  });
  const taggedElsewhere = useMemo(() => new Set(elsewhere.split('\n')), [elsewhere]);
  const tag = (featureId: string) => editBox(store, box.id, { feature: featureId });

  return (
    <div className="field evidence-field">
      <label htmlFor={fieldId}>Evidence feature</label>
      <select id={fieldId} value={box.feature ?? ''} aria-describedby={hintId} onChange={(event) => tag(event.target.value)}>
        <option value="">None</option>
        {box.feature && !feature ? <option value={box.feature}>Unknown feature “{box.feature}”</option> : null}
        {FEATURE_OPTIONS}
      </select>
      <div id={hintId} className="evidence-field__hint">
        {feature ? (
          <>
            <p className="evidence-field__quote">
              “{feature.quote}”{feature.quoteNote ? ` (${feature.quoteNote})` : ''} — the briefing, “{feature.section}”
            </p>
            {feature.level !== box.level ? <p className="evidence-field__warning">The briefing places this feature under {levelName(feature.level)}.</p> : null}
          </>
        ) : box.feature ? (
          <p className="evidence-field__warning">This box names a feature the evidence library does not have.</p>
        ) : suggestions.length === 0 ? (
          <p className="muted">Not tagged. Pick the feature this box stands for, if any.</p>
        ) : null}
      </div>
      {suggestions.length ? (
        <section className="evidence-field__suggestions" aria-label="Suggested evidence features">
          <p className="evidence-field__suggestions-title">Suggested from its label and notes:</p>
          <ul>
            {suggestions.map(({ feature: suggested, matched }) => (
              <li key={suggested.id}>
                <button type="button" className="evidence-field__accept" onClick={() => tag(suggested.id)}>
                  Tag as “{suggested.name}”
                </button>
                <span className="evidence-field__accept-meta">
                  {levelName(suggested.level)} · matched {matched.map((word) => `“${word}”`).join(', ')}
                  {taggedElsewhere.has(suggested.id) ? ' · already on another box' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
