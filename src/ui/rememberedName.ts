/**
 * The name the user last gave in a "by" or "rated by" field, kept in this browser only, so the next
 * entry need not be typed again. Storage may be refused (private mode): then nothing is remembered.
 */
const KEY = 'outcome-chains:person-name';

export function rememberedName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  try {
    localStorage.setItem(KEY, trimmed);
  } catch {
    // Remembering is a convenience; the entry itself is saved with the model.
  }
}
