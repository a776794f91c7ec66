/**
 * The text version of a model (PRODUCT.md §8), for accessibility and board-paper appendices: the
 * same outline as Markdown or as a standalone HTML page. Pure; every user string is escaped so that
 * a label is always shown as the characters typed and never becomes a link, image or element.
 */
import type { LinkShape } from '../domain/linkShape';
import type { Box, Condition, Indicator, ModelContent } from '../domain/model';
import { VALUE_STATUS_WORDS } from '../domain/measureWords';
import { periodWords } from '../domain/periods';
import { isMeasure, valuesInOrder } from '../domain/trend';
import { figureWords, measureLines } from './measureText';
import { newestFirst } from '../domain/progressEdits';
import { changesForExport, type ChangesForExport, type CompareWith } from './changesForExport';
import { CONDITION_STATUS_LABELS, evidenceText, indicatorText, outlineModel, ratingText, type ModelOutline, type OutlineLink } from './outline';
import { FONT_FAMILY, LEVEL_COLOURS, LINK_STYLES, PAGE_STYLE } from './theme';
import { escapeXml } from './xml';
import { COMMENTS_APPENDIX_INTRO, COMMENTS_APPENDIX_TITLE, type AppendixThread } from './commentsAppendix';

export interface TextExportOptions {
  /** Already formatted for the reader, e.g. "25 November 2026". */
  readonly date: string;
  /** Lines of the flags summary, when the flags are to be included. */
  readonly flagsSummary?: readonly string[];
  /**
   * A saved version to compare with: the text then says what changed since it, and gives each rated
   * box's progress at that version and the direction of travel since, as the board report does.
   */
  readonly compareWith?: CompareWith;
  /** The open comments, when they are to be added as an appendix (off unless asked for). */
  readonly comments?: readonly AppendixThread[];
}

/** e.g. "skip": how the text versions name a link's shape. */
export function linkShapeName(shape: LinkShape | undefined): string {
  return shape ? LINK_STYLES[shape].label.toLowerCase() : 'box missing';
}

// ---- Markdown ---------------------------------------------------------------------------------

