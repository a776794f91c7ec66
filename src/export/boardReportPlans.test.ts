import { describe, expect, it } from 'vitest';
import { addBox } from '../domain/edits';
import type { ModelContent } from '../domain/model';
import { addContribution, setOpens } from '../domain/modelLinks';
import { rateBox } from '../domain/progressEdits';
import { nationalContributions, openedModels } from './boardReportPlans';
import { PNG } from 'pngjs';
import { buildBoardReport } from './boardReport';
import { readDocx } from './testing/docxReading';

function model(): ModelContent {
  let content: ModelContent = { uid: 'loip', title: 'Riverside LOIP', boxes: [], links: [], conditions: [] };
  content = addBox(content, { id: 'a1', level: 'activities', label: 'Family support', y: 0 });
  content = addBox(content, { id: 'o1', level: 'outcomes', label: 'Fewer children in poverty', y: 0 });
  content = rateBox(content, 'o1', { progress: 'on-track', confidence: 'high', date: '2026-11-01' });
  content = addContribution(content, 'o1', { framework: 'scotland-npf', edition: '2018', outcome: 'poverty' });
  return setOpens(content, 'a1', { model: 'family', title: 'Family support workstream' });
}

describe('the board report: plans and national outcomes', () => {
  it('says each national outcome served, with its contributing outcomes and ratings', () => {
    expect(nationalContributions(model())).toEqual([
      {
        outcome: 'Poverty: We tackle poverty by sharing opportunities, wealth and power more equally',
        framework: "Scotland's National Performance Framework: National Outcomes (2018)",
        contributions: ['Fewer children in poverty — On track'],
      },
    ]);
    expect(openedModels(model(), new Map([['family', 'Family support workstream: Final outcomes: 1 on track, 1 at risk']]))).toEqual([
      { box: 'Family support', child: 'Family support workstream', rollUp: 'Family support workstream: Final outcomes: 1 on track, 1 at risk' },
    ]);
  });

  it('puts both sections in the Word document', async () => {
    const png = new PNG({ width: 20, height: 10, colorType: 2 });
    png.data.fill(255);
    const diagram = { png: new Uint8Array(PNG.sync.write(png, { colorType: 2 })), width: 20, height: 10 };
    const childRollUps = new Map([['family', 'Family support workstream: Final outcomes: 1 on track, 1 at risk']]);
    const docx = readDocx(await buildBoardReport(model(), { page: 'a4', today: '2026-12-06', flags: [], diagram, childRollUps }));
    expect(docx.paragraphs).toContain('Contribution to national outcomes');
    expect(docx.paragraphs).toContain('Poverty: We tackle poverty by sharing opportunities, wealth and power more equally');
    expect(docx.paragraphs).toContain('Contributing outcome: Fewer children in poverty — On track');
    expect(docx.paragraphs).toContain('Family support opens Family support workstream');
    expect(docx.paragraphs).toContain('Family support workstream: Final outcomes: 1 on track, 1 at risk');
  });
});
