import { describe, expect, it } from 'vitest';
import { digestOf } from './digest';
import { addBox } from '../../domain/edits';
import type { ModelContent, Progress } from '../../domain/model';
import { rateBox } from '../../domain/progressEdits';
import { dashboardRow, sortRows } from './dashboard';

function row(id: string, title: string, ratings: Progress[], updatedAt: number) {
  let content: ModelContent = { title, boxes: [], links: [], conditions: [] };
  ratings.forEach((progress, i) => {
    content = addBox(content, { id: `b${i}`, level: 'outcomes', label: `Outcome ${i}`, y: i * 100 });
    content = rateBox(content, `b${i}`, { progress, confidence: 'low', date: '2026-11-01' });
  });
  return dashboardRow({ id, title, updatedAt }, digestOf(content));
}

describe('the dashboard rows', () => {
  const rows = [row('a', 'Ardmore', ['on-track', 'on-track'], 3), row('b', 'Brae', ['off-track', 'at-risk'], 1), row('c', 'Craig', ['achieved'], 2)];
  it('sorts by any column, either way, ties in title order', () => {
    expect(sortRows(rows, 'title', true).map((item) => item.title)).toEqual(['Ardmore', 'Brae', 'Craig']);
    expect(sortRows(rows, 'ratings', false).map((item) => item.title)).toEqual(['Craig', 'Ardmore', 'Brae']);
    expect(sortRows(rows, 'changed', false).map((item) => item.title)).toEqual(['Ardmore', 'Craig', 'Brae']);
    expect(sortRows(rows, 'comments', false).map((item) => item.title)).toEqual(['Ardmore', 'Brae', 'Craig']);
  });
});
