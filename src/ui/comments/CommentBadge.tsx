/**
 * The count of open threads on a box or link, drawn on the canvas. It reads its own count from the
 * comments store, so a new comment redraws one badge, and typing in the model never reaches it.
 */
import { openCountWords, type ThreadTarget } from '../../domain/comments';
import { useOpenCommentCount } from '../../store/CommentsContext';

export function CommentBadge({ on, className }: { on: ThreadTarget; className: string }) {
  const count = useOpenCommentCount(on);
  if (!count) return null;
  const words = openCountWords(count);
  return (
    <span className={className} title={words}>
      <span aria-hidden="true">💬 {count}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
