/**
 * The spreadsheet worker: reads a dropped or chosen file off the main thread, so that the page
 * stays responsive while SheetJS unpacks a large workbook, and says each step as it starts.
 */
import { readSpreadsheetBytes, type ReadResult } from './readSpreadsheetBytes';

export interface WorkerRequest {
  readonly file: File;
}

export type WorkerMessage = { readonly type: 'step'; readonly text: string } | { readonly type: 'done'; readonly result: ReadResult };

const scope = self as unknown as { postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (event) => {
  void (async () => {
    const { file } = event.data;
    let result: ReadResult;
    try {
      scope.postMessage({ type: 'step', text: 'Opening the file…' });
      const bytes = new Uint8Array(await file.arrayBuffer());
      result = await readSpreadsheetBytes(bytes, file.name, (text) => scope.postMessage({ type: 'step', text }));
    } catch (error) {
      result = { ok: false, error: `The file could not be read: ${error instanceof Error ? error.message : String(error)}.` };
    }
    scope.postMessage({ type: 'done', result });
  })();
};
