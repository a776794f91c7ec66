/**
 * File names for exports, from the model's title: the same stem as the model file (`modelFileName`),
 * so a board paper's PNG, PDF and model file sit side by side as `reducing-reoffending.*`.
 */
import { modelFileName } from '../file/serialise';

/** `<stem>.<extension>`, e.g. exportFileName('Reducing reoffending', 'png') → 'reducing-reoffending.png'. */
export function exportFileName(title: string, extension: string, suffix = ''): string {
  const stem = modelFileName(title).replace(/\.json$/, '');
  return `${stem}${suffix}.${extension.replace(/^\./, '')}`;
}
