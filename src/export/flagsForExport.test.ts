import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis';
import { addEvidence, rateBox } from '../domain/progressEdits';
import { flagsOverlay, flagsSummaryLines } from './flagsForExport';
import { sampleModel } from './testing/fixtures';

describe('flags for export', () => {
  const model = sampleModel();
  const flags = analyse(model);

  it('counts the flags on each box and link for the badges, leaving out explained ones as the canvas does', () => {
    const overlay = flagsOverlay(model, flags);
    const warnings = flags.filter((flag) => !flag.acknowledged);
    const onFeedbackLink = flags.filter((flag) => flag.linkIds.includes('l-feedback'));
    expect(onFeedbackLink.length).toBeGreaterThan(0);
    expect(overlay.byLink?.get('l-feedback')).toBe(onFeedbackLink.filter((flag) => !flag.acknowledged).length || undefined);
    for (const [id, count] of overlay.byBox) expect(count).toBe(warnings.filter((flag) => flag.boxIds.includes(id)).length);
    expect(overlay.summary).toMatch(/evidence feature/);
  });

  it('lists the summary, then every flag with the most serious first', () => {
    const lines = flagsSummaryLines(model, flags);
    expect(lines).toHaveLength(flags.length + 1);
    const severities = lines.slice(1).map((line) => line.split(':')[0]);
    const firstNotice = severities.indexOf('Notice');
    expect(severities.lastIndexOf('Gap')).toBeLessThan(firstNotice === -1 ? Infinity : firstNotice);
  });

  it('lists the progress flags with the rest, and counts them on their box’s badge: a rating with no evidence, evidence over a year old', () => {
    const [first, second] = model.boxes;
    const rated = rateBox(rateBox(model, first!.id, { progress: 'at-risk', confidence: 'low', date: '2026-02-01' }), second!.id, {
      progress: 'on-track',
      confidence: 'medium',
      date: '2026-02-01',
    });
    const tracked = addEvidence(rated, second!.id, { id: 'e1', date: '2024-06-30', kind: 'data', summary: 'Quarterly return' });
    const trackedFlags = analyse(tracked, '2026-03-01');
    const lines = flagsSummaryLines(tracked, trackedFlags);
    expect(lines).toContain(`Notice: ${trackedFlags.find((flag) => flag.kind === 'rating-without-evidence')!.message}`);
    expect(lines.some((line) => /^Note: .* is rated On track, but its newest evidence is from 30 June 2024, over a year ago\./.test(line))).toBe(true);
    const overlay = flagsOverlay(tracked, trackedFlags);
    expect(overlay.byBox.get(second!.id)).toBe(trackedFlags.filter((flag) => flag.boxIds.includes(second!.id)).length);
  });
});
