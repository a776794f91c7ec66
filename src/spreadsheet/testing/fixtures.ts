/** Models for the spreadsheet tests: every field the model file has, Welsh letters, and text a spreadsheet would run. */
import type { ModelContent } from '../../domain/model';
import { sampleModel } from '../../export/testing/fixtures';

export const FORMULA_LABEL = '=HYPERLINK("http://evil.example","click")';
export const WELSH_LABEL = 'Cefnogi’r gymuned: ŵ ŷ';

export function spreadsheetModel(): ModelContent {
  const base = sampleModel();
  const [first, second, ...rest] = base.boxes;
  return {
    ...base,
    boxes: [
      {
        ...first!,
        label: FORMULA_LABEL,
        indicators: [
          {
            id: 'i1',
            text: '+Referrals within 10 days',
            source: 'Case system',
            baseline: '40%',
            target: '-80%',
            due: '2027-03-31',
            unit: '%',
            polarity: 'higher-is-better',
            frequency: 'quarterly',
            tolerance: 0.5,
            values: [
              { period: '2025/26 Q3', actual: 41.25, target: 50, status: 'final', note: '=SUM(A1) is not a formula' },
              { period: '2025/26 Q4', target: 55, note: 'Gap: the case system was down' },
              { period: '2026/27 Q1', actual: -0.000001, status: 'revised' },
              { period: '2026/27 Q2', actual: 1234567.5, target: 60, status: 'provisional' },
            ],
          },
          { id: 'i2', text: "'=already quoted" },
        ],
        evidence: [
          { id: 'e2', date: '2026-10-01', kind: 'feedback', summary: '@partners said trust grew', by: 'Asha' },
          { id: 'e1', date: '2026-06-15', kind: 'data', summary: '\tTabbed summary', source: 'https://example.org/report' },
        ],
        rating: { progress: 'on-track', confidence: 'medium', date: '2026-10-02', by: 'Board' },
      },
      {
        ...second!,
        label: WELSH_LABEL,
        notes: '\rstarts with a carriage return\nand two lines',
        indicators: [{ id: 'i3', text: 'Teuluoedd â chartref', unit: 'families', polarity: 'lower-is-better', frequency: 'annual', values: [{ period: '2024/25', actual: 22 }, { period: '2025/26', actual: 30, target: 40 }] }],
      },
      ...rest,
    ],
  };
}
