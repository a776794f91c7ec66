/**
 * The count of open threads on a box or link, drawn on the canvas. It reads its own count from the
 * comments store, so a new comment redraws one badge, and typing in the model never reaches it.
 */
import { openCountWords, type ThreadTarget } from '../domain/comments';
import { useOpenCommentCount } from '../store/CommentsContext';

export function CommentBadge({ on, className }: { on: ThreadTarget; className: string }) {
  const count = useOpenCommentCount(on);
  if (!count) return null;
  const words = openCountWords(count);
  return (
    <span className={className} title={words}>
      <span aria-hidden="true">
        <svg className="comment-badge__icon" viewBox="0 0 12 12" width="10" height="10">
          <path d="M1 1h10v7H5l-3 3V8H1z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </svg>{' '}
        {count}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
