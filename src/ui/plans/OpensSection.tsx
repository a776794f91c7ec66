/**
 * A box's "Opens a model" (PRODUCT.md §18): which model it opens and that model's roll-up, a way in,
 * or the choice of a model of this computer (a loop of openings refused in words), or a new model
 * made for the box, in the same plans as this one.
 */
import { useState } from 'react';
import { useRepository } from '../../app/RepositoryContext';
import { goTo, modelHref } from '../../app/route';
import { openingRefusal } from '../../analysis/plans/openings';
import { rollUp, rollUpSentence } from '../../analysis/plans/rollup';
import { emptyDigest, type ModelDigest } from '../../analysis/plans/digest';
import type { Box } from '../../domain/model';
import { withModel } from '../../domain/plan';
import { modelFromTemplate } from '../../templates/catalogue';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { useDigests } from './DigestsContext';
import { setBoxOpens } from './linkCommands';
import { RollUpShapes } from './RollUpShapes';

export function OpensSection({ box }: { box: Box }) {
  const store = useEditorStore();
  const repository = useRepository();
  const model = useEditor(currentModel);
  const { entries, byUid } = useDigests();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!model) return null;

  const digests = (entries ?? []).map((entry): ModelDigest => entry.digest ?? emptyDigest(entry.title, entry.uid));
  const others = (entries ?? []).filter((entry) => entry.id !== model.id);

  const openChosen = async () => {
    setProblem(null);
    const entry = others.find((item) => item.id === chosen);
    if (!entry) return setProblem('Choose a model for this box to open.');
    const childUid = entry.uid ?? (await repository.ensureUid(entry.id));
    if (!childUid) return setProblem('That model is no longer on this computer.');
    const refusal = model.uid ? openingRefusal(model.uid, childUid, digests) : undefined;
    if (refusal) return setProblem(refusal);
    setBoxOpens(store, box.id, { model: childUid, title: entry.title });
    setChoosing(false);
  };

  const makeNew = async () => {
    setProblem(null);
    try {
      // A blank model, as "New blank model" makes one, titled after the box.
      const child = await repository.create({ ...modelFromTemplate('blank'), title: box.label.trim() || 'Untitled model' });
      // In the same plans as this model, so the plan's dashboard shows it.
      const plans = await repository.listPlans();
      for (const plan of plans) if (plan.models.includes(model.id)) await repository.savePlan(withModel(plan, child.id, Date.now()));
      setBoxOpens(store, box.id, { model: child.uid as string, title: child.title });
    } catch (failure) {
      setProblem(`The new model could not be made: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  if (box.opens) {
    const child = byUid.get(box.opens.model);
    const title = child?.title || box.opens.title || 'a model';
    return (
      <section className="panel__section" aria-label="The model this box opens">
        <h3>Opens a model</h3>
        {child ? (
          <>
            <p>
              This box opens <strong>{title}</strong>.
            </p>
            {child.digest ? (
              <p className="plan-rollup-line">
                <RollUpShapes rollup={rollUp(child.digest)} />
                <span className="visually-hidden">{rollUpSentence(child.digest)}</span>
              </p>
            ) : null}
            <button type="button" onClick={() => goTo(modelHref(child.id))}>
              Open {title}
            </button>{' '}
          </>
        ) : (
          <p>The model this box opens (“{title}”) is not among this computer’s models: it may have been deleted, or be on another computer. Import it, and this box will open it.</p>
        )}
        <button type="button" className="link-button" onClick={() => setBoxOpens(store, box.id, undefined)}>
          Stop opening it
        </button>
      </section>
    );
  }

  return (
    <section className="panel__section" aria-label="Open a model from this box">
      <h3>Opens a model</h3>
      <p className="muted">A box can open another model: a workstream’s, a locality’s.</p>
      {choosing ? (
        <div className="plan-choose">
          <label className="field">
            Model this box opens
            <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">Choose a model…</option>
              {others.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title || 'Untitled model'}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void openChosen()}>
            Open it from this box
          </button>{' '}
          <button type="button" onClick={() => setChoosing(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          <button type="button" onClick={() => setChoosing(true)}>
            Opens a model…
          </button>{' '}
          <button type="button" onClick={() => void makeNew()}>
            Make a new model for this box
          </button>
        </>
      )}
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
