import type { Progress } from '../domain/model';

/**
 * A small mark of a rating's colour and shape (the red/amber/green/blue of board papers), shown only
 * beside the rating's word: colour alone would say nothing in greyscale or to a screen reader.
 */
export function RatingSwatch({ progress }: { progress: Progress }) {
  return <span className={`rating-swatch rating-swatch--${progress}`} aria-hidden="true" />;
}
