import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { editBox } from '../actions/commands';
import { estimateBoxHeight } from '../domain/lanes';
import { levelName } from '../domain/levels';
import { useEditorStore } from '../store/EditorContext';
import type { BoxFlowNode } from './flowElements';
import { ProgressBadge, progressBoxStyle } from './ProgressBadge';
import { ChangeTag } from './ChangeTag';
import { BoxOpensSlot } from './BoxOpensSlot';
import { CommentBadge } from './CommentBadge';
import { BoxMeasureWords } from './MeasureDirection';

/** Returns keyboard focus to a box on the canvas (after editing its label, say). */
export function focusBoxOnCanvas(id: string): void {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  element?.focus();
}

function LabelEditor({ id, label, levelId }: { id: string; label: string; levelId: BoxFlowNode['data']['box']['level'] }) {
  const store = useEditorStore();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // React Flow keeps a new node hidden until it has measured it, and hidden fields refuse focus:
    // try again on the next frames until the field takes it.
    let frame = 0;
    let tries = 0;
    const tryFocus = () => {
      const element = field.current;
      if (!element) return;
      element.focus({ preventScroll: true });
      if (document.activeElement === element) element.setSelectionRange(element.value.length, element.value.length);
      else if (tries++ < 30) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, []);
  const finish = () => {
    store.getState().setEditingBox(null);
    requestAnimationFrame(() => focusBoxOnCanvas(id));
  };
  return (
    <textarea
      ref={field}
      className="box-node__editor nodrag nopan nowheel"
      aria-label={`Label of this ${levelName(levelId)} box`}
      defaultValue={label}
      maxLength={300}
      rows={3}
      onChange={(event) => editBox(store, id, { label: event.target.value })}
      onBlur={() => store.getState().editingBoxId === id && store.getState().setEditingBox(null)}
      onKeyDown={(event) => {
        // Undo and redo stay the model's (the editor-wide shortcut); other keys belong to the field.
        const undoKey = (event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase());
        if (!undoKey) event.stopPropagation();
        if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
          event.preventDefault();
          finish();
        }
      }}
    />
  );
}

function BoxNodeView({ id, data, selected }: NodeProps<BoxFlowNode>) {
  const { box, editing, highlighted, flagCount, flagText, showProgress, partners, partnerDragged, change, direction, measure } = data;
  return (
    <div
      className={`box-node level-${box.level}${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}${showProgress ? ' shows-progress' : ''}${partnerDragged ? ' is-partner-dragged' : ''}${change ? ` is-${change}` : ''}`}
      // Never shorter than the layout's height, which the exports draw and links are routed around.
      style={{ minHeight: estimateBoxHeight(box.label), ...(showProgress ? progressBoxStyle(box.rating) : {}) }}
      title={flagText || undefined}
    >
      {partners.map((partner, index) => (
        <span key={index} className="box-node__partner" style={{ '--partner': partner.colour, inset: `${-5 - index * 4}px` } as CSSProperties}>
          {index === 0 ? <span className="box-node__partner-name">{partners.map((mark) => mark.name).join(', ')}</span> : null}
        </span>
      ))}
      {partners.length ? <span className="visually-hidden">Selected by {partners.map((mark) => mark.name).join(', ')}</span> : null}
      <Handle type="target" position={Position.Left} className="box-node__handle" />
      {editing ? (
        <LabelEditor id={id} label={box.label} levelId={box.level} />
      ) : (
        <div className="box-node__label">{box.label.trim() ? box.label : <span className="box-node__placeholder">Untitled box</span>}</div>
      )}
      {box.owner ? <div className="box-node__owner">{box.owner}</div> : null}
      {box.opens ? <BoxOpensSlot opens={box.opens} /> : null}
      {showProgress ? <ProgressBadge rating={box.rating} direction={direction} /> : null}
      {measure ? <BoxMeasureWords measure={measure} /> : null}
      {change ? <ChangeTag change={change} /> : null}
      {box.feature ? <span className="box-node__feature" title="Stands for an evidence feature" aria-hidden="true" /> : null}
      {flagCount > 0 ? (
        <span className="box-node__badge" title={flagText}>
          <span aria-hidden="true">{flagCount}</span>
          <span className="visually-hidden">{flagCount === 1 ? '1 flag' : `${flagCount} flags`}</span>
        </span>
      ) : null}
      <CommentBadge on={{ kind: 'box', id }} className="box-node__comments" />
      <Handle type="source" position={Position.Right} className="box-node__handle" />
    </div>
  );
}

export const BoxNode = memo(BoxNodeView);
