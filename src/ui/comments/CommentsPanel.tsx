/**
 * The side panel's "Comments" tab: every thread, open ones first, with a filter; each says what it
 * is on, and choosing that selects its box or link and brings it into view. Comment text is
 * rendered as text (React escapes it), line breaks kept by CSS: markup in a comment is never run.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { attachmentOf, isOwnComment, listThreads, MAX_COMMENT_LENGTH, type Comment, type Thread, type ThreadFilter, type ThreadTarget } from '../../domain/comments';
import type { Model } from '../../domain/model';
import { useComments, useCommentsStore } from '../../store/CommentsContext';
import type { CommentsStore } from '../../store/commentsSession';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel, type EditorStore } from '../../store/editorStore';
import { myAuthorId } from '../../share/browserKey';
import { rememberedName, rememberName } from '../rememberedName';
import './comments.css';

const FILTERS: readonly { id: ThreadFilter; label: string }[] = [
  { id: 'open', label: 'Open' },
  { id: 'resolved', label: 'Resolved' },
  { id: 'all', label: 'All' },
];

const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/** Selects what a thread is on and brings it into view. */
function showTarget(editor: EditorStore, on: ThreadTarget, model: Model): void {
  const state = editor.getState();
  if (on.kind === 'box' && model.boxes.some((box) => box.id === on.id)) {
    state.setSelection({ boxIds: [on.id], linkIds: [] });
    state.requestFocus([on.id]);
  } else if (on.kind === 'link') {
    const link = model.links.find((item) => item.id === on.id);
    if (!link) return;
    state.setSelection({ boxIds: [], linkIds: [link.id] });
    state.requestFocus([link.source, link.target]);
  }
}

/** The name comments are signed with: the remembered one, or asked for once here. */
function useMyName(): [string, (name: string) => void] {
  const [name, setName] = useState(rememberedName);
  return [name, setName];
}

