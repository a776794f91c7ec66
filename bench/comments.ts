/**
 * Comments (issue 17), in headless Chromium on the production build served by a real team server:
 * - a comment drawn in a partner's browser: a commenter (B) posts a comment on the whole model, and
 *   the editor (A), with the Comments tab open, draws it; median and p99 over 30 comments (budget:
 *   median ≤ 100 ms);
 * - opening a 500-box model that carries 500 comment threads against the same model without them,
 *   to a frame with every box, link and (for the first) every badge drawn (budget: ≤ 1.2×).
 * Bounded: every wait has a timeout; the server process is stopped by pid at the end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Page } from 'playwright-core';
import type { Thread } from '../src/domain/comments';
import type { ModelContent } from '../src/domain/model';
import { serialiseModel } from '../src/file/serialise';
import { generateModel } from './generateModel';
import { median, percentile, roundMs } from './stats';
import { joinAs, openTeamServerBench, shareNewModel, whenCountDrawn } from './teamServerPages';

const COMMENTS = 30;
const OPEN_RUNS = 9;
const THREADS = 500;
const WAIT_MS = 20_000;

/** 500 threads, one on each box; every fifth resolved, so 400 badges are drawn. */
function threadsOn(model: ModelContent): Thread[] {
  return Array.from({ length: THREADS }, (_, index) => {
    const box = model.boxes[index % model.boxes.length]!;
    const at = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString().replace('.000Z', 'Z');
    return {
      id: `t${index}`,
      on: { kind: 'box' as const, id: box.id },
      ...(index % 5 === 0 ? { resolved: { at, by: 'Asha' } } : {}),
      comments: [{ id: `m${index}`, by: 'Ben', at, text: `Where is the evidence for “${box.label}”? Comment ${index + 1}.` }],
    };
  });
}

async function importFile(page: Page, origin: string, text: string): Promise<string> {
  const folder = mkdtempSync(joinPath(tmpdir(), 'oc-bench-comments-'));
  const file = joinPath(folder, 'model.json');
  writeFileSync(file, text);
  await page.goto(`${origin}/#/`);
  await page.getByLabel('Import a model file').setInputFiles(file);
  await page.waitForURL(/#\/models\//, { timeout: WAIT_MS });
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: WAIT_MS });
  return new URL(page.url()).hash;
}

/** Time from following a model's link on the home page to a frame with every box, link and badge drawn. */
async function timeOpen(page: Page, hash: string, boxes: number, links: number, badges: number): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByRole('heading', { name: 'Your models' }).waitFor({ timeout: WAIT_MS });
  return page.evaluate(
    ({ hash, boxes, links, badges, timeout }) =>
      new Promise<number>((done, fail) => {
        const start = performance.now();
        window.location.hash = hash;
        const check = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-box');
          const drawn =
            nodes.length === boxes &&
            document.querySelectorAll('.react-flow__edge path.react-flow__edge-path').length === links &&
            document.querySelectorAll('.box-node__comments').length === badges &&
            [...nodes].every((node) => node.style.visibility !== 'hidden');
          if (drawn) done(performance.now() - start);
          else if (performance.now() - start > timeout) fail(new Error('The model was never drawn whole'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { hash, boxes, links, badges, timeout: WAIT_MS },
  );
}



export async function run() {
  const bench = await openTeamServerBench('comments');
  const { server, newPage } = bench;
  try {

    // A comment drawn in a partner's browser.
    const a = await newPage();
    const b = await newPage();
    const commentLink = await shareNewModel(a, server.httpUrl, 'Can comment');
    await a.getByRole('tab', { name: /^Comments/ }).click();
    await a.getByRole('radio', { name: 'All' }).check();
    await joinAs(b, commentLink, 'Cara');
    await b.getByRole('tab', { name: /^Comments/ }).click();
    const field = b.getByRole('textbox', { name: 'New comment' });
    const post = b.getByRole('button', { name: 'Post comment' });
    const delays: number[] = [];
    for (let i = 1; i <= COMMENTS; i++) {
      await field.fill(`Comment ${i}: where is the evidence?`);
      const drawn = whenCountDrawn(a, '.thread-list > .thread', i);
      drawn.catch(() => undefined);
      const clickedAt = await post.evaluate((button: HTMLElement) => {
        const at = performance.timeOrigin + performance.now();
        button.click();
        return at;
      });
      delays.push((await drawn) - clickedAt);
    }

    // Opening a model with 500 comments, against the same model without them.
    const page = await newPage();
    const model = generateModel({ boxes: 500 });
    const threads = threadsOn(model);
    const badges = new Set(threads.filter((thread) => !thread.resolved).map((thread) => (thread.on.kind === 'box' ? thread.on.id : ''))).size;
    const plainHash = await importFile(page, server.httpUrl, serialiseModel(model));
    const commentedHash = await importFile(page, server.httpUrl, serialiseModel(model, [], threads));
    const plain: number[] = [];
    const commented: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      plain.push(await timeOpen(page, plainHash, model.boxes.length, model.links.length, 0));
      commented.push(await timeOpen(page, commentedHash, model.boxes.length, model.links.length, badges));
    }
    const ratio = median(commented) / median(plain);

    return {
      commentToPartnerDrawing: { comments: COMMENTS, medianMs: roundMs(median(delays)), p99Ms: roundMs(percentile(delays, 99)), budgetMedianMs: 100, withinBudget: median(delays) <= 100 },
      open500BoxModel: {
        withoutCommentsMs: { median: roundMs(median(plain)), runs: plain.map(roundMs) },
        with500CommentsMs: { median: roundMs(median(commented)), runs: commented.map(roundMs), badgesDrawn: badges },
        ratio: Math.round(ratio * 100) / 100,
        budgetRatio: 1.2,
        withinBudget: ratio <= 1.2,
      },
    };
  } finally {
    await bench.close();
  }
}
