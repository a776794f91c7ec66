/**
 * The spreadsheet import on the home page: a chosen or dropped .xlsx or .csv, or a table pasted
 * anywhere on the page outside a text field, opens the import dialog.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { readSpreadsheetFile } from '../../import/readSpreadsheetFile';
import type { ImportStage } from './SpreadsheetImportDialog';

const SpreadsheetImportDialog = lazy(() => import('./SpreadsheetImportDialog'));

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
}

export function useSpreadsheetImport(onModelFile: (file: File) => void) {
  const [stage, setStage] = useState<ImportStage>({ kind: 'closed' });
  const [dragging, setDragging] = useState(false);
  // A read that was cancelled, or overtaken by another, must not open its preview.
  const current = useRef(0);
  const reading = useRef<AbortController | null>(null);

  const close = useCallback(() => {
    current.current++;
    reading.current?.abort();
    setStage({ kind: 'closed' });
  }, []);

  const openFile = useCallback(async (file: File) => {
    const read = ++current.current;
    const started = performance.now();
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setStage({ kind: 'reading', name: file.name, step: 'Opening the file…' });
    const result = await readSpreadsheetFile(
      file,
      (step) => {
        if (read === current.current) setStage({ kind: 'reading', name: file.name, step });
      },
      controller.signal,
    );
    if (read !== current.current) return;
    setStage(result.ok ? { kind: 'preview', source: result.source, started } : { kind: 'failed', name: file.name, error: result.error });
  }, []);

  // Leaving the home page stops a read in progress.
  useEffect(() => () => reading.current?.abort(), []);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (!event.clipboardData || isTextField(event.target)) return;
      const data = event.clipboardData;
      const started = performance.now();
      const read = ++current.current;
      event.preventDefault();
      // The clipboard's data is readable only during the event: taken now, read once the code is here.
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      void import('./pastedTable')
        .then(({ tableFromClipboard }) => tableFromClipboard({ html, text }))
        .then((result) => {
          if (read !== current.current || result === null) return;
          setStage(result.ok ? { kind: 'preview', source: result.source, started } : { kind: 'failed', name: 'the pasted table', error: result.error });
        });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const dropTarget = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      if (/\.json$/i.test(file.name)) onModelFile(file);
      else void openFile(file);
    },
  };

  const dialog =
    stage.kind === 'closed' ? null : (
      <Suspense fallback={null}>
        <SpreadsheetImportDialog stage={stage} onClose={close} />
      </Suspense>
    );
  return { openFile, dropTarget, dragging, dialog };
}
