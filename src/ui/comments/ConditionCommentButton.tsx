import { openCountWords } from '../../domain/comments';
import { useComments, useCommentsStore, useOpenCommentCount } from '../../store/CommentsContext';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { startCommentOn } from './CommentOnSelection';

/**
 * An assumption's or risk's comment threads: how many are open, and a way to start one. (Its own
 * "Comment" field is the partnership's answer, kept in the model; a thread is a discussion of it.)
 */
export function ConditionCommentButton({ id, name }: { id: string; name: string }) {
  const editor = useEditorStore();
  const comments = useCommentsStore();
  const canComment = useComments((state) => state.canComment, false);
  // A read-only panel disables every control in it; a commenter starts a thread on an assumption or
  // risk from the Comments tab's "Comment on" list instead.
  const readOnly = useEditor((state) => state.readOnly);
  const count = useOpenCommentCount({ kind: 'condition', id });
  if (!comments) return null;
  return (
    <>
      {count ? <span className="condition__threads">{openCountWords(count)}</span> : null}
      {canComment && !readOnly ? (
        <button type="button" className="link-button" aria-label={`Start a comment thread on “${name}”`} onClick={() => startCommentOn(editor, comments, { kind: 'condition', id })}>
          Discuss
        </button>
      ) : null}
    </>
  );
}
