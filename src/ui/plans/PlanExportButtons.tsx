/** The dashboard's exports: the plan file (the plan and its models whole). */
import { useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import type { Plan } from '../../domain/plan';
import { downloadBlob } from '../../export/download';
import type { DashboardRow } from './dashboardRows';
import { planFileName, planFileText } from './planTransfer';

export function PlanExportButtons({ plan }: { plan: Plan; rows: readonly DashboardRow[] }) {
  const repository = useRepository();
  const [problem, setProblem] = useState<string | null>(null);
  const run = (label: string, work: () => Promise<void>) => {
    setProblem(null);
    work().catch((error: unknown) => setProblem(`${label} did not work: ${error instanceof Error ? error.message : String(error)}`));
  };
  return (
    <div className="plan-exports">
      <button type="button" onClick={() => run('Export plan file', async () => downloadBlob(new Blob([await planFileText(repository, plan)], { type: 'application/json' }), planFileName(plan.name)))}>
        Export plan file
      </button>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
