/** Shared by the saved-versions tests: a small rated model to import, and saving a version as a person does. */
import { expect, importFile, openHome, openPanelTab, titleField, type Page } from './helpers';

/** Four boxes in a chain, one of them rated At risk with one piece of evidence. */
export const FAMILY_MODEL = {
  format: 'outcome-chains/logic-model',
  formatVersion: 2,
  title: 'Family support partnership',
  boxes: [
    { id: 'budget', level: 'inputs', label: 'Pooled budget' },
    {
      id: 'training',
      level: 'activities',
      label: 'Joint training',
      evidence: [{ id: 'e1', date: '2026-05-10', kind: 'data', summary: 'Two sessions held' }],
      rating: { progress: 'at-risk', confidence: 'medium', date: '2026-06-01' },
    },
    { id: 'panel', level: 'engagement', label: 'Families join the panel' },
    { id: 'crisis', level: 'outcomes', label: 'Fewer families reach crisis' },
  ],
  links: [
    { id: 'l1', source: 'budget', target: 'training' },
    { id: 'l2', source: 'training', target: 'panel' },
    { id: 'l3', source: 'panel', target: 'crisis' },
  ],
};

export async function openFamilyModel(page: Page): Promise<void> {
  await openHome(page);
  await importFile(page, 'family.json', JSON.stringify(FAMILY_MODEL));
  await expect(titleField(page)).toHaveValue(FAMILY_MODEL.title);
}

/** Saves a version from the Versions tab under `name`, and waits for it to be said saved. */
export async function saveVersion(page: Page, name: string): Promise<void> {
  const panel = await openPanelTab(page, 'Versions');
  const form = panel.getByRole('form', { name: 'Save this version' });
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('button', { name: 'Save this version' }).click();
  await expect(panel.getByRole('status').filter({ hasText: `Saved the version "${name}".` })).toBeVisible();
}
