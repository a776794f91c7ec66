/**
 * Reads a spreadsheet file in a module worker (the page's CSP allows workers from 'self' only, so
 * never a blob: worker), passing on each step for the progress line. One worker per file, ended
 * when it answers.
 */
import { SPREADSHEET_LIMITS } from '../spreadsheet/table';
import type { ReadResult } from './readSpreadsheetBytes';
import type { WorkerMessage, WorkerRequest } from './spreadsheetWorker';

export type { ReadResult };

/** Reads `file` off the main thread; aborting `signal` stops the worker at once. */
export function readSpreadsheetFile(file: File, onStep: (text: string) => void, signal?: AbortSignal): Promise<ReadResult> {
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > SPREADSHEET_LIMITS.fileBytes) {
    return Promise.resolve({
      ok: false,
      error: `The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); spreadsheets may be at most ${SPREADSHEET_LIMITS.fileBytes / 1024 / 1024} MB.`,
    });
  }
  const worker = new Worker(new URL('./spreadsheetWorker.ts', import.meta.url), { type: 'module', name: 'spreadsheet-reader' });
  return new Promise<ReadResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'step') onStep(event.data.text);
      else resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve({ ok: false, error: `The file could not be read: ${event.message || 'the reader stopped'}.` });
    };
    signal?.addEventListener('abort', () => resolve({ ok: false, error: 'The reading was cancelled.' }), { once: true });
    const request: WorkerRequest = { file };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Whether a file is for the spreadsheet import rather than the model-file import. */
export function isSpreadsheetFile(file: File): boolean {
  return !/\.json$/i.test(file.name) && file.type !== 'application/json';
}
