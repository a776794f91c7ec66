/** The dashboard's exports: the plan report (Word), the dashboard as a sheet (Excel), and the plan file. */
import { useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import type { DashboardRow } from '../../analysis/plans/dashboard';
import { planFlags } from '../../analysis/plans/planFlags';
import { isoDateOf } from '../../domain/isoDate';
import type { Plan } from '../../domain/plan';
import { downloadBlob } from '../../export/download';
import { planFileName, planFileText } from './planTransfer';

const stem = (name: string) => planFileName(name).replace(/\.plan\.json$/, '');

export function PlanExportButtons({ plan, rows }: { plan: Plan; rows: readonly DashboardRow[] }) {
  const repository = useRepository();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (label: string, work: () => Promise<string>) => {
    setProblem(null);
    setDone(null);
    work().then(
      (name) => setDone(`Downloaded ${name}`),
      (error: unknown) => setProblem(`${label} did not work: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const word = async () => {
    const { buildPlanReport } = await import('../../export/planReport');
    const bytes = await buildPlanReport({ name: plan.name, rows, flags: planFlags(rows.map((row) => row.digest)), today: isoDateOf(new Date()) });
    const name = `${stem(plan.name)}-plan-report.docx`;
    downloadBlob(new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), name);
    return name;
  };
  const excel = async () => {
    const [{ planSheet }, { writeXlsx, XLSX_MIME_TYPE }] = await Promise.all([import('../../export/planReport'), import('../../export/xlsx')]);
    const name = `${stem(plan.name)}-dashboard.xlsx`;
    downloadBlob(new Blob([writeXlsx([planSheet(rows)]).slice()], { type: XLSX_MIME_TYPE }), name);
    return name;
  };
  const file = async () => {
    const name = planFileName(plan.name);
    downloadBlob(new Blob([await planFileText(repository, plan)], { type: 'application/json' }), name);
    return name;
  };
  return (
    <div className="plan-exports">
      <button type="button" onClick={() => run('The plan report', word)}>
        Plan report (Word)
      </button>
      <button type="button" onClick={() => run('The dashboard sheet', excel)}>
        Dashboard (Excel)
      </button>
      <button type="button" onClick={() => run('Export plan file', file)}>
        Export plan file
      </button>
      <span role="status">{done}</span>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
