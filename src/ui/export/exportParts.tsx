/**
 * Small pieces of the Export dialog (src/ui/export/ExportDialog.tsx): a group of radio buttons, the
 * preview's object URL, and the words for sizes, times and failures.
 */
import { useEffect, useId, useState } from 'react';

export type Outcome = { readonly kind: 'done' | 'error'; readonly text: string };

export function pixels(width: number, height: number): string {
  return `${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels`;
}

export function seconds(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs `work` and records how long it took as a User Timing measure (`export:<what>`), which the
 * browser bench and the performance panel read; nothing is added to the page's globals.
 */
export function measured<T>(what: string, work: () => T): T {
  const start = performance.now();
  const record = () => performance.measure(`export:${what}`, { start, end: performance.now() });
  const result = work();
  if (result instanceof Promise) return result.finally(record) as T;
  record();
  return result;
}

export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || 'the browser gave no reason';
}

/** A blob: URL for a string, revoked when the string changes or the component goes. */
export function useObjectUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}

export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly { id: T; label: string; hint?: string }[];
  onChange: (value: T) => void;
}) {
  const hintPrefix = useId();
  return (
    <fieldset className="export__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="export__choice" key={choice.id}>
          <label>
            <input
              type="radio"
              name={name}
              value={choice.id}
              checked={value === choice.id}
              onChange={() => onChange(choice.id)}
              aria-describedby={choice.hint ? `${hintPrefix}-${choice.id}` : undefined}
            />
            {choice.label}
          </label>
          {choice.hint ? (
            <span className="export__choice-hint" id={`${hintPrefix}-${choice.id}`}>
              {choice.hint}
            </span>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
