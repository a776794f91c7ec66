/**
 * A plan's dashboard (PRODUCT.md §18): one row per model, read from the stored digests (no model's
 * document is opened unless it has no digest yet), sortable by any column, a row opening its model,
 * a summary row for the plan, and the plan's flags.
 */
import { useEffect, useMemo, useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import { HOME_HREF, modelHref } from '../../app/route';
import { analyse } from '../../analysis/analyse';
import { digestOf, type ModelDigest } from '../../analysis/plans/digest';
import { planFlags } from '../../analysis/plans/planFlags';
import { planTotals } from '../../analysis/plans/rollup';
import type { Plan } from '../../domain/plan';
import { contentOf } from '../../storage/storedModel';
import { formatDateTime } from '../format';
import { useStoredDigests } from './DigestsContext';
import { COLUMN_WORDS, DASHBOARD_COLUMNS, dashboardRow, DIRECTION_WORDS, flagsWords, measuresWords, sortRows, type DashboardColumn, type DashboardRow } from '../../analysis/plans/dashboard';
import { PlanExportButtons } from './PlanExportButtons';
import { ProgressCountShapes, RollUpShapes } from './RollUpShapes';
import './plans.css';

function RowCells({ row }: { row: DashboardRow }) {
  const { digest } = row;
  return (
    <>
      <td>
        <ProgressCountShapes counts={digest.ratings} unrated={digest.unrated} />
        <span className="plan-dashboard__detail">Final outcomes: </span>
        <RollUpShapes rollup={row.rollup} />
      </td>
      <td>{row.direction ? `${DIRECTION_WORDS[row.direction]} (${digest.direction!.improved} improved, ${digest.direction!.worse} worse)` : 'No saved version yet'}</td>
      <td>{measuresWords(digest)}</td>
      <td>{flagsWords(digest.flags)}</td>
      <td>{digest.openComments}</td>
      <td>{formatDateTime(row.updatedAt)}</td>
    </>
  );
}

export function PlanDashboard({ planId }: { planId: string }) {
  const repository = useRepository();
  const { entries } = useStoredDigests();
  const [plan, setPlan] = useState<Plan | null | undefined>(undefined);
  const [computed, setComputed] = useState<ReadonlyMap<string, ModelDigest>>(new Map());
  const [sort, setSort] = useState<{ column: DashboardColumn; ascending: boolean }>({ column: 'title', ascending: true });

  useEffect(() => {
    void repository.listPlans().then((plans) => setPlan(plans.find((item) => item.id === planId) ?? null));
  }, [repository, planId]);

  useEffect(() => {
    document.title = `${plan?.name ?? 'Plan'} — Outcome Chains`;
  }, [plan]);

  // A model not saved since digests began has none stored: read once from its document.
  useEffect(() => {
    if (!plan || !entries) return;
    const lacking = entries.filter((entry) => plan.models.includes(entry.id) && !entry.digest && !computed.has(entry.id));
    if (!lacking.length) return;
    let live = true;
    void Promise.all(
      lacking.map(async (entry) => {
        const loaded = await repository.load(entry.id);
        if (loaded.status !== 'ok') return undefined;
        const content = contentOf(loaded.document.updates);
        return [entry.id, digestOf(content, { flags: analyse(content) })] as const;
      }),
    ).then((found) => {
      if (!live) return;
      setComputed((old) => {
        const next = new Map(old);
        for (const item of found) if (item) next.set(item[0], item[1]);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [plan, entries, repository, computed]);

  const rows = useMemo(() => {
    if (!plan || !entries) return null;
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const out: DashboardRow[] = [];
    for (const id of plan.models) {
      const entry = byId.get(id);
      const digest = entry?.digest ?? computed.get(id);
      if (entry && digest) out.push(dashboardRow(entry, digest));
    }
    return out;
  }, [plan, entries, computed]);

  if (plan === undefined || (plan && rows === null)) {
    return (
      <main className="loading" aria-busy="true">
        <p>Opening the plan…</p>
      </main>
    );
  }
  if (plan === null) {
    return (
      <main className="home">
        <h1>Outcome Chains</h1>
        <p role="alert">There is no plan at this address on this computer.</p>
        <a href={HOME_HREF}>Go to your models</a>
      </main>
    );
  }
  const sorted = sortRows(rows ?? [], sort.column, sort.ascending);
  const missing = plan.models.length - (rows?.length ?? 0);
  const totals = planTotals(sorted.map((row) => row.digest));
  const flags = planFlags(sorted.map((row) => row.digest));
  const sortBy = (column: DashboardColumn) => setSort((old) => ({ column, ascending: old.column === column ? !old.ascending : column === 'title' }));

  return (
    <main className="home plan-dashboard">
      <nav aria-label="Breadcrumb" className="plan-breadcrumb">
        <ol>
          <li>
            <a href={HOME_HREF}>Your models and plans</a>
          </li>
          <li aria-current="page">{plan.name}</li>
        </ol>
      </nav>
      <h1>{plan.name}</h1>
      <p className="hint">
        One row per model of the plan, from what each model last saved. This plan is kept on this computer only, even when its models are shared.
      </p>
      {missing > 0 ? <p role="status">{missing === 1 ? 'One model of this plan is no longer on this computer.' : `${missing} models of this plan are no longer on this computer.`}</p> : null}
      <PlanExportButtons plan={plan} rows={sorted} />
      <table className="plan-table" aria-label={`Dashboard of ${plan.name}`}>
        <thead>
          <tr>
            {DASHBOARD_COLUMNS.map((column) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="plan-table__sort" onClick={() => sortBy(column)}>
                  {COLUMN_WORDS[column]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={modelHref(row.id)}>{row.title}</a>
              </th>
              <RowCells row={row} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">The plan ({totals.models === 1 ? '1 model' : `${totals.models} models`})</th>
            <td>
              <ProgressCountShapes counts={totals.ratings} unrated={totals.unrated} />
              <span className="plan-dashboard__detail">Final outcomes: </span>
              <RollUpShapes rollup={totals.finalOutcomes} />
            </td>
            <td>
              {totals.direction.improved} improved, {totals.direction.noChange} no change, {totals.direction.worse} worse
            </td>
            <td>
              {totals.measures.improving} improving, {totals.measures.maintaining} maintaining, {totals.measures.worsening} worsening
            </td>
            <td>{flagsWords(totals.flags)}</td>
            <td>{totals.openComments}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <section className="home__section" aria-labelledby="plan-flags-heading">
        <h2 id="plan-flags-heading">Flags across the plan</h2>
        {flags.length ? (
          <ul>
            {flags.map((flag) => (
              <li key={`${flag.kind}/${flag.model}/${flag.box}`}>{flag.message}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing to flag across the plan.</p>
        )}
      </section>
    </main>
  );
}
