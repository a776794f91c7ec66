/**
 * The Export… dialog (PRODUCT.md §8, issue 5). Its content and the export code behind it (SVG, PDF,
 * the text versions, the slide plan) load when first wanted, outside the page's first JavaScript:
 * the Export… button starts the load on hover or focus (preloadExportDialog).
 */
import { Suspense, useEffect, useId, type RefObject } from 'react';
import { useEditor } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { usePathway } from '../store/usePathway';
import { focusFirstControlOf, loadWhenWanted } from './loadWhenWanted';
import { useModalDialog } from './useModalDialog';

const exportForm = loadWhenWanted(() => import('./ExportForm').then((module) => module.ExportForm));
export const preloadExportDialog = exportForm.preload;

/** Mounted after the form: when the form came after the dialog opened, its first control takes focus. */
function FocusFirstControl({ dialog }: { dialog: RefObject<HTMLDialogElement | null> }) {
  useEffect(() => focusFirstControlOf(dialog.current), [dialog]);
  return null;
}

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
  const dialogProps = useModalDialog(open, onClose, opener);
  const titleId = useId();
  const model = useEditor((state) => (open ? currentModel(state) : null));
  const pathway = usePathway(open);

  return (
    <dialog {...dialogProps} className="dialog export" aria-labelledby={titleId}>
      {open && model ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <exportForm.Component model={model} pathway={pathway} titleId={titleId} onClose={onClose} />
          <FocusFirstControl dialog={dialogProps.ref} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
