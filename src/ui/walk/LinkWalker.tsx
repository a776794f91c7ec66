import { useEffect, useRef, useState } from 'react';
import { boxName } from '../../actions/commands';
import { boxesAlongLinks, type WalkDirection } from '../../analysis/pathway';
import { focusBoxOnCanvas } from '../../canvas/BoxNode';
import type { Box } from '../../domain/model';
import { useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { useModalDialog } from '../useModalDialog';
import { isTextField } from '../useEditorShortcuts';

/** The keys that walk along links from the focused box: one forward along a link out, one back along a link in. */
export const WALK_KEYS: Readonly<Record<WalkDirection, string>> = { out: ']', in: '[' };

function focusedBoxId(): string | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || !element.matches('.react-flow__node-box')) return null;
  return element.dataset.id ?? null;
}

interface Choice {
  readonly from: Box;
  readonly direction: WalkDirection;
  readonly boxes: readonly Box[];
}

/**
 * Keyboard travel along links (PRODUCT.md §15): from a focused box, ] moves focus to the box a link
 * leads to and [ back to the box a link comes from; where there are several, a short list offers the
 * choice. Focus moves (the canvas brings the box into view and a screen reader hears its name and
 * links); the selection stays as it was.
 */
export function LinkWalker() {
  const store = useEditorStore();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [message, setMessage] = useState('');
  // Where focus goes when the list closes: the box chosen, or the box it was opened from.
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target) || document.querySelector('dialog[open]')) return;
      const direction: WalkDirection | null = event.key === WALK_KEYS.out ? 'out' : event.key === WALK_KEYS.in ? 'in' : null;
      const fromId = direction ? focusedBoxId() : null;
      const model = currentModel(store.getState());
      if (!direction || !fromId || !model) return;
      const from = model.boxes.find((box) => box.id === fromId);
      if (!from) return;
      event.preventDefault();
      const boxes = boxesAlongLinks(model, fromId, direction);
      if (boxes.length === 1) {
        focusBoxOnCanvas(boxes[0]!.id);
      } else if (boxes.length === 0) {
        // Said, not shown: focus stays on the box.
        setMessage(direction === 'out' ? `No link leads out of ${boxName(from)}.` : `No link leads into ${boxName(from)}.`);
      } else {
        returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setChoice({ from, direction, boxes });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  const close = (goTo?: string) => {
    if (goTo) returnTo.current = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(goTo)}"]`) ?? returnTo.current;
    setChoice(null);
  };
  const dialogProps = useModalDialog(choice !== null, () => close(), returnTo);
  const heading = choice ? (choice.direction === 'out' ? `Follow a link out of “${boxName(choice.from)}” to…` : `Go back along a link into “${boxName(choice.from)}” from…`) : '';

  return (
    <>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <dialog {...dialogProps} className="link-chooser" aria-labelledby="link-walker-title">
        {choice ? (
          <>
            <h2 id="link-walker-title">{heading}</h2>
            <ul className="link-chooser__list" aria-label={choice.direction === 'out' ? 'Boxes its links lead to' : 'Boxes whose links lead to it'}>
              {choice.boxes.map((box, index) => (
                <li key={box.id}>
                  <button type="button" autoFocus={index === 0} onClick={() => close(box.id)}>
                    {boxName(box)}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => close()}>
              Cancel
            </button>
          </>
        ) : null}
      </dialog>
    </>
  );
}
