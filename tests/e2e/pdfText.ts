/** Reading a downloaded PDF's text the way a reader's viewer would show it, for the export tests. */
import { inflateSync } from 'node:zlib';

/** A stream's bytes, inflated when they are compressed. */
function streamContent(bytes: Buffer, start: number, end: number): string {
  const body = bytes.subarray(start, end);
  try {
    return inflateSync(body).toString('latin1');
  } catch {
    return body.toString('latin1');
  }
}

/** The strings of the text operators in PDF content; PDF escapes \( \) \\ and octal \ddd. */
function textStrings(content: string): string {
  return [...content.matchAll(/\((?:\\.|[^\\)])*\)/g)]
    .map((m) =>
      m[0]
        .slice(1, -1)
        .replace(/\\([0-7]{1,3})/g, (_s, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)))
        .replace(/\\(.)/g, '$1'),
    )
    .join(' ');
}

/** Text shown by the PDF: its streams inflated, and the strings of its text operators. */
export function pdfStrings(bytes: Buffer): { text: string; raw: string } {
  const raw = bytes.toString('latin1');
  const parts: string[] = [];
  const streamPattern = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamPattern.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    parts.push(streamContent(bytes, start, end));
    streamPattern.lastIndex = end + 'endstream'.length;
  }
  const content = parts.join('\n');
  return { text: textStrings(content), raw: content };
}

/** The text of each page, in page order (the Pages tree's Kids, each page's Contents stream). */
export function pdfPageTexts(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const objectAt = (id: string): { body: string; start: number } => {
    const found = new RegExp(`(?:^|\\s)${id} 0 obj`).exec(raw);
    if (!found) throw new Error(`No object ${id} in the PDF`);
    const start = found.index + found[0].length;
    return { body: raw.slice(start, raw.indexOf('endobj', start)), start };
  };
  const pages = /\/Type\s*\/Pages\b[^]*?\/Kids\s*\[([^\]]*)\]/.exec(raw);
  if (!pages?.[1]) throw new Error('No page tree in the PDF');
  return [...pages[1].matchAll(/(\d+)\s+0\s+R/g)].map(([, pageId]) => {
    const contents = /\/Contents\s+(\d+)\s+0\s+R/.exec(objectAt(pageId!).body);
    if (!contents?.[1]) throw new Error(`Page ${pageId} has no contents`);
    const stream = objectAt(contents[1]);
    const begin = /stream\r?\n/.exec(stream.body);
    if (!begin) throw new Error(`Contents ${contents[1]} is not a stream`);
    const start = stream.start + begin.index + begin[0].length;
    return textStrings(streamContent(bytes, start, raw.indexOf('endstream', start)));
  });
}
