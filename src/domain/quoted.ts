/** How user text is quoted inside a sentence: flags, change lists, board papers. */

/** Text in quotation marks on one line, shortened to `longest` characters when given. */
export function quoted(text: string, fallback: string, longest = Infinity): string {
  // Most labels have single spaces only: leave those untouched rather than copy every label.
  const trimmed = /\s\s|[^\S ]/.test(text) ? text.trim().replace(/\s+/g, ' ') : text.trim();
  if (!trimmed) return fallback;
  if (trimmed.length <= longest) return `“${trimmed}”`;
  let cut = longest - 1;
  // Never cut between the two halves of a character outside the basic plane, such as an emoji.
  if (/[\uD800-\uDBFF]/.test(trimmed.charAt(cut - 1))) cut -= 1;
  return `“${trimmed.slice(0, cut).trimEnd()}…”`;
}
