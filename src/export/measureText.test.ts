// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ModelContent } from '../domain/model';
import { renderModelHtml, renderModelMarkdown } from './text';
import { sampleModel } from './testing/fixtures';

function measured(): ModelContent {
  const base = sampleModel();
  return {
    ...base,
    boxes: base.boxes.map((box, index) =>
      index === 0
        ? {
            ...box,
            indicators: [
              {
                id: 'housed',
                text: 'Families *housed*',
                unit: 'families',
                polarity: 'higher-is-better',
                frequency: 'annual',
                values: [
                  { period: '2022/23', actual: 12, target: 30, status: 'final' },
                  { period: '2023/24', target: 35, note: 'Not <counted>' },
                  { period: '2024/25', actual: 22, target: 40, status: 'provisional' },
                ],
              },
            ],
          }
        : box,
    ),
  };
}

describe('the text exports list each measure’s values (issue 22)', () => {
  it('Markdown: the trend, then a line per period under the indicator, a gap said as no figure', () => {
    const markdown = renderModelMarkdown(measured(), { date: '1 December 2026' });
    expect(markdown).toContain(
      [
        '    - Families \\*housed\\*',
        '      - Families \\*housed\\*: 22 families in 2024/25, improving; target 40 families not met. Up 10 families since 2022/23 (12 families).',
        '      - Figures:',
        '        - 2022/23: actual 12 families, target 30 families (Final)',
        '        - 2023/24: actual no figure, target 35 families. Not \\<counted\\>',
        '        - 2024/25: actual 22 families, target 40 families (Provisional)',
      ].join('\n'),
    );
  });

  it('HTML: the trend in words and a table of the periods with a caption, every user text escaped', () => {
    const doc = new DOMParser().parseFromString(renderModelHtml(measured(), { date: '1 December 2026' }), 'text/html');
    expect(doc.querySelector('p.trend')?.textContent).toBe('Families *housed*: 22 families in 2024/25, improving; target 40 families not met. Up 10 families since 2022/23 (12 families).');
    const table = doc.querySelector('table.figures')!;
    expect(table.querySelector('caption')?.textContent).toBe('Figures: Families *housed*');
    expect([...table.querySelectorAll('tr')].map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Period', 'Actual', 'Target', 'Status', 'Note'],
      ['2022/23', '12 families', '30 families', 'Final', ''],
      ['2023/24', 'no figure', '35 families', '', 'Not <counted>'],
      ['2024/25', '22 families', '40 families', 'Provisional', ''],
    ]);
  });
});
