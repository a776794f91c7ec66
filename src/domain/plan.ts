/**
 * A plan (PRODUCT.md §18): a named set of this computer's models, looked at as one. It lists models
 * by their id on this computer, never holds them: a model may be in several plans, and taking one
 * out of a plan never deletes it. The plan itself stays on this computer.
 */
export interface Plan {
  readonly id: string;
  readonly name: string;
  /** The models' ids on this computer, in the order the user chose. */
  readonly models: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const MAX_PLAN_NAME_LENGTH = 200;
export const MAX_MODELS_PER_PLAN = 200;

/** The plan with the model added at the end; the same plan when it is there already. */
export function withModel(plan: Plan, modelId: string, now: number): Plan {
  if (plan.models.includes(modelId) || plan.models.length >= MAX_MODELS_PER_PLAN) return plan;
  return { ...plan, models: [...plan.models, modelId], updatedAt: now };
}

/** The plan without the model (the model itself is untouched). */
export function withoutModel(plan: Plan, modelId: string, now: number): Plan {
  if (!plan.models.includes(modelId)) return plan;
  return { ...plan, models: plan.models.filter((id) => id !== modelId), updatedAt: now };
}

/** A plan's name as typed, or the reason it cannot be one. */
export function checkPlanName(name: string): { ok: true; name: string } | { ok: false; error: string } {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, error: 'Give the plan a name.' };
  if (trimmed.length > MAX_PLAN_NAME_LENGTH) return { ok: false, error: `A plan's name can be at most ${MAX_PLAN_NAME_LENGTH} characters.` };
  return { ok: true, name: trimmed };
}