function NameField({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  return (
    <label className="field">
      Your name
      <input value={name} maxLength={60} autoComplete="name" onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** A text box and a button; calls `onSubmit` with the text, shows the problem it returns. */
function CommentForm({
  label,
  submitLabel,
  initial = '',
  askName,
  onSubmit,
  onCancel,
  autoFocus,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  askName: boolean;
  onSubmit: (text: string, name: string) => string | null;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useMyName();
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const signed = askName ? name.trim() : rememberedName();
    if (askName && !signed) {
      setProblem('Type your name: it is shown with your comment.');
      return;
    }
    const refused = onSubmit(text, signed);
    setProblem(refused);
    if (refused) return;
    if (askName) rememberName(signed);
    setText('');
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      {askName ? <NameField name={name} onChange={setName} /> : null}
      <label className="field" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        value={text}
        rows={3}
        aria-describedby={`${id}-count`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          if (event.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <p id={`${id}-count`} className={text.length > MAX_COMMENT_LENGTH ? 'hint hint--over' : 'hint'}>
        {text.length > MAX_COMMENT_LENGTH * 0.9 ? `${text.length.toLocaleString('en-GB')} of ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters` : 'Plain text. Ctrl+Enter posts.'}
      </p>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="panel__actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function CommentItem({ thread, comment, comments, canComment }: { thread: Thread; comment: Comment; comments: CommentsStore; canComment: boolean }) {
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm-delete'>('show');
  const mine = canComment && isOwnComment(comment, rememberedName(), myAuthorId());
  return (
    <li className="comment">
      <p className="comment__meta">
        <strong>{comment.by || 'Someone'}</strong> <time dateTime={comment.at}>{when(comment.at)}</time>
        {comment.editedAt ? <span className="muted"> (edited)</span> : null}
      </p>
      {mode === 'edit' ? (
        <CommentForm
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.text}
          askName={false}
          autoFocus
          onSubmit={(text) => {
            const problem = comments.getState().edit(thread.id, comment.id, text);
            if (!problem) setMode('show');
            return problem;
          }}
          onCancel={() => setMode('show')}
        />
      ) : (
        <p className="comment__text">{comment.text}</p>
      )}
      {mine && mode === 'show' ? (
        <div className="comment__actions">
          <button type="button" className="link-button" onClick={() => setMode('edit')}>
            Edit<span className="visually-hidden"> your comment</span>
          </button>
          <button type="button" className="link-button" onClick={() => setMode('confirm-delete')}>
            Delete<span className="visually-hidden"> your comment</span>
          </button>
        </div>
      ) : null}
      {mode === 'confirm-delete' ? (
        <div className="comment__confirm" role="group" aria-label="Delete this comment?">
          <span>Delete this comment? This cannot be undone.</span>
          <button type="button" className="button--danger" onClick={() => comments.getState().remove(thread.id, comment.id)}>
            Delete comment
          </button>
          <button type="button" onClick={() => setMode('show')}>
            Keep it
          </button>
        </div>
      ) : null}
    </li>
  );
}

function ThreadView({ thread, model, comments, label, isNew }: { thread: Thread; model: Model; comments: CommentsStore; label: string | undefined; isNew: boolean }) {
  const editor = useEditorStore();
  const canComment = useComments((state) => state.canComment, false);
  const [expanded, setExpanded] = useState(isNew);
  // Opening a thread marks it seen; it still says "New" for as long as it stays on screen.
  const [shownAsNew, setShownAsNew] = useState(isNew);
  useEffect(() => {
    if (isNew) setShownAsNew(true);
  }, [isNew]);
  const attachment = attachmentOf(thread, model, label);
  const headingId = useId();
  const first = thread.comments[0];
  const replies = thread.comments.length - 1;
  useEffect(() => {
    if (expanded && isNew) comments.getState().markSeen(thread.id);
  }, [expanded, isNew, thread, comments]);
  return (
    <li className={`thread${thread.resolved ? ' thread--resolved' : ''}${attachment.attached ? '' : ' thread--orphan'}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="thread__on">
        {attachment.attached && (thread.on.kind === 'box' || thread.on.kind === 'link') ? (
          <button type="button" className="link-button" onClick={() => showTarget(editor, thread.on, model)}>
            {attachment.words}
          </button>
        ) : (
          <span>{attachment.words}</span>
        )}
        {shownAsNew ? <span className="thread__new">New</span> : null}
        {thread.resolved ? <span className="thread__resolved">Resolved</span> : null}
      </h3>
      {expanded ? (
        <>
          <ol className="thread__comments">
            {thread.comments.map((comment) => (
              <CommentItem key={comment.id} thread={thread} comment={comment} comments={comments} canComment={canComment} />
            ))}
          </ol>
          {thread.resolved ? (
            <p className="muted">
              Resolved by {thread.resolved.by} on {when(thread.resolved.at)}.
            </p>
          ) : null}
          {canComment ? (
            <>
              {thread.resolved ? null : <CommentForm label="Reply" submitLabel="Reply" askName={!rememberedName()} onSubmit={(text, name) => comments.getState().reply(thread.id, text, name)} />}
              <div className="panel__actions">
                {thread.resolved ? (
                  <button type="button" onClick={() => comments.getState().reopen(thread.id)}>
                    Reopen
                  </button>
                ) : (
                  <button type="button" onClick={() => comments.getState().resolve(thread.id, rememberedName())}>
                    Resolve
                  </button>
                )}
                <button type="button" onClick={() => setExpanded(false)}>
                  Hide replies
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : (
        <>
          {first ? (
            <p className="thread__preview">
              <strong>{first.by || 'Someone'}</strong>: <span className="comment__text">{first.text.length > 140 ? `${first.text.slice(0, 140)}…` : first.text}</span>
            </p>
          ) : null}
          <button type="button" className="link-button" onClick={() => setExpanded(true)} aria-describedby={headingId}>
            {replies ? `Open thread (${replies === 1 ? '1 reply' : `${replies} replies`})` : 'Open thread'}
          </button>
        </>
      )}
    </li>
  );
}

/** The targets a new thread may be on: the whole model, what is selected, each assumption and risk. */
function targetChoices(model: Model, selection: { boxIds: readonly string[]; linkIds: readonly string[] }): { value: string; label: string; on: ThreadTarget }[] {
  const choices: { value: string; label: string; on: ThreadTarget }[] = [{ value: 'model', label: 'The whole model', on: { kind: 'model' } }];
  const add = (on: ThreadTarget) => {
    const words = attachmentOf({ id: '', on, comments: [] }, model).words;
    choices.push({ value: on.kind === 'model' ? 'model' : `${on.kind}:${on.id}`, label: words.replace(/^On /, ''), on });
  };
  for (const id of selection.boxIds) add({ kind: 'box', id });
  for (const id of selection.linkIds) add({ kind: 'link', id });
  for (const condition of model.conditions) add({ kind: 'condition', id: condition.id });
  return choices;
}

function NewThread({ model, comments }: { model: Model; comments: CommentsStore }) {
  const draft = useComments((state) => state.draft, null);
  const selection = useEditor((state) => state.selection);
  const choices = targetChoices(model, selection);
  const draftValue = draft ? (draft.on.kind === 'model' ? 'model' : `${draft.on.kind}:${draft.on.id}`) : null;
  if (draft && draftValue && !choices.some((choice) => choice.value === draftValue)) {
    const words = attachmentOf({ id: '', on: draft.on, comments: [] }, model).words;
    choices.push({ value: draftValue, label: words.replace(/^On /, ''), on: draft.on });
  }
  const [target, setTarget] = useState(draftValue ?? 'model');
  useEffect(() => {
    if (draftValue) setTarget(draftValue);
  }, [draftValue, draft?.nonce]);
  const chosen = choices.find((choice) => choice.value === target) ?? choices[0]!;
  return (
    <section className="panel__section new-thread" aria-label="New comment">
      <label className="field">
        Comment on
        <select value={chosen.value} onChange={(event) => setTarget(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <CommentForm
        key={draft?.nonce ?? 0}
        label="New comment"
        submitLabel="Post comment"
        askName={!rememberedName()}
        autoFocus={Boolean(draft)}
        onSubmit={(text, name) => {
          const problem = comments.getState().start(chosen.on, text, name);
          if (!problem) comments.getState().clearDraft();
          return problem;
        }}
      />
    </section>
  );
}

export function CommentsPanel() {
  const comments = useCommentsStore();
  const model = useEditor(currentModel);
  const threads = useComments((state) => state.threads, []);
  const labels = useComments((state) => state.labels, new Map<string, string>());
  const news = useComments((state) => state.news, new Set<string>());
  const filter = useComments((state) => state.filter, 'open');
  const canComment = useComments((state) => state.canComment, false);
  const problem = useComments((state) => state.problem, null);
  if (!model || !comments) return <p className="muted">Comments are not kept here.</p>;
  const shown = listThreads(threads, filter);
  const openCount = threads.filter((thread) => !thread.resolved).length;
  return (
    <div className="panel__content comments-panel">
      <h2 className="panel__heading">Comments</h2>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      {canComment ? <NewThread model={model} comments={comments} /> : <p className="muted">You can read the comments on this model; your link does not let you add any.</p>}
      <div className="comments-filter" role="radiogroup" aria-label="Show comments">
        {FILTERS.map((option) => (
          <label key={option.id}>
            <input type="radio" name="comments-filter" checked={filter === option.id} onChange={() => comments.getState().setFilter(option.id)} /> {option.label}
          </label>
        ))}
      </div>
      <p className="muted" role="status">
        {openCount === 1 ? '1 open thread' : `${openCount} open threads`}, {threads.length - openCount} resolved.
      </p>
      {shown.length ? (
        <ul className="thread-list" aria-label="Comment threads">
          {shown.map((thread) => (
            <ThreadView key={thread.id} thread={thread} model={model} comments={comments} label={labels.get(thread.id)} isNew={news.has(thread.id)} />
          ))}
        </ul>
      ) : (
        <p className="muted">{filter === 'resolved' ? 'No resolved threads.' : filter === 'open' ? 'No open threads.' : 'No comments yet.'}</p>
      )}
    </div>
  );
}

/** The tab's name, with how many threads have news for this person. */
export function CommentsTabLabel() {
  return (
    <>
      Comments
      <CommentsNews />
    </>
  );
}

/** How many comments are new, said beside the Comments tab, or beside More while the tab is under it. */
export function CommentsNews() {
  const news = useComments((state) => state.news.size, 0);
  return news ? <span className="tab-count"> ({news} new)</span> : null;
}
