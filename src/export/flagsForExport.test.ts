import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis';
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
});
