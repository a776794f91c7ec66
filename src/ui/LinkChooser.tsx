import { useEffect, useMemo, useState } from 'react';
import { boxName, linkBoxes } from '../actions/commands';
import { levelIndex } from '../domain/levels';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { useModalDialog } from './useModalDialog';

/** "Link to…": pick the box to link to from a searchable list, without a mouse. */
export function LinkChooser() {
  const store = useEditorStore();
  const sourceId = useEditor((state) => state.linkChooserFor);
  const model = useEditor(currentModel);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const source = model?.boxes.find((box) => box.id === sourceId);

  const close = () => store.getState().setLinkChooser(null);
  const dialogProps = useModalDialog(Boolean(source), close);
  useEffect(() => {
    if (!sourceId) return;
    setQuery('');
    setMessage(null);
  }, [sourceId]);

  const candidates = useMemo(() => {
    if (!model || !source) return [];
    const linked = new Set(model.links.filter((link) => link.source === source.id).map((link) => link.target));
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return model.boxes
      .filter((box) => box.id !== source.id && !linked.has(box.id))
      .filter((box) => {
        const text = boxName(box).toLowerCase();
        return words.every((word) => text.includes(word));
      })
      .sort((a, b) => levelIndex(a.level) - levelIndex(b.level) || a.y - b.y);
  }, [model, source, query]);

  return (
    <dialog {...dialogProps} className="link-chooser" aria-labelledby="link-chooser-title">
      {source ? (
        <>
          <h2 id="link-chooser-title">Link “{boxName(source)}” to…</h2>
          <label className="field">
            Find a box
            <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
          </label>
          {message ? <p role="alert">{message}</p> : null}
          {candidates.length === 0 ? (
            <p className="muted">No box matches.</p>
          ) : (
            <ul className="link-chooser__list" aria-label="Boxes to link to">
              {candidates.map((box) => (
                <li key={box.id}>
                  <button
                    type="button"
                    onClick={() => {
                      const refusal = linkBoxes(store, source.id, box.id);
                      if (refusal) setMessage(refusal);
                      else close();
                    }}
                  >
                    {boxName(box)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </>
      ) : null}
    </dialog>
  );
}
