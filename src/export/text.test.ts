// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../domain/levels';
import type { ModelContent } from '../domain/model';
import { escapeMarkdown, renderModelHtml, renderModelMarkdown } from './text';
import { MARKUP_LABEL, ratedModel, sampleModel } from './testing/fixtures';

const DATE = '25 November 2026';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('renderModelHtml', () => {
  const model = sampleModel();
  const doc = parseHtml(renderModelHtml(model, { date: DATE, flagsSummary: ['3 gaps', 'Feedback link <b>acknowledged</b>'] }));
  const text = doc.body.textContent ?? '';

  it('is a standalone page that allows no script and no loading', () => {
    const html = renderModelHtml(model, { date: DATE });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(doc.title).toBe('Reducing <reoffending> & "trust"');
    expect(doc.querySelectorAll('script, img, link, iframe, object')).toHaveLength(0);
  });

  it('lists the levels in order, each with its boxes', () => {
    const headings = [...doc.querySelectorAll('section.level h2')].map((heading) => heading.textContent);
    expect(headings).toEqual(LEVELS.map((level, index) => `${index + 1}. ${level.name}`));
    const learning = doc.querySelector('section.level[data-level="learning"]')!;
    expect([...learning.querySelectorAll('li > strong')].map((label) => label.textContent)).toEqual([
      'Shared understanding of outcomes for people who use services, across all the partners',
      "Partners' cultures understood",
    ]);
  });

  it('shows every box with its evidence feature, notes and owner', () => {
    for (const box of model.boxes) expect(text).toContain(box.label);
    const inputs = doc.querySelector('section.level[data-level="inputs"] li')!.textContent;
    expect(inputs).toContain('Evidence featureSufficient resources to deliver on objectives');
    expect(inputs).toContain("OwnerCouncil's finance team");
    expect(doc.querySelector('section.level[data-level="activities"] dd:nth-of-type(2)')!.innerHTML).toBe('Chaired in turn<br># not a heading');
  });

  it('lists every link from → to with its shape and note', () => {
    const links = [...doc.querySelectorAll('section.links li')].map((item) => item.textContent);
    expect(links).toEqual([
      'Pooled budget & shared "mandate" → Joint case reviews every month (linear): Money pays for the <b>reviews</b>',
      'Joint case reviews every month → Trust between partners (skip)',
      'Shared understanding of outcomes for people who use services, across all the partners → Partners\' cultures understood (same level)',
      'Information shared routinely → Joint case reviews every month (feedback): The briefing’s own example',
      'Information shared routinely → Reduced reoffending (linear)',
    ]);
  });

  it('lists every assumption and risk with its status and comment', () => {
    const rows = [...doc.querySelectorAll('section.conditions tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Timeframes are realistic', 'Holds', ''],
      ['There is effective power sharing | across the partnership', 'At risk', 'Chair rotates *only* on paper'],
      ['Voluntary and community sector excluded and marginalised', 'Live', ''],
      ['Lack of ownership amongst partners', 'Not yet checked', ''],
    ]);
  });

  it('includes the flags summary when given, as text', () => {
    expect([...doc.querySelectorAll('section.flags li')].map((item) => item.textContent)).toEqual(['3 gaps', 'Feedback link <b>acknowledged</b>']);
    expect(parseHtml(renderModelHtml(model, { date: DATE })).querySelector('section.flags')).toBeNull();
  });

  it('shows markup in user text as characters: nothing becomes an element', () => {
    expect(text).toContain(MARKUP_LABEL);
    expect(doc.body.querySelectorAll('img, b')).toHaveLength(0);
  });
});

