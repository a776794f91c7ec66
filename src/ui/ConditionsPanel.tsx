import { useEffect, useRef, useState } from 'react';
import { addOwnCondition, editConditionComment, editConditionText, removeOwnCondition, setConditionStatus } from '../actions/conditionCommands';
import { statusesFor, type Condition, type ConditionKind, type ConditionStatus } from '../domain/model';
import { TABLE1_ASSUMPTIONS, TABLE1_RISKS } from '../evidence/table1';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { ConditionCommentButton } from './comments/ConditionCommentButton';
import './evidence.css';

const STATUS_LABELS: Readonly<Record<ConditionStatus, string>> = {
  holds: 'Holds',
  'at-risk': 'At risk',
  managed: 'Managed',
  live: 'Live',
  unchecked: 'Unchecked',
};

const KIND_TEXT: Readonly<Record<ConditionKind, { title: string; one: string; add: string; intro: string }>> = {
  assumption: {
    title: 'Assumptions',
    one: 'assumption',
    add: 'Add an assumption',
    intro: 'What must be true for the model to work. Does each one hold here?',
  },
  risk: {
    title: 'Risks',
    one: 'risk',
    add: 'Add a risk',
    intro: 'What could undermine the partnership. Is each one managed, or still live?',
  },
};

/**
 * Table 1's own conditions keep the briefing's wording: they have its ids (a1…a9, r1…r9, as every
 * template and new model gives them) and its text. Anything else is the partnership's own.
 */
function isFromTable1(condition: Condition): boolean {
  const match = /^([ar])([1-9])$/.exec(condition.id);
  if (!match) return false;
  const [, letter, digit] = match;
  const lines = condition.kind === 'assumption' ? TABLE1_ASSUMPTIONS : TABLE1_RISKS;
  return letter === (condition.kind === 'assumption' ? 'a' : 'r') && lines[Number(digit) - 1] === condition.text;
}

function nameOf(condition: Condition): string {
  return condition.text.trim() || `untitled ${condition.kind}`;
}

function ConditionRow({ condition, ownNumber, onRemoved }: { condition: Condition; ownNumber: number | null; onRemoved: () => void }) {
  const store = useEditorStore();
  const name = nameOf(condition);
  const own = ownNumber !== null;
  return (
    <li className={`condition condition--${condition.status}`} data-condition-id={condition.id}>
      {own ? (
        <label className="condition__own">
          <span className="condition__own-label">
            Your {KIND_TEXT[condition.kind].one} {ownNumber}
          </span>
          <textarea
            className="condition__text-field"
            value={condition.text}
            rows={2}
            maxLength={300}
            placeholder={`Write the ${condition.kind}`}
            onChange={(event) => editConditionText(store, condition.id, event.target.value)}
          />
        </label>
      ) : (
        <p className="condition__text">
          {condition.text}
          <span className="condition__source"> Table 1</span>
        </p>
      )}
      <div className="condition__controls">
        <label className="condition__status">
          <span aria-hidden="true">Status</span>
          <select
            value={condition.status}
            aria-label={`Status of: ${name}`}
            onChange={(event) => setConditionStatus(store, condition.id, event.target.value as ConditionStatus)}
          >
            {statusesFor(condition.kind).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <ConditionCommentButton id={condition.id} name={name} />
        {own ? (
          <button
            type="button"
            className="link-button condition__remove"
            aria-label={`Remove “${name}”`}
            onClick={() => {
              removeOwnCondition(store, condition.id);
              onRemoved();
            }}
          >
            Remove
          </button>
        ) : null}
      </div>
      <textarea
        className="condition__comment"
        value={condition.comment ?? ''}
        rows={1}
        aria-label={`Comment on: ${name}`}
        placeholder="Comment: why, and what you will do"
        onChange={(event) => editConditionComment(store, condition.id, event.target.value)}
      />
    </li>
  );
}

function statusSummary(conditions: readonly Condition[], kind: ConditionKind): string {
  return statusesFor(kind)
    .map((status) => ({ status, count: conditions.filter((c) => c.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${STATUS_LABELS[status].toLowerCase()}`)
    .join(' · ');
}

function ConditionList({ kind, conditions }: { kind: ConditionKind; conditions: readonly Condition[] }) {
  const store = useEditorStore();
  const text = KIND_TEXT[kind];
  const [focusId, setFocusId] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const ofKind = conditions.filter((condition) => condition.kind === kind);
  const headingId = `conditions-${kind}`;
  let own = 0;

  // A new condition's text field takes focus once it is drawn.
  useEffect(() => {
    if (!focusId) return;
    const field = section.current?.querySelector<HTMLElement>(`[data-condition-id="${CSS.escape(focusId)}"] .condition__text-field`);
    if (!field) return;
    field.focus();
    setFocusId(null);
  }, [focusId, conditions]);

  // Removing the row that had focus would drop focus on the page: keep it in this list.
  const onRemoved = () => addButton.current?.focus();

  return (
    <section ref={section} className="conditions__group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {text.title} <span className="conditions__count">({ofKind.length})</span>
      </h3>
      <p className="hint">{text.intro}</p>
      {ofKind.length ? <p className="conditions__summary">{statusSummary(ofKind, kind)}</p> : null}
      <ul className="condition-list">
        {ofKind.map((condition) => {
          const number = isFromTable1(condition) ? null : ++own;
          return <ConditionRow key={condition.id} condition={condition} ownNumber={number} onRemoved={onRemoved} />;
        })}
      </ul>
      <button ref={addButton} type="button" onClick={() => setFocusId(addOwnCondition(store, kind))}>
        {text.add}
      </button>
    </section>
  );
}

/** Table 1's assumptions and risks, and the partnership's own, each with a status and a comment. */
export function ConditionsPanel() {
  const model = useEditor(currentModel);
  if (!model) return null;
  return (
    <div className="panel__content conditions">
      <h2 className="panel__heading">Assumptions and risks</h2>
      <p className="conditions__intro">
        From Table 1 of the briefing, “Conditions for effective partnership working”, with any of your own. Set each one’s status and note why.
      </p>
      <ConditionList kind="assumption" conditions={model.conditions} />
      <ConditionList kind="risk" conditions={model.conditions} />
    </div>
  );
}
