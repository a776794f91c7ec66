/**
 * The README's screenshot (docs/editor.png): the editor on the evidence template with the Flags tab
 * open, at 1366 × 768, a laptop screen partnerships are handed. Taken only when asked for
 * (`README_SCREENSHOTS=1 node scripts/run-e2e.mjs tests/e2e/readmeScreenshot.spec.ts`), so an
 * ordinary test run never rewrites a committed file.
 */
import { fitView, openHome, openPanelTab, startFromGallery, test } from './helpers';

const EVIDENCE_TITLE = 'Evidence template: effective partnership';

test.skip(!process.env.README_SCREENSHOTS, 'set README_SCREENSHOTS=1 to retake the README’s screenshots');

test('docs/editor.png: the editor on the evidence template, Flags tab open, at 1366 × 768', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openHome(page);
  await startFromGallery(page, 'Start from Evidence template', EVIDENCE_TITLE);
  await openPanelTab(page, 'Flags');
  await fitView(page);
  await page.screenshot({ path: 'docs/editor.png' });
});
