import { describe, expect, it } from 'vitest';
import { outlineModel, progressSummary } from './outline';
import { ratedModel } from './testing/fixtures';

describe('progressSummary (the PDF\'s "Progress and evidence" page)', () => {
  const summaries = progressSummary(outlineModel(ratedModel()));

  it('has every box in reading order', () => {
    expect(summaries.map((summary) => summary.heading)).toEqual([
      'Inputs: Pooled budget & shared "mandate"',
      'Activities: Joint case reviews every month',
      'Engagement: <img src=x onerror=alert(1)>',
      'Reactions: Trust between partners',
      'Knowledge, skills and attitudes: Shared understanding of outcomes for people who use services, across all the partners',
      "Knowledge, skills and attitudes: Partners' cultures understood",
      'Practice change: Information shared routinely',
      'Final outcomes: Reduced reoffending',
    ]);
  });

  it('gives a rated box its rating, confidence, indicators and only its latest evidence', () => {
    expect(summaries[1]!.lines).toEqual([
      'Rating: Off track, confidence medium (rated 21 November 2026 by <i>Chair</i> & "co")',
      'Indicator: Reviews held <b>monthly</b> | *on time* (target: 12 a year; due 31 March 2027)',
      'Indicator: Partners attending',
      'Latest evidence: 20 November 2026, Data: Only 3 of 6 <script>reviews</script> held (by Sam)',
    ]);
    expect(summaries[1]!.rating?.progress).toBe('off-track');
  });

  it('says plainly when a box is not rated and has no indicators or evidence', () => {
    expect(summaries[0]!.lines).toEqual(['Rating: Not rated', 'Indicators: none yet', 'Latest evidence: none yet']);
    expect(summaries[0]!.rating).toBeUndefined();
  });
});
