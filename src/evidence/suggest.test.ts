import { describe, expect, it } from 'vitest';
import { FEATURES } from './features';
import { suggestFeatures } from './suggest';

const ids = (text: string): string[] => suggestFeatures(text).map((suggestion) => suggestion.feature.id);

describe('suggestFeatures', () => {
  it.each([
    ['Monthly information-sharing meetings', ['communication-information']],
    ['Joint training for frontline staff from all agencies', ['learning-together', 'staff-development']],
    ['Voluntary sector organisations at the table', ['third-sector-engaged']],
    ['Pooled budget', ['sufficient-resources']],
    ['Partners trust each other more', ['trust-between-partners']],
    ['Local third sector interface joins the board', ['third-sector-engaged']],
    ['Housing, police and health staff learn together', ['learning-together']],
    ['Co-located multi-agency team', ['joint-working-practice']],
    ['Power is shared fairly between partners', ['equal-transparent-power']],
    ['Senior leaders champion the partnership', ['leadership']],
    ['Realistic three-year timetable', ['realistic-timeframes']],
    ['The board has delegated authority to commit funds', ['autonomy-authority']],
    ['Specialist multidisciplinary service for young people who offend', ['multidisciplinary-access']],
    ["Staff understand each other's professional cultures", ['understanding-partners']],
    ['Performance reports that matter to every partner', ['meaningful-performance']],
    ['Service users help design services', ['people-using-services']],
    ['Operational staff sit on the strategic board', ['operational-staff-involved']],
    ['Reduced reoffending', ['improved-outcomes']],
    ['Clear terms of reference for the board', ['clear-aims-roles']],
    ['Annual review: what worked, what did not, and why', ['critical-reflection']],
  ])('"%s" suggests %j first', (text, expected) => {
    expect(expected).toContain(ids(text)[0]);
  });

  it.each(['asdf', 'Thing', '', '   ', 'Partners', 'Partners work together', 'Services for people', '!!!'])('suggests nothing for "%s"', (text) => {
    expect(suggestFeatures(text)).toEqual([]);
  });

  it('puts each feature first for its own name', () => {
    for (const feature of FEATURES) expect(ids(feature.name)[0], feature.name).toBe(feature.id);
  });

  it('ranks by score, says which words matched, and gives at most 3 unless asked', () => {
    const text = 'Pooled budget for joint training, information sharing and trust between partners';
    const suggestions = suggestFeatures(text);
    expect(suggestions).toHaveLength(3);
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.every((suggestion) => suggestion.matched.length > 0)).toBe(true);
    expect(suggestFeatures(text, { limit: 10 }).length).toBeGreaterThan(3);
    expect(suggestFeatures(text, { limit: 0 })).toEqual([]);
    expect(suggestFeatures('Pooled budget')[0]?.matched).toEqual(expect.arrayContaining(['budget', 'pooled budget']));
  });

  it('weighs the words of the feature itself above related ones', () => {
    const [information] = suggestFeatures('information');
    const [meeting] = suggestFeatures('meeting');
    expect(information?.feature.id).toBe('communication-information');
    expect(meeting?.feature.id).toBe('communication-information');
    expect(information?.score).toBeGreaterThan(meeting?.score ?? Infinity);
  });

  it('leaves out weak matches when asked for a higher minimum', () => {
    expect(ids('Annual review')).toEqual(['critical-reflection']);
    expect(suggestFeatures('Annual review', { minScore: 2 })).toEqual([]);
  });
});
