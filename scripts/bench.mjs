/**
 * `npm run bench`: runs the bench sections and prints ONE JSON object to stdout, section by section.
 * Sections are TypeScript modules under bench/ exporting `async run()` that returns a plain object;
 * Vite loads them (Node cannot run .ts itself), the same way it loads the app's modules.
 * Add a section by adding a line to SECTIONS. `node scripts/bench.mjs analyse` runs only the named ones.
 */
import os from 'node:os';
import { createServer } from 'vite';

const SECTIONS = [
  { name: 'analyse', module: '/bench/analyse.ts' },
  { name: 'parse', module: '/bench/parse.ts' },
  // diffModels on two 2,000-box models a reporting period apart; analyse with a previous version.
  { name: 'diff', module: '/bench/diff.ts' },
  { name: 'exportSvg', module: '/bench/exportSvg.ts' },
  // Links around boxes: every link of a 1,000-box model routed (Node), and the moving box's links routed again each frame of a drag.
  { name: 'routing', module: '/bench/routing.ts' },
  { name: 'storage', module: '/bench/storage.ts' },
  { name: 'document', module: '/bench/document.ts' },
  // Builds the app and drives it in headless Chromium: opening, dragging, autosave, PNG export, bundle size.
  { name: 'browser', module: '/bench/browser.ts' },
  // The board report of 200 boxes alone, and compared with a saved version (also in browser, without the comparison).
  { name: 'boardReport', module: '/bench/boardReport.ts' },
  // "Image of current view" of a 200-box view: the app before (an earlier commit, built too), html-to-image tuned, and now.
  { name: 'viewImage', module: '/bench/viewImage.ts' },
  // Main-thread time of a keystroke in three fields at 200 and 1,000 boxes: the app before and now.
  { name: 'keystroke', module: '/bench/keystroke.ts' },
  // Saved versions: stored size, opening with versions (Node), saving a version and the compare view (Chromium).
  { name: 'versions', module: '/bench/versions.ts' },
  // Pathway of a 1,000-box model (Node; and shown in Chromium), a presentation step, .pptx of a 200-box model.
  { name: 'walk', module: '/bench/walk.ts' },
  // Two Chromium pages on one shared model through a real team server: change-to-peer drawing time, bytes to move a box.
  { name: 'share', module: '/bench/share.ts' },
  // A 2,000-row workbook read to the import preview (page responsiveness meanwhile), the .xlsx of a 200-box model, the lazy chunks.
  { name: 'spreadsheet', module: '/bench/spreadsheet.ts' },
  // Comments: a comment drawn in a partner's browser (real team server), and opening a 500-box model with 500 comments vs without.
  { name: 'comments', module: '/bench/comments.ts' },
  // Measures over time in Chromium: the Progress tab of 200 measures × 12 periods drawn, a keystroke in a value cell, the initial JavaScript.
  { name: 'measures', module: '/bench/measures.ts' },
  // Signing in and authorship (issue 24): a signed-in partner's connection admitted against a link's (real
  // team server and OpenID provider), and checking a comment update's authorship in a 1,000-thread comments document.
  { name: 'signin', module: '/bench/signin.ts' },
  // Plans: the roll-up of 30 digests (Node), a 30 × 200-box plan's dashboard from IndexedDB to drawn, a 500-box child opened from its box.
  { name: 'plans', module: '/bench/plans.ts' },
  // Starts the team server and runs 50 clients in 10 rooms for 60 s (npm run bench:server runs only this).
  { name: 'server', module: '/bench/server.ts' },
  // Clients per team server instance in 100 rooms at p99 change-to-peer ≤ 250 ms: steps of 50 until the knee (several minutes).
  { name: 'capacity', module: '/bench/capacity.ts' },
  // 200 clients for 10 minutes: the server's RSS at the start, after warm-up and at the end, and changes lost.
  { name: 'soak', module: '/bench/soak.ts' },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length) {
  process.stderr.write(`Unknown bench section(s): ${unknown.join(', ')}. Known: ${SECTIONS.map((s) => s.name).join(', ')}.\n`);
  process.exit(2);
}
const chosen = asked.length ? SECTIONS.filter((section) => asked.includes(section.name)) : SECTIONS;

const report = {
  environment: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    date: new Date().toISOString(),
  },
};
let failed = false;

// No file watcher: nothing changes during a bench, and the machine's cores are shared.
const server = await createServer({ server: { middlewareMode: true, watch: null }, appType: 'custom', logLevel: 'silent' });
try {
  for (const section of chosen) {
    try {
      const loaded = await server.ssrLoadModule(section.module);
      report[section.name] = await loaded.run();
    } catch (error) {
      failed = true;
      report[section.name] = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }
} finally {
  await server.close();
}

process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (failed) process.exitCode = 1;
