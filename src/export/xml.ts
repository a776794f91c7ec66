/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF). One of them pasted
 * into a label would make the whole SVG unreadable by Inkscape, Word and DOMParser, so they become
 * U+FFFD, the visible "replacement character".
 */
const NOT_XML_CHARACTER =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The text with each character XML cannot hold replaced by U+FFFD, for a writer that escapes the rest itself. */
export function xmlCharactersOnly(text: string): string {
  return text.replace(NOT_XML_CHARACTER, '\uFFFD');
}

/**
 * Makes any user string safe as XML or HTML text or as a quoted attribute value: markup in a label
 * is shown as characters and never becomes an element.
 */
export function escapeXml(text: string): string {
  return xmlCharactersOnly(text).replace(/[&<>"']/g, (character) => ENTITY[character] as string);
}

/** A coordinate with one decimal, never "-0": short, stable output for identical input. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
