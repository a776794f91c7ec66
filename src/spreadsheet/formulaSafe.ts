/**
 * No cell we write is ever run as a formula (OWASP's CSV-injection advice): text that a spreadsheet
 * would read as a formula — starting with =, +, -, @, a tab or a carriage return — is written with
 * a leading apostrophe, which every spreadsheet shows as text. Text that already starts with
 * apostrophes before such a character gets one more, so reading back (`fromFormulaSafe`) is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text as it was before `formulaSafe`. */
export function fromFormulaSafe(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
