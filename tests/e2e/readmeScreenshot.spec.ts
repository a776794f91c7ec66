/**
 * The README's screenshot (docs/editor.png): the editor on the evidence template with the Flags tab
 * open, at 1366 × 768, a laptop screen partnerships are handed. An ordinary run takes it into the
 * test's own output folder, so it never rewrites a committed file; it replaces docs/editor.png only
 * when asked (`README_SCREENSHOTS=1 node scripts/run-e2e.mjs tests/e2e/readmeScreenshot.spec.ts`).
 */
import { fitView, openHome, openPanelTab, startFromGallery, test } from './helpers';

const EVIDENCE_TITLE = 'Evidence template: effective partnership';

test('docs/editor.png: the editor on the evidence template, Flags tab open, at 1366 × 768', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openHome(page);
  await startFromGallery(page, 'Start from Evidence template', EVIDENCE_TITLE);
  await openPanelTab(page, 'Flags');
  await fitView(page);
  await page.screenshot({ path: process.env.README_SCREENSHOTS ? 'docs/editor.png' : test.info().outputPath('editor.png') });
});
