/**
 * "Import figures…" in the Progress tab (issue 22): a council's performance table (.xlsx or .csv)
 * read off the main thread, then the preview dialog, loaded only when first used. Nothing changes
 * in the model until the dialog's Import.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { readSpreadsheetFile } from '../../import/readSpreadsheetFile';
import { useEditor } from '../../store/EditorContext';
import type { FiguresStage } from './PerformanceImportDialog';

const PerformanceImportDialog = lazy(() => import('./PerformanceImportDialog'));

export function ImportFiguresButton() {
  const readOnly = useEditor((state) => state.readOnly);
  const [stage, setStage] = useState<FiguresStage>({ kind: 'closed' });
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reading = useRef<AbortController | null>(null);

  const close = useCallback(() => {
    reading.current?.abort();
    setStage({ kind: 'closed' });
  }, []);

  const read = async (file: File) => {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setStage({ kind: 'reading', name: file.name, step: 'Opening the file…' });
    const result = await readSpreadsheetFile(file, (step) => !controller.signal.aborted && setStage({ kind: 'reading', name: file.name, step }), controller.signal);
    if (controller.signal.aborted) return;
    setStage(result.ok ? { kind: 'preview', source: result.source } : { kind: 'failed', name: file.name, error: result.error });
  };

  useEffect(() => () => reading.current?.abort(), []);

  return (
    <>
      <button type="button" ref={opener} disabled={readOnly} onClick={() => input.current?.click()}>
        Import figures…
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      {stage.kind === 'closed' ? null : (
        <Suspense fallback={null}>
          <PerformanceImportDialog stage={stage} onClose={close} returnFocusTo={opener} />
        </Suspense>
      )}
    </>
  );
}
