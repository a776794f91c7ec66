/**
 * Reading a .docx the way the report's tests need: unzipped, its paragraphs as the text a reader
 * sees, the styles it refers to, and the pixel size of its pictures. Shared by the unit test and the
 * end-to-end test so that both check the download the same way.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface ReadDocx {
  readonly parts: Readonly<Record<string, Uint8Array>>;
  readonly documentXml: string;
  readonly stylesXml: string;
  /** Each paragraph's text, runs joined, a line break as "\n", entities decoded. */
  readonly paragraphs: readonly string[];
  /** Every style id that document.xml refers to (paragraphs, runs and tables). */
  readonly stylesUsed: ReadonlySet<string>;
  /** The pixel size of each PNG in word/media, by part name. */
  readonly pictures: ReadonlyMap<string, { width: number; height: number }>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_match, name: string, decimal?: string, hex?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name] as string),
  );
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((byte, index) => bytes[index] === byte)) throw new Error('Not a PNG.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text of each paragraph in a piece of WordprocessingML. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    decodeXmlText(
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map(([whole, content]) => (whole === '<w:br/>' ? '\n' : (content ?? ''))).join(''),
    ),
  );
}

/** Every table row in the document, as the text of its cells (a cell's paragraphs a line each). */
export function tableRowsOf(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphsOf(cell).join('\n')));
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const parts = unzipSync(bytes);
  const part = (name: string) => {
    const found = parts[name];
    if (!found) throw new Error(`The document has no ${name}.`);
    return strFromU8(found);
  };
  const documentXml = part('word/document.xml');
  const paragraphs = paragraphsOf(documentXml);
  const stylesUsed = new Set([...documentXml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]*)"/g)].map((match) => match[1] as string));
  const pictures = new Map(
    Object.entries(parts)
      .filter(([name]) => name.startsWith('word/media/') && name.endsWith('.png'))
      .map(([name, data]) => [name, pngSize(data)] as const),
  );
  return { parts, documentXml, stylesXml: part('word/styles.xml'), paragraphs, stylesUsed, pictures };
}
