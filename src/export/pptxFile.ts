/**
 * The PowerPoint export in the browser: plans the slides, then imports the writer — and with it
 * pptxgenjs (about 120 KB gzip with its zip library) — only now, so neither is in the initial bundle.
 */
import type { Flag } from '../analysis';
import type { ModelContent } from '../domain/model';
import { planMeasureSlides } from './measureSlides';
import { planSlides } from './slidePlan';

export interface PptxRequest {
  readonly date: string;
  readonly flags: readonly Flag[];
  readonly showProgress: boolean;
  /** Links around boxes (View ▸ "Route links around boxes"). */
  readonly routeLinks?: boolean;
  readonly pathways: readonly { readonly title: string; readonly boxIds: readonly string[] }[];
}

export async function exportPptx(model: ModelContent, request: PptxRequest): Promise<Blob> {
  const slides = [...planSlides(model, request), ...planMeasureSlides(model)];
  const { buildPptx, PPTX_MIME_TYPE } = await import('./pptx');
  const bytes = await buildPptx(slides, { title: model.title.trim() || 'Untitled model' });
  return new Blob([bytes as BlobPart], { type: PPTX_MIME_TYPE });
}
