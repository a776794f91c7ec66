import { useRef, useState } from 'react';
import { rate, unrate } from '../actions/progressCommands';
import { isoDateOf } from '../domain/isoDate';
import { CONFIDENCE_VALUES, PROGRESS_VALUES, type Box, type Confidence, type Progress, type Rating } from '../domain/model';
import { CONFIDENCE_WORDS, PROGRESS_WORDS } from '../domain/progress';
import { useEditorStore } from '../store/EditorContext';
import { rememberName, rememberedName } from './rememberedName';
import { ProgressShape } from '../canvas/ProgressBadge';
import './progress.css';

const asProgress = (value: string): Progress | undefined => PROGRESS_VALUES.find((item) => item === value);
const asConfidence = (value: string): Confidence | undefined => CONFIDENCE_VALUES.find((item) => item === value);

/**
 * How far the box has got and how sure the partnership is of it. A box not yet rated keeps the first
 * choice here until both progress and confidence are chosen, then is rated in one step dated today.
 */
export function RatingSection({ box }: { box: Box }) {
  const store = useEditorStore();
  const rating = box.rating;
  const [draft, setDraft] = useState<Partial<Rating>>({});
  const progressField = useRef<HTMLSelectElement>(null);
  const shown: Partial<Rating> = rating ?? draft;

  const choose = (patch: Partial<Rating>) => {
    if (rating) {
      rate(store, box.id, patch);
      return;
    }
    const next = { ...draft, ...patch };
    const by = (next.by ?? rememberedName()).trim();
    if (next.progress && next.confidence && rate(store, box.id, { date: isoDateOf(new Date()), ...next, by })) {
      rememberName(by);
      setDraft({});
    } else setDraft(next);
  };

  const onProgress = (value: string) => {
    const progress = asProgress(value);
    // "Not rated" on a rated box is the same one action as "Clear rating".
    if (!progress) {
      if (rating) unrate(store, box.id);
      else setDraft((current) => ({ ...current, progress: undefined }));
    } else choose({ progress });
  };

  return (
    <section className="panel__section progress-section" aria-labelledby="rating-heading">
      <h3 id="rating-heading">
        Rating{' '}
        {rating ? (
          <span className="rating-summary">
            <ProgressShape progress={rating.progress} size={12} /> {PROGRESS_WORDS[rating.progress]}, {CONFIDENCE_WORDS[rating.confidence].toLowerCase()} confidence
          </span>
        ) : (
          <span className="muted">(not rated)</span>
        )}
      </h3>
      <div className="evidence-form__row">
        <label className="field">
          Progress
          <select ref={progressField} value={shown.progress ?? ''} onChange={(event) => onProgress(event.target.value)}>
            <option value="">Not rated</option>
            {PROGRESS_VALUES.map((value) => (
              <option key={value} value={value}>
                {PROGRESS_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Confidence in the evidence
          <select value={shown.confidence ?? ''} onChange={(event) => choose({ confidence: asConfidence(event.target.value) })}>
            {rating ? null : <option value="">Choose…</option>}
            {CONFIDENCE_VALUES.map((value) => (
              <option key={value} value={value}>
                {CONFIDENCE_WORDS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rating ? (
        <>
          <div className="evidence-form__row">
            <label className="field">
              Date rated
              <input type="date" value={rating.date} required onChange={(event) => rate(store, box.id, { date: event.target.value })} />
            </label>
            <label className="field">
              Rated by
              <input
                value={rating.by ?? ''}
                maxLength={120}
                onChange={(event) => rate(store, box.id, { by: event.target.value })}
                onBlur={(event) => rememberName(event.target.value)}
              />
            </label>
          </div>
          <button
            type="button"
            onClick={() => {
              unrate(store, box.id);
              progressField.current?.focus();
            }}
          >
            Clear rating
          </button>
        </>
      ) : (
        <p className="hint">{draft.progress || draft.confidence ? 'Choose both progress and confidence to rate this box; it is dated today.' : 'Choose progress and your confidence in the evidence.'}</p>
      )}
    </section>
  );
}
