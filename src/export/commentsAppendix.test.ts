// @vitest-environment jsdom
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Thread } from '../domain/comments';
import { sampleContent } from '../storage/testFixtures';
import { buildBoardReport } from './boardReport';
import { openCommentsAppendix } from './commentsAppendix';
import { readDocx } from './testing/docxReading';
import { renderModelHtml, renderModelMarkdown } from './text';

const THREADS: Thread[] = [
  {
    id: 't1',
    on: { kind: 'box', id: 'b2' },
    comments: [
      { id: 'm1', by: 'Asha', at: '2026-11-30T09:00:00Z', text: 'Where is the <b>evidence</b>?' },
      { id: 'm2', by: 'Ben', at: '2026-12-01T10:00:00Z', text: 'In the review.\nPage 4.' },
    ],
  },
  { id: 't2', on: { kind: 'model' }, resolved: { at: '2026-12-01T11:00:00Z', by: 'Asha' }, comments: [{ id: 'm3', by: 'Cara', at: '2026-11-29T09:00:00Z', text: 'Settled already' }] },
  { id: 't3', on: { kind: 'box', id: 'gone' }, comments: [{ id: 'm4', by: 'Cara', at: '2026-11-28T09:00:00Z', text: 'About a box since deleted' }] },
];

const model = sampleContent();
const appendix = openCommentsAppendix(model, THREADS, new Map([['t3', 'Old box']]));

describe('the open comments appendix', () => {
  it('lists open threads only, each saying what it is on (orphans too), comments oldest first', () => {
    expect(appendix).toEqual([
      {
        on: 'On box ‘Joint case reviews’ (Activities)',
        comments: [
          { by: 'Asha', date: '30 November 2026', text: 'Where is the <b>evidence</b>?' },
          { by: 'Ben', date: '1 December 2026', text: 'In the review.\nPage 4.' },
        ],
      },
      { on: 'On a deleted box ‘Old box’', comments: [{ by: 'Cara', date: '28 November 2026', text: 'About a box since deleted' }] },
    ]);
  });

  it('is in the text versions only when asked for, with markup shown as text', () => {
    expect(renderModelMarkdown(model, { date: '1 December 2026' })).not.toContain('Open comments');
    const markdown = renderModelMarkdown(model, { date: '1 December 2026', comments: appendix });
    expect(markdown).toContain('## Open comments');
    expect(markdown).toContain('Asha, 30 November 2026: Where is the \\<b\\>evidence\\</b\\>?');
    expect(markdown).not.toContain('Settled already');
    const html = renderModelHtml(model, { date: '1 December 2026', comments: appendix });
    expect(html).toContain('<h2>Open comments</h2>');
    expect(html).toContain('Where is the &lt;b&gt;evidence&lt;/b&gt;?');
    expect(html).toContain('In the review.<br>Page 4.');
    expect(renderModelHtml(model, { date: '1 December 2026' })).not.toContain('Open comments');
  });

  it('is the board report’s last appendix only when asked for', async () => {
    const png = new PNG({ width: 20, height: 10, colorType: 2 });
    png.data.fill(255);
    const diagram = { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 20, height: 10 };
    const base = { page: 'a4' as const, today: '2026-12-01', flags: [], diagram };
    const without = readDocx(await buildBoardReport(model, base)).paragraphs.join('\n');
    expect(without).not.toContain('Open comments');
    const withComments = readDocx(await buildBoardReport(model, { ...base, comments: appendix })).paragraphs;
    const start = withComments.indexOf('Appendix: open comments');
    expect(start).toBeGreaterThan(withComments.indexOf('Appendix: the model as text'));
    expect(withComments.slice(start).join('\n')).toContain('Asha, 30 November 2026: Where is the <b>evidence</b>?');
    expect(withComments.join('\n')).not.toContain('Settled already');
  }, 30_000);
});
