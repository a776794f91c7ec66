/**
 * "Comment on this box / link": under the box's or link's details, outside the panel's read-only
 * fieldset, since a commenter may comment on what they cannot change.
 */
import { useShallow } from 'zustand/react/shallow';
import type { ThreadTarget } from '../../domain/comments';
import { useComments, useCommentsStore } from '../../store/CommentsContext';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import type { Selection } from '../../store/editorStore';
import type { CommentsStore } from '../../store/commentsSession';
import type { EditorStore } from '../../store/editorStore';

/** What a comment started now would be on: the one selected box or link, else the whole model. */
export function commentTargetOf(selection: Selection): ThreadTarget {
  if (selection.boxIds.length === 1 && !selection.linkIds.length) return { kind: 'box', id: selection.boxIds[0]! };
  if (selection.linkIds.length === 1 && !selection.boxIds.length) return { kind: 'link', id: selection.linkIds[0]! };
  return { kind: 'model' };
}

/** Opens the Comments tab with a new comment on `on`, its text box focused. */
export function startCommentOn(editor: EditorStore, comments: CommentsStore, on: ThreadTarget): void {
  comments.getState().requestDraft(on);
  editor.getState().setPanelTab('comments');
}

export function CommentOnSelection() {
  const editor = useEditorStore();
  const comments = useCommentsStore();
  const canComment = useComments((state) => state.canComment, false);
  const selection = useEditor(useShallow((state) => state.selection));
  const on = commentTargetOf(selection);
  if (!comments || !canComment || on.kind === 'model') return null;
  return (
    <div className="panel__actions comment-on-selection">
      <button type="button" onClick={() => startCommentOn(editor, comments, on)} aria-keyshortcuts="C">
        Comment on this {on.kind}
      </button>
    </div>
  );
}
