// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { tableFromClipboard, tableFromHtml } from './pastedTable';

describe('a pasted table', () => {
  it('reads Excel’s HTML: a line break inside a cell is a line, spans are merged cells', () => {
    const html = `<html><body><!--StartFragment--><table>
      <tr><td>Inputs</td><td colspan=2>Activities</td></tr>
      <tr><td rowspan=2>Funding<br style="mso-data-placement:same-cell">Staff</td><td>Training</td><td>Mentoring</td></tr>
      <tr><td>Coaching</td><td></td></tr>
    </table><!--EndFragment--></body></html>`;
    const source = tableFromHtml(html);
    expect(source?.sheets[0]?.rows).toEqual([
      ['Inputs', 'Activities', ''],
      ['Funding\nStaff', 'Training', 'Mentoring'],
      ['', 'Coaching', ''],
    ]);
    expect(source?.sheets[0]?.merged).toEqual([
      { row: 0, column: 1, rows: 1, columns: 2 },
      { row: 1, column: 0, rows: 2, columns: 1 },
    ]);
  });

  it('keeps Word’s paragraphs and list items as lines, and markup as text', () => {
    const html = '<table><tr><td><p>Inputs</p></td></tr><tr><td><p>· First</p><ul><li>Second</li></ul><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></td></tr></table>';
    expect(tableFromHtml(html)?.sheets[0]?.rows).toEqual([['Inputs'], ['· First\nSecond\n<script>alert(1)</script>']]);
  });

  it('takes tab-separated text when there is no HTML table, and ignores a clipboard with neither', async () => {
    const pasted = await tableFromClipboard({ html: '', text: 'Inputs\tActivities\r\n"Funding\nStaff"\tTraining\r\n' });
    expect(pasted).toEqual({ ok: true, source: { kind: 'paste', name: 'Pasted table', sheets: [expect.objectContaining({ rows: [['Inputs', 'Activities'], ['Funding\nStaff', 'Training']] })] } });
    expect(await tableFromClipboard({ html: '<p>Just words</p>', text: 'Just words' })).toBeNull();
  });
});
