/**
 * What a measure counts and how (PRODUCT.md §17): its unit, which way is better, how often it is
 * counted (fixed once it has figures, since its periods are of that kind) and the change small
 * enough to count as maintaining.
 */
import { useState } from 'react';
import { editMeasure } from '../../actions/measureCommands';
import { readFigure } from '../../domain/measureEdits';
import { FREQUENCIES, POLARITIES, type Indicator } from '../../domain/model';
import { FREQUENCY_WORDS, POLARITY_WORDS } from '../../domain/measureWords';
import { useEditorStore } from '../../store/EditorContext';

export function MeasureFields({ boxId, indicator, number }: { boxId: string; indicator: Indicator; number: number }) {
  const store = useEditorStore();
  const [tolerance, setTolerance] = useState<string | null>(null);
  const [toleranceProblem, setToleranceProblem] = useState<string | null>(null);
  const fixed = Boolean(indicator.values?.length);
  const edit = (patch: Parameters<typeof editMeasure>[3]) => editMeasure(store, boxId, indicator.id, patch);
  const fixedHintId = `frequency-fixed-${indicator.id}`;
  const toleranceProblemId = `tolerance-problem-${indicator.id}`;
  return (
    <div className="indicator__fields measure-fields">
      <label className="field indicator__field">
        <span>Unit</span>
        <input aria-label={`Unit of indicator ${number}`} value={indicator.unit ?? ''} maxLength={40} placeholder="families, %, £k" onChange={(event) => edit({ unit: event.target.value })} />
      </label>
      <label className="field indicator__field">
        <span>Which way is better</span>
        <select aria-label={`Which way is better for indicator ${number}`} value={indicator.polarity ?? ''} onChange={(event) => edit({ polarity: POLARITIES.find((value) => value === event.target.value) ?? '' })}>
          <option value="">Not said</option>
          {POLARITIES.map((polarity) => (
            <option key={polarity} value={polarity}>
              {POLARITY_WORDS[polarity]}
            </option>
          ))}
        </select>
      </label>
      <label className="field indicator__field">
        <span>Frequency</span>
        <select
          aria-label={`Frequency of indicator ${number}`}
          aria-describedby={fixed ? fixedHintId : undefined}
          value={indicator.frequency ?? ''}
          disabled={fixed}
          onChange={(event) => edit({ frequency: FREQUENCIES.find((value) => value === event.target.value) ?? '' })}
        >
          <option value="">Not said</option>
          {FREQUENCIES.map((frequency) => (
            <option key={frequency} value={frequency}>
              {FREQUENCY_WORDS[frequency]}
            </option>
          ))}
        </select>
        {fixed ? (
          <span id={fixedHintId} className="measure-fields__hint">
            Fixed: it has figures
          </span>
        ) : null}
      </label>
      <label className="field indicator__field">
        <span>Tolerance</span>
        <input
          aria-label={`Tolerance of indicator ${number}`}
          aria-invalid={toleranceProblem ? true : undefined}
          aria-describedby={toleranceProblem ? toleranceProblemId : undefined}
          inputMode="decimal"
          value={tolerance ?? (indicator.tolerance === undefined ? '' : String(indicator.tolerance))}
          title="A change no larger than this counts as maintaining"
          onChange={(event) => {
            const text = event.target.value;
            setTolerance(text);
            const figure = readFigure(text);
            if (!figure.ok || (figure.value ?? 0) < 0) {
              setToleranceProblem(`Tolerance: “${text.trim()}” is not a number of 0 or more`);
              return;
            }
            setToleranceProblem(null);
            edit({ tolerance: figure.value ?? null });
          }}
          onBlur={() => setTolerance(null)}
        />
        {toleranceProblem ? (
          <span id={toleranceProblemId} className="measure-fields__problem" role="alert">
            {toleranceProblem}
          </span>
        ) : null}
      </label>
    </div>
  );
}
