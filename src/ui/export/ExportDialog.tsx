/**
 * The Export… dialog (PRODUCT.md §8, issue 5). Its content and the export code behind it (SVG, PDF,
 * the text versions, the slide plan) load when first wanted, outside the page's first JavaScript:
 * the Export… button starts the load on hover or focus (preloadExportDialog).
 */
import { useId, type RefObject } from 'react';
import { useEditor } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { usePathway } from '../../store/usePathway';
import { loadWhenWanted } from '../loadWhenWanted';
import { useModalDialog } from '../useModalDialog';

const exportForm = loadWhenWanted(() => import('./ExportForm').then((module) => module.ExportForm));
export const preloadExportDialog = exportForm.preload;

/** The export dialog: modal, so focus stays inside; Escape or Close shut it and focus goes back to the opener. */
export function ExportDialog({
  open,
  onClose,
  opener,
}: {
  open: boolean;
  onClose: () => void;
  opener: RefObject<HTMLElement | null>;
}) {
  // It opens once its content's code is here (at once, after the first time), whole and focused as ever.
  const shown = exportForm.useLoaded(open) && open;
  const dialogProps = useModalDialog(shown, onClose, opener);
  const titleId = useId();
  const model = useEditor((state) => (shown ? currentModel(state) : null));
  const pathway = usePathway(shown);

  return (
    <dialog {...dialogProps} className="dialog export" aria-labelledby={titleId}>
      {shown && model ? <exportForm.Component model={model} pathway={pathway} titleId={titleId} onClose={onClose} /> : null}
    </dialog>
  );
}
