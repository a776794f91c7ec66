/**
 * The home page's plans (PRODUCT.md §18): "New plan", the plans with their models, each leading to
 * its dashboard, and a plan file imported as a new plan. Removing a model from a plan, or deleting a
 * plan, never deletes a model. Plans stay on this computer.
 */
import { useCallback, useEffect, useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import { goTo, modelHref, planHref } from '../../app/route';
import { newId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { ModelSummary } from '../../storage/repository';
import { PlanForm } from './PlanForm';
import './plans.css';

export function PlansSection({ models }: { models: readonly ModelSummary[] }) {
  const repository = useRepository();
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const refresh = useCallback(() => void repository.listPlans().then(setPlans, () => setPlans([])), [repository]);
  useEffect(refresh, [refresh]);

  const save = async (name: string, modelIds: string[], plan?: Plan) => {
    const now = Date.now();
    const saved: Plan = plan ? { ...plan, name, models: modelIds, updatedAt: now } : { id: newId('plan'), name, models: modelIds, createdAt: now, updatedAt: now };
    try {
      await repository.savePlan(saved);
      setEditing(null);
      setMessage({ text: plan ? `The plan “${name}” was saved.` : `The plan “${name}” was made.`, problem: false });
      refresh();
    } catch (error) {
      setMessage({ text: `The plan could not be saved: ${error instanceof Error ? error.message : String(error)}`, problem: true });
    }
  };

  const remove = async (plan: Plan) => {
    if (!window.confirm(`Delete the plan “${plan.name}”? Its models stay as they are.`)) return;
    await repository.deletePlan(plan.id);
    setMessage({ text: `The plan “${plan.name}” was deleted; its models are still here.`, problem: false });
    refresh();
  };

  const onImport = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    input.value = '';
    // The plan file's reader is loaded when a plan file is chosen.
    const { importPlanFile } = await import('./planTransfer');
    const result = await importPlanFile(file, repository);
    if (result.ok) goTo(planHref(result.plan.id));
    else setMessage({ text: result.error, problem: true });
  };

  const titleOf = new Map(models.map((model) => [model.id, model.title || 'Untitled model']));
  return (
    <section className="home__section" aria-labelledby="plans-heading">
      <h2 id="plans-heading">Your plans</h2>
      <p className="hint">
        A plan looks at several models as one: a strategic plan and its workstreams, a LOIP and its localities. A model may be in several plans; taking it out of a
        plan never deletes it. Plans are kept on this computer only, even when their models are shared.
      </p>
      {editing === 'new' ? (
        <PlanForm models={models} onSave={(name, ids) => void save(name, ids)} onCancel={() => setEditing(null)} />
      ) : (
        <div className="plan-actions">
          <button type="button" onClick={() => setEditing('new')}>
            New plan
          </button>{' '}
          <label className="button">
            Import a plan file
            <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void onImport(event.target.files?.[0], event.target)} />
          </label>
        </div>
      )}
      {message ? (
        <p className={message.problem ? 'error-message' : 'notice'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {plans?.length ? (
        <ul className="plan-list" aria-label="Your plans">
          {plans.map((plan) => (
            <li key={plan.id} className="plan-list__item">
              {editing === plan.id ? (
                <PlanForm models={models} plan={plan} onSave={(name, ids) => void save(name, ids, plan)} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <a href={planHref(plan.id)} className="plan-list__name">
                    {plan.name}
                  </a>
                  <ul className="plan-list__models" aria-label={`Models in ${plan.name}`}>
                    {plan.models.map((id) => (
                      <li key={id}>{titleOf.has(id) ? <a href={modelHref(id)}>{titleOf.get(id)}</a> : <span className="muted">a model no longer on this computer</span>}</li>
                    ))}
                  </ul>
                  <button type="button" onClick={() => setEditing(plan.id)} aria-label={`Change the models of ${plan.name}`}>
                    Change models
                  </button>{' '}
                  <button type="button" onClick={() => void remove(plan)} aria-label={`Delete the plan ${plan.name}`}>
                    Delete plan
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : plans ? (
        <p className="empty">No plans yet.</p>
      ) : null}
    </section>
  );
}