/** Characters that start inline markup (emphasis, code, links, images, HTML, entities, tables). */
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&]/g;
/** What turns the start of a line into a heading, list, quote, rule or setext underline. */
const MARKDOWN_LINE_START = /^(#|\+|-|=|(\d+)([.)]))/;

/** One line of user text made inert in Markdown; leading spaces go so it cannot become code. */
function escapeMarkdownLine(line: string): string {
  const escaped = line.trim().replace(MARKDOWN_INLINE, '\\$&');
  return escaped.replace(MARKDOWN_LINE_START, (_match, marker: string, digits?: string, delimiter?: string) =>
    digits !== undefined ? `${digits}\\${delimiter}` : `\\${marker}`,
  );
}

/**
 * User text for one place in a Markdown document; its own line breaks become hard breaks that stay
 * inside the list item (indented by `indent`), and blank lines are dropped so they cannot end it.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .filter((line) => line !== '');
  return lines.join(`\\\n${indent}`);
}

export function renderModelMarkdown(model: ModelContent, options: TextExportOptions): string {
  const outline = outlineModel(model);
  const changes = options.compareWith ? changesForExport(model, options.compareWith) : undefined;
  // A heading cannot hold a line break, so a title's own breaks become spaces.
  const out: string[] = [`# ${escapeMarkdown(outline.title.replace(/\s+/g, ' '))}`, '', `Logic model exported ${escapeMarkdown(options.date)}.`, ''];
  if (outline.description) out.push(escapeMarkdown(outline.description), '');
  if (options.flagsSummary?.length) {
    out.push('## Flags', '', ...options.flagsSummary.map((line) => `- ${escapeMarkdown(line, '  ')}`), '');
  }
  if (changes) out.push(...markdownChanges(changes));

  outline.levels.forEach(({ level, boxes }, index) => {
    out.push(`## ${index + 1}. ${level.name}: ${level.question}`, '');
    if (!boxes.length) out.push('_No boxes at this level._', '');
    for (const { box, label, featureName } of boxes) {
      out.push(`- **${escapeMarkdown(label, '  ')}**`);
      if (featureName) out.push(`  - Evidence feature: ${escapeMarkdown(featureName, '    ')}`);
      if (box.notes?.trim()) out.push(`  - Notes: ${escapeMarkdown(box.notes, '    ')}`);
      if (box.owner?.trim()) out.push(`  - Owner: ${escapeMarkdown(box.owner, '    ')}`);
      out.push(...markdownProgress(box, changes));
    }
    if (boxes.length) out.push('');
  });

  out.push('## Links', '');
  if (!outline.links.length) out.push('_No links._', '');
  for (const link of outline.links) out.push(`- ${markdownLink(link)}`);
  if (outline.links.length) out.push('');

  out.push(...markdownConditions('Assumptions', outline.assumptions), ...markdownConditions('Risks', outline.risks));
  if (options.comments) out.push(...markdownComments(options.comments));
  return `${out.join('\n').trimEnd()}\n`;
}

/** A box's rating, indicators and evidence (newest first) as nested list items; nothing when it has none. */
function markdownProgress(box: Box, changes: ChangesForExport | undefined): string[] {
  const out: string[] = [];
  const item = (text: string) => escapeMarkdown(text, '      ');
  if (box.rating) out.push(`  - Rating: ${ratingText(box.rating, (text) => escapeMarkdown(text, '    '))}`);
  if (box.rating && changes) {
    const { previous, direction } = changes.previousOf(box);
    out.push(`  - ${escapeMarkdown(previousLabel(changes), '    ')}: ${previous}`, `  - Direction: ${direction}`);
  }
  if (box.indicators?.length) out.push('  - Indicators:', ...box.indicators.flatMap((indicator) => [`    - ${indicatorText(indicator, item)}`, ...markdownFigures(indicator)]));
  if (box.evidence?.length) out.push('  - Evidence, newest first:', ...newestFirst(box.evidence).map((entry) => `    - ${evidenceText(entry, item)}`));
  return out;
}

/** A measure's trend and its figures, a period a line, under its indicator. */
function markdownFigures(indicator: Indicator): string[] {
  if (!isMeasure(indicator)) return [];
  const { trend, periods } = measureLines(indicator, (text) => escapeMarkdown(text, '          '));
  return [`      - ${trend}`, '      - Figures:', ...periods.map((line) => `        - ${line}`)];
}

/** The counts, then each change in words under its group's title. */
function markdownChanges(changes: ChangesForExport): string[] {
  const out = [`## ${escapeMarkdown(changes.heading)}`, '', `${escapeMarkdown(changes.counts)}.`, ''];
  for (const group of changes.groups) {
    out.push(`### ${group.title} (${group.lines.length})`, '', ...group.lines.map((line) => `- ${escapeMarkdown(line, '  ')}`), '');
  }
  return out;
}

/** "Previous (Q3 board)": a rated box's progress at the version compared with. */
function previousLabel(changes: ChangesForExport): string {
  return `Previous (${changes.versionName})`;
}

function markdownLink({ link, fromLabel, toLabel, shape }: OutlineLink): string {
  const line = `${escapeMarkdown(fromLabel, '  ')} → ${escapeMarkdown(toLabel, '  ')} (${linkShapeName(shape)})`;
  return link.note?.trim() ? `${line}: ${escapeMarkdown(link.note, '  ')}` : line;
}

function markdownComments(threads: readonly AppendixThread[]): string[] {
  const out = [`## ${COMMENTS_APPENDIX_TITLE}`, '', COMMENTS_APPENDIX_INTRO, ''];
  if (!threads.length) out.push('_No open comments._', '');
  for (const thread of threads) {
    out.push(`- **${escapeMarkdown(thread.on, '  ')}**`);
    for (const comment of thread.comments) out.push(`  - ${escapeMarkdown(comment.by, '    ')}, ${escapeMarkdown(comment.date)}: ${escapeMarkdown(comment.text, '    ')}`);
  }
  if (threads.length) out.push('');
  return out;
}

function markdownConditions(heading: string, conditions: readonly Condition[]): string[] {
  const out = [`## ${heading}`, ''];
  if (!conditions.length) out.push(`_No ${heading.toLowerCase()}._`);
  for (const condition of conditions) {
    let line = `- ${escapeMarkdown(condition.text, '  ')} — **${CONDITION_STATUS_LABELS[condition.status]}**`;
    if (condition.comment?.trim()) line += `. ${escapeMarkdown(condition.comment, '  ')}`;
    out.push(line);
  }
  out.push('');
  return out;
}

// ---- HTML -------------------------------------------------------------------------------------

/** User text as HTML: escaped, with its own line breaks kept. */
function html(text: string): string {
  return escapeXml(text.trim()).replace(/\r\n|\r|\n/g, '<br>');
}

const HTML_STYLE = [
  `body{font-family:${FONT_FAMILY};color:${PAGE_STYLE.text};background:${PAGE_STYLE.background};line-height:1.5;max-width:52rem;margin:2rem auto;padding:0 1rem}`,
  `.date{color:${PAGE_STYLE.mutedText}}`,
  'section.level{border-left:6px solid var(--level-colour);padding-left:1rem;margin:1.5rem 0}',
  'section.level h2{color:var(--level-colour);margin-bottom:0}',
  '.question{margin-top:0;font-style:italic}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:.25rem 0 .75rem}',
  'dt{font-weight:bold}dd{margin:0}',
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #9aa0a6;padding:.3rem .5rem;text-align:left;vertical-align:top}',
  'table.figures{margin:.25rem 0 .75rem}table.figures caption{text-align:left;font-weight:bold}',
  '@media print{body{margin:0;max-width:none}}',
].join('\n');

export function renderModelHtml(model: ModelContent, options: TextExportOptions): string {
  const outline = outlineModel(model);
  const changes = options.compareWith ? changesForExport(model, options.compareWith) : undefined;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing in this page needs to run or load: say so, so that even a browser that meets something
    // unexpected in it runs no script and fetches nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(outline.title)}</title>`,
    `<style>\n${HTML_STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${html(outline.title)}</h1>`,
    `<p class="date">Logic model exported ${html(options.date)}.</p>`,
  ];
  if (outline.description) out.push(`<p>${html(outline.description)}</p>`);
  if (options.flagsSummary?.length) {
    out.push('<section class="flags">', '<h2>Flags</h2>', '<ul>', ...options.flagsSummary.map((line) => `<li>${html(line)}</li>`), '</ul>', '</section>');
  }
  if (changes) out.push(...htmlChanges(changes));
  out.push(...htmlLevels(outline, changes), ...htmlLinks(outline));
  out.push(...htmlConditions('Assumptions', outline.assumptions), ...htmlConditions('Risks', outline.risks));
  if (options.comments) out.push(...htmlComments(options.comments));
  out.push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function htmlChanges(changes: ChangesForExport): string[] {
  const out = ['<section class="changes">', `<h2>${html(changes.heading)}</h2>`, `<p class="counts">${html(changes.counts)}.</p>`];
  for (const group of changes.groups) {
    out.push(`<h3>${group.title} (${group.lines.length})</h3>`, '<ul>', ...group.lines.map((line) => `<li>${html(line)}</li>`), '</ul>');
  }
  out.push('</section>');
  return out;
}

function htmlComments(threads: readonly AppendixThread[]): string[] {
  const out = ['<section class="comments">', `<h2>${COMMENTS_APPENDIX_TITLE}</h2>`, `<p>${COMMENTS_APPENDIX_INTRO}</p>`];
  if (!threads.length) out.push('<p><em>No open comments.</em></p>');
  else {
    out.push('<ul>');
    for (const thread of threads) {
      const comments = thread.comments.map((comment) => `<li><strong>${html(comment.by)}</strong>, ${html(comment.date)}: ${html(comment.text)}</li>`).join('');
      out.push(`<li>${html(thread.on)}<ul>${comments}</ul></li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

function htmlLevels(outline: ModelOutline, changes: ChangesForExport | undefined): string[] {
  const out: string[] = [];
  outline.levels.forEach(({ level, boxes }, index) => {
    out.push(
      `<section class="level" data-level="${level.id}" style="--level-colour:${LEVEL_COLOURS[level.id].heading}">`,
      `<h2>${index + 1}. ${escapeXml(level.name)}</h2>`,
      `<p class="question">${escapeXml(level.question)}</p>`,
    );
    if (!boxes.length) out.push('<p><em>No boxes at this level.</em></p>');
    else {
      out.push('<ul>');
      for (const { box, label, featureName } of boxes) {
        const details: string[] = [];
        if (featureName) details.push(`<dt>Evidence feature</dt><dd>${html(featureName)}</dd>`);
        if (box.notes?.trim()) details.push(`<dt>Notes</dt><dd>${html(box.notes)}</dd>`);
        if (box.owner?.trim()) details.push(`<dt>Owner</dt><dd>${html(box.owner)}</dd>`);
        details.push(...htmlProgress(box, changes));
        out.push(`<li><strong>${html(label)}</strong>${details.length ? `<dl>${details.join('')}</dl>` : ''}</li>`);
      }
      out.push('</ul>');
    }
    out.push('</section>');
  });
  return out;
}

function htmlProgress(box: Box, changes: ChangesForExport | undefined): string[] {
  const out: string[] = [];
  const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  if (box.rating) out.push(`<dt>Rating</dt><dd class="rating" data-progress="${box.rating.progress}">${ratingText(box.rating, html)}</dd>`);
  if (box.rating && changes) {
    const { previous, direction } = changes.previousOf(box);
    out.push(`<dt>${html(previousLabel(changes))}</dt><dd class="previous">${html(previous)}</dd>`, `<dt>Direction</dt><dd class="direction">${html(direction)}</dd>`);
  }
  if (box.indicators?.length) out.push(`<dt>Indicators</dt><dd>${list(box.indicators.map((indicator) => indicatorText(indicator, html) + htmlFigures(indicator)))}</dd>`);
  if (box.evidence?.length) out.push(`<dt>Evidence, newest first</dt><dd>${list(newestFirst(box.evidence).map((entry) => evidenceText(entry, html)))}</dd>`);
  return out;
}

/** A measure's trend in words and the table of its figures. */
function htmlFigures(indicator: Indicator): string {
  if (!isMeasure(indicator)) return '';
  const { trend } = measureLines(indicator, html);
  const cell = (value: number | undefined) => `<td>${html(figureWords(value, indicator.unit))}</td>`;
  const rows = valuesInOrder(indicator).map(
    (value) => `<tr><th scope="row">${html(periodWords(value.period))}</th>${cell(value.actual)}${value.target === undefined ? '<td></td>' : cell(value.target)}<td>${value.status ? VALUE_STATUS_WORDS[value.status] : ''}</td><td>${value.note?.trim() ? html(value.note) : ''}</td></tr>`,
  );
  return `<p class="trend">${trend}</p><table class="figures"><caption>Figures: ${html(indicator.text) || 'Untitled indicator'}</caption><thead><tr><th scope="col">Period</th><th scope="col">Actual</th><th scope="col">Target</th><th scope="col">Status</th><th scope="col">Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function htmlLinks(outline: ModelOutline): string[] {
  const out = ['<section class="links">', '<h2>Links</h2>'];
  if (!outline.links.length) out.push('<p><em>No links.</em></p>');
  else {
    out.push('<ul>');
    for (const { link, fromLabel, toLabel, shape } of outline.links) {
      const note = link.note?.trim() ? `: ${html(link.note)}` : '';
      out.push(`<li>${html(fromLabel)} → ${html(toLabel)} (${linkShapeName(shape)})${note}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

function htmlConditions(heading: string, conditions: readonly Condition[]): string[] {
  const out = [`<section class="conditions">`, `<h2>${heading}</h2>`];
  if (!conditions.length) out.push(`<p><em>No ${heading.toLowerCase()}.</em></p>`);
  else {
    out.push('<table>', '<thead><tr><th scope="col">Condition</th><th scope="col">Status</th><th scope="col">Comment</th></tr></thead>', '<tbody>');
    for (const condition of conditions) {
      out.push(
        `<tr><td>${html(condition.text)}</td><td>${CONDITION_STATUS_LABELS[condition.status]}</td><td>${condition.comment ? html(condition.comment) : ''}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push('</section>');
  return out;
}
