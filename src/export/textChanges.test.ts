// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Box, ModelContent } from '../domain/model';
import { renderModelHtml, renderModelMarkdown } from './text';
import type { CompareWith } from './changesForExport';
import { ratedModel } from './testing/fixtures';

const DATE = '1 December 2026';

/**
 * The rated sample model as saved at an earlier board: the reviews were at risk (off track now:
 * worse), the outcome not yet rated (achieved now: newly rated), trust had another label, and a
 * box since removed was there. The version's name has markup in it, which must stay text.
 */
function earlier(): CompareWith {
  const model = ratedModel();
  const boxes = model.boxes.map((box): Box => {
    if (box.id === 'b-act') return { ...box, rating: { progress: 'at-risk', confidence: 'medium', date: '2026-08-01' } };
    if (box.id === 'b-rea') return { ...box, label: 'Trust' };
    if (box.id === 'b-out') {
      const { rating: _rating, ...unrated } = box;
      return unrated;
    }
    return box;
  });
  boxes.push({ id: 'b-gone', level: 'inputs', label: 'Old steering group', x: 0, y: 600 });
  return { name: 'Q3 <b>board</b> *draft*', savedAt: '2026-09-03T12:00:00.000Z', content: { ...model, boxes } };
}

const CHANGE_LINES = [
  'Removed box “Old steering group” (Inputs)',
  'Relabelled box “Trust” → “Trust between partners” (Reactions)',
  '“Joint case reviews every month”: progress got worse from At risk to Off track',
  '“Reduced reoffending”: newly rated Achieved, confidence High',
];

describe('the text versions compared with a saved version (issue 15)', () => {
  const model: ModelContent = ratedModel();

  it('say in HTML what changed since the version, with the counts, each change in words under its group, user text as text', () => {
    const doc = new DOMParser().parseFromString(renderModelHtml(model, { date: DATE, compareWith: earlier() }), 'text/html');
    const section = doc.querySelector('section.changes')!;
    expect(section.querySelector('h2')!.textContent).toBe('What changed since Q3 <b>board</b> *draft* (3 September 2026)');
    expect(section.querySelector('p.counts')!.textContent).toBe('4 changes: Boxes 2, Progress 2.');
    expect([...section.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['Boxes (2)', 'Progress (2)']);
    expect([...section.querySelectorAll('li')].map((item) => item.textContent)).toEqual(CHANGE_LINES);
    // Before the levels, after the title and date.
    expect(section.compareDocumentPosition(doc.querySelector('section.level')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(doc.body.querySelectorAll('b')).toHaveLength(0);
  });

  it('give each rated box in HTML its progress at the version and the direction of travel', () => {
    const doc = new DOMParser().parseFromString(renderModelHtml(model, { date: DATE, compareWith: earlier() }), 'text/html');
    const termsOf = (level: string) =>
      Object.fromEntries([...doc.querySelectorAll(`section.level[data-level="${level}"] li > dl > dt`)].map((term) => [term.textContent, term.nextElementSibling!.textContent]));
    expect(termsOf('activities')).toMatchObject({ 'Previous (Q3 <b>board</b> *draft*)': 'At risk', Direction: 'Worse' });
    expect(termsOf('outcomes')).toMatchObject({ 'Previous (Q3 <b>board</b> *draft*)': 'Not rated', Direction: 'Newly rated' });
    // An unrated box has no direction.
    expect(Object.keys(termsOf('inputs'))).not.toContain('Direction');
  });

  it('say the same in Markdown, every user character escaped', () => {
    const markdown = renderModelMarkdown(model, { date: DATE, compareWith: earlier() });
    expect(markdown).toContain(
      [
        '## What changed since Q3 \\<b\\>board\\</b\\> \\*draft\\* (3 September 2026)',
        '',
        '4 changes: Boxes 2, Progress 2.',
        '',
        '### Boxes (2)',
        '',
        `- ${CHANGE_LINES[0]}`,
        `- ${CHANGE_LINES[1]}`,
        '',
        '### Progress (2)',
        '',
        `- ${CHANGE_LINES[2]}`,
        `- ${CHANGE_LINES[3]}`,
        '',
        '## 1. Inputs',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '  - Rating: Off track, confidence medium (rated 21 November 2026 by \\<i\\>Chair\\</i\\> \\& "co")\n  - Previous (Q3 \\<b\\>board\\</b\\> \\*draft\\*): At risk\n  - Direction: Worse\n',
    );
    expect(markdown).toContain('- **Reduced reoffending**\n  - Rating: Achieved, confidence high (rated 1 October 2026)\n  - Previous (Q3 \\<b\\>board\\</b\\> \\*draft\\*): Not rated\n  - Direction: Newly rated');
  });

  it('are as before without a version to compare with', () => {
    expect(renderModelMarkdown(model, { date: DATE })).not.toMatch(/What changed|Previous|Direction/);
    expect(renderModelHtml(model, { date: DATE })).not.toMatch(/What changed|Previous|Direction/);
  });
});