describe('renderModelMarkdown', () => {
  const model = sampleModel();
  const markdown = renderModelMarkdown(model, { date: DATE, flagsSummary: ['3 gaps'] });

  it('has the title, date, flags and the levels in order', () => {
    expect(markdown.startsWith('# Reducing \\<reoffending\\> \\& "trust"\n')).toBe(true);
    expect(markdown).toContain(`exported ${DATE}`);
    expect(markdown).toContain('## Flags\n\n- 3 gaps\n');
    const levelHeadings = markdown.split('\n').filter((line) => /^## \d\./.test(line));
    expect(levelHeadings).toEqual(LEVELS.map((level, index) => `## ${index + 1}. ${level.name}: ${level.question}`));
  });

  it('lists every box, link and condition', () => {
    expect(markdown).toContain('- **Pooled budget \\& shared "mandate"**\n  - Evidence feature: Sufficient resources to deliver on objectives\n  - Owner: Council\'s finance team');
    expect(markdown).toContain('  - Notes: Chaired in turn\\\n    \\# not a heading');
    expect(markdown).toContain('- Information shared routinely → Joint case reviews every month (feedback): The briefing’s own example');
    expect(markdown).toContain('- Joint case reviews every month → Trust between partners (skip)');
    expect(markdown).toContain('- There is effective power sharing \\| across the partnership — **At risk**. Chair rotates \\*only\\* on paper');
    expect(markdown).toContain('- Voluntary and community sector excluded and marginalised — **Live**');
    for (const box of model.boxes) expect(markdown).toContain(escapeMarkdown(box.label));
  });

  it('says when a level has no boxes', () => {
    const empty: ModelContent = { title: 'Empty', boxes: [], links: [], conditions: [] };
    const text = renderModelMarkdown(empty, { date: DATE });
    expect(text.match(/_No boxes at this level\._/g)).toHaveLength(7);
    expect(text).toContain('_No links._');
    expect(text).toContain('_No assumptions._');
  });
});

describe('escapeMarkdown', () => {
  it('stops user text from making links, images, HTML, emphasis, code or tables', () => {
    expect(escapeMarkdown(MARKUP_LABEL)).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('![x](http://tracker/p.png)')).toBe('!\\[x\\](http://tracker/p.png)');
    expect(escapeMarkdown('*bold* _em_ `code` a|b ~~gone~~ &amp;')).toBe('\\*bold\\* \\_em\\_ \\`code\\` a\\|b \\~\\~gone\\~\\~ \\&amp;');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('stops a line of user text from starting a heading, list, quote or rule', () => {
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('2) second')).toBe('2\\) second');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('    indented code')).toBe('indented code');
  });

  it('keeps line breaks inside the list item', () => {
    expect(escapeMarkdown('one\n\n# two\r\nthree', '  ')).toBe('one\\\n  \\# two\\\n  three');
  });
});

describe('progress and evidence in the text version', () => {
  const model = ratedModel();

  it('lists the rating, indicators and evidence (newest first) under the box in HTML, user text as text', () => {
    const doc = parseHtml(renderModelHtml(model, { date: DATE }));
    const reviews = doc.querySelector('section.level[data-level="activities"] li')!;
    const details = Object.fromEntries([...reviews.querySelectorAll(':scope > dl > dt')].map((term) => [term.textContent, term.nextElementSibling!]));
    expect(details['Rating']!.textContent).toBe('Off track, confidence medium (rated 21 November 2026 by <i>Chair</i> & "co")');
    expect([...details['Indicators']!.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Reviews held <b>monthly</b> | *on time* (target: 12 a year; due 31 March 2027)',
      'Partners attending',
    ]);
    expect([...details['Evidence, newest first']!.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '20 November 2026, Data: Only 3 of 6 <script>reviews</script> held (by Sam)',
      '1 September 2026, Feedback: Partners find the reviews useful',
    ]);
    expect(doc.querySelector('section.level[data-level="outcomes"] dd.rating')!.textContent).toBe('Achieved, confidence high (rated 1 October 2026)');
    expect(doc.body.querySelectorAll('i, b, script')).toHaveLength(0);
  });

  it('lists them in Markdown as nested items with every user character escaped', () => {
    const markdown = renderModelMarkdown(model, { date: DATE });
    expect(markdown).toContain(
      [
        '- **Joint case reviews every month**',
        '  - Evidence feature: Strong, reflective and responsive leadership',
        '  - Notes: Chaired in turn\\',
        '    \\# not a heading',
        '  - Rating: Off track, confidence medium (rated 21 November 2026 by \\<i\\>Chair\\</i\\> \\& "co")',
        '  - Indicators:',
        '    - Reviews held \\<b\\>monthly\\</b\\> \\| \\*on time\\* (target: 12 a year; due 31 March 2027)',
        '    - Partners attending',
        '  - Evidence, newest first:',
        '    - 20 November 2026, Data: Only 3 of 6 \\<script\\>reviews\\</script\\> held (by Sam)',
        '    - 1 September 2026, Feedback: Partners find the reviews useful',
      ].join('\n'),
    );
    expect(markdown).toContain('- **Reduced reoffending**\n  - Rating: Achieved, confidence high (rated 1 October 2026)');
  });

  it('adds nothing to a box without progress data', () => {
    expect(renderModelMarkdown(sampleModel(), { date: DATE })).not.toMatch(/Rating|Indicators|Evidence, newest/);
  });
});
