/**
 * Fonts for the PDF. jsPDF's built-in Helvetica covers only the Windows-1252 characters; text
 * beyond them (Welsh ŵ and ŷ, Polish, Greek, arrows…) would come out garbled. Such a PDF gets DejaVu
 * Sans embedded instead. The font files are loaded only then, so most PDFs stay small and fast.
 */
import type { jsPDF as JsPdf } from 'jspdf';

/** The name the SVG's font stack and jsPDF share (see FONT_FAMILY in theme.ts). */
export const UNICODE_FONT = 'DejaVu Sans';
export const STANDARD_FONT = 'helvetica';

// Windows-1252's characters between 0x80 and 0x9F; the rest of it is Latin-1.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** True when every character can be written with the PDF's standard fonts. */
export function fitsStandardFonts(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff) || code === 0x0a || CP1252_EXTRAS.has(char)) continue;
    return false;
  }
  return true;
}

function base64Of(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Registers DejaVu Sans (normal, bold, oblique as italic) with the document; returns its name. */
export async function embedUnicodeFont(doc: JsPdf): Promise<string> {
  const [normal, bold, italic] = await Promise.all([
    import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline'),
    import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline'),
    import('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?inline'),
  ]);
  const faces: [string, string, string][] = [
    ['DejaVuSans.ttf', normal.default, 'normal'],
    ['DejaVuSans-Bold.ttf', bold.default, 'bold'],
    ['DejaVuSans-Oblique.ttf', italic.default, 'italic'],
  ];
  for (const [file, dataUrl, style] of faces) {
    doc.addFileToVFS(file, base64Of(dataUrl));
    doc.addFont(file, UNICODE_FONT, style);
  }
  return UNICODE_FONT;
}
