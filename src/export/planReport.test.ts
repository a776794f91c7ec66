import { describe, expect, it } from 'vitest';
import { dashboardRow } from '../analysis/plans/dashboard';
import { digestOf } from '../analysis/plans/digest';
import { addBox } from '../domain/edits';
import type { ModelContent, Progress } from '../domain/model';
import { rateBox } from '../domain/progressEdits';
import { buildPlanReport, planSheet } from './planReport';
import { readDocx, tableRowsOf } from './testing/docxReading';
import { writeXlsx } from './xlsx';

function row(id: string, title: string, ratings: Progress[]) {
  let content: ModelContent = { title, boxes: [], links: [], conditions: [] };
  ratings.forEach((progress, i) => {
    content = addBox(content, { id: `b${i}`, level: 'outcomes', label: `Outcome ${i}`, y: i * 100 });
    content = rateBox(content, `b${i}`, { progress, confidence: 'low', date: '2026-11-01' });
  });
  return dashboardRow({ id, title, updatedAt: Date.UTC(2026, 11, 6) }, digestOf(content));
}

const ROWS = [row('a', 'Ardmore locality', ['on-track', 'on-track', 'at-risk']), row('b', 'Brae locality', ['off-track'])];

describe('the plan report and sheet', () => {
  it('writes the dashboard as a Word table in the board report style, then each model', async () => {
    const docx = readDocx(await buildPlanReport({ name: 'Riverside plan', rows: ROWS, flags: [], today: '2026-12-06' }));
    const rows = tableRowsOf(docx.documentXml);
    expect(rows[0]).toEqual(['Model', 'Ratings by progress', 'Direction since last version', 'Measures', 'Flags', 'Open comments', 'Last changed']);
    expect(rows[1]).toEqual(['Ardmore locality', '2 on track, 1 at risk. Final outcomes: 2 on track, 1 at risk', 'No saved version yet', 'No measures yet', '0 gaps, 0 notices', '0', '6 December 2026']);
    expect(rows[3]![0]).toBe('The plan (2 models)');
    expect(rows[3]![1]).toBe('Final outcomes: 2 on track, 1 at risk, 1 off track');
    expect(docx.paragraphs).toContain('Riverside plan');
    expect(docx.paragraphs).toContain('Brae locality');
    expect(docx.paragraphs).toContain('Final outcomes: 1 off track.');
  });

  it('writes the dashboard as one sheet with counts to sum, and a summary row', () => {
    const sheet = planSheet(ROWS);
    expect(sheet.name).toBe('Plan dashboard');
    expect(sheet.headers.slice(0, 6)).toEqual(['Model', 'Achieved', 'On track', 'At risk', 'Off track', 'Not rated']);
    expect(sheet.rows[0]!.slice(0, 6)).toEqual(['Ardmore locality', 0, 2, 1, 0, 0]);
    expect(sheet.rows[2]!.slice(0, 6)).toEqual(['The plan', 0, 2, 1, 1, 0]);
    expect(writeXlsx([sheet]).length).toBeGreaterThan(500);
  });
});
