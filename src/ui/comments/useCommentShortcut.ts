import { useEffect } from 'react';
import { useCommentsStore } from '../../store/CommentsContext';
import { useEditorStore } from '../../store/EditorContext';
import { isTextField } from '../useEditorShortcuts';
import { commentTargetOf, startCommentOn } from './CommentOnSelection';

/** C: a new comment on the selected box or link (on the whole model when none is), in the Comments tab. */
export function useCommentShortcut(): void {
  const editor = useEditorStore();
  const comments = useCommentsStore();
  useEffect(() => {
    if (!comments) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'c' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextField(event.target) || document.querySelector('dialog[open]') || !comments.getState().canComment) return;
      event.preventDefault();
      startCommentOn(editor, comments, commentTargetOf(editor.getState().selection));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor, comments]);
}
