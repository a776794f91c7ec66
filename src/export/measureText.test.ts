// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderModelHtml, renderModelMarkdown } from './text';
import { measuredModel } from './testing/fixtures';

describe('the text exports list each measure’s values (issue 22)', () => {
  it('Markdown: the trend, then a line per period under the indicator, a gap said as no figure', () => {
    const markdown = renderModelMarkdown(measuredModel(), { date: '1 December 2026' });
    expect(markdown).toContain(
      [
        '    - Families housed (source: Housing \\<register\\>)',
        '      - Families housed: 22 families in 2024/25, improving for two periods; target 40 families not met. Up 10 families since 2021/22 (12 families).',
        '      - Figures:',
        '        - 2021/22: actual 12 families, target 30 families (Final)',
        '        - 2022/23: actual no figure, target 32 families. Not collected: the \\<register\\> moved',
        '        - 2023/24: actual 15 families, target 35 families (Final)',
        '        - 2024/25: actual 22 families, target 40 families (Provisional). Two new hostels opened',
      ].join('\n'),
    );
    // Indicator text alone has no figures to list.
    expect(markdown).toContain('    - Partners attend the board\n    - Families housed');
  });

  it('HTML: the trend in words and a table of the periods with a caption, every user text escaped', () => {
    const doc = new DOMParser().parseFromString(renderModelHtml(measuredModel(), { date: '1 December 2026' }), 'text/html');
    const trends = [...doc.querySelectorAll('p.trend')].map((p) => p.textContent);
    expect(trends).toHaveLength(2);
    expect(trends[0]).toBe('Families housed: 22 families in 2024/25, improving for two periods; target 40 families not met. Up 10 families since 2021/22 (12 families).');
    const table = doc.querySelector('table.figures')!;
    expect(table.querySelector('caption')?.textContent).toBe('Figures: Families housed');
    expect([...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Period', 'Actual', 'Target', 'Status', 'Note'],
      ['2021/22', '12 families', '30 families', 'Final', ''],
      ['2022/23', 'no figure', '32 families', '', 'Not collected: the <register> moved'],
      ['2023/24', '15 families', '35 families', 'Final', ''],
      ['2024/25', '22 families', '40 families', 'Provisional', 'Two new hostels opened'],
    ]);
  });
});
