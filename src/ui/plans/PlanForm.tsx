/** Making or changing a plan: its name and which of this computer's models are in it. */
import { useState, type FormEvent } from 'react';
import { checkPlanName, type Plan } from '../../domain/plan';
import type { ModelSummary } from '../../storage/repository';

export function PlanForm({ models, plan, onSave, onCancel }: { models: readonly ModelSummary[]; plan?: Plan; onSave: (name: string, modelIds: string[]) => void; onCancel: () => void }) {
  const [name, setName] = useState(plan?.name ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(plan?.models ?? []));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPlanName(name);
    if (!checked.ok) return setProblem(checked.error);
    // The plan keeps the order models were listed in when made; ones kept from before stay where they were.
    const kept = (plan?.models ?? []).filter((id) => chosen.has(id));
    const added = models.map((model) => model.id).filter((id) => chosen.has(id) && !kept.includes(id));
    onSave(checked.name, [...kept, ...added]);
  };
  const toggle = (id: string) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form className="plan-form" onSubmit={submit} aria-label={plan ? `Change the plan ${plan.name}` : 'New plan'}>
      <label className="field">
        Plan name
        <input value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      </label>
      <fieldset>
        <legend>Models in the plan</legend>
        {models.length ? (
          models.map((model) => (
            <label key={model.id} className="plan-form__model">
              <input type="checkbox" checked={chosen.has(model.id)} onChange={() => toggle(model.id)} />
              {model.title || 'Untitled model'}
            </label>
          ))
        ) : (
          <p className="muted">No models on this computer yet.</p>
        )}
      </fieldset>
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit">{plan ? 'Save the plan' : 'Make the plan'}</button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
