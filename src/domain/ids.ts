/** Short random ids for boxes, links, conditions and models. */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let text = '';
  for (const byte of bytes) text += byte.toString(36).padStart(2, '0');
  return `${prefix}-${text.slice(0, 12)}`;
}
