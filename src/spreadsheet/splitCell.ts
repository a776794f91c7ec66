/**
 * One table cell as the boxes it holds: a cell of several lines, or of bullets, is several boxes
 * (PRODUCT.md §14). Numbering and bullet marks — including Word's Symbol-font bullet — are dropped.
 */
// •, ◦, ▪, ▫, ‣, ⁃, ·, Word's Symbol-font bullet (U+F0B7), –, —, and -, *, + followed by a space.
const BULLET_MARKS = '\u2022\u25e6\u25aa\u25ab\u2023\u2043\u00b7\uf0b7\uf0a7\u25cf\u25cb\u25a0';
const LEADING_MARK = new RegExp(`^(?:[${BULLET_MARKS}]\\s*|[-*+\u2013\u2014]\\s+|\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,5})[.)]\\s+)`, 'i');
const INLINE_BULLET = new RegExp(`\\s*[${BULLET_MARKS}]\\s*`);

export function splitCell(text: string): string[] {
  const items: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    for (const part of line.split(INLINE_BULLET)) {
      const label = part.replace(/\u00a0/g, ' ').trim().replace(LEADING_MARK, '').replace(/\s+/g, ' ').trim();
      if (label) items.push(label);
    }
  }
  return items;
}
