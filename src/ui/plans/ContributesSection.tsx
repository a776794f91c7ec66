/**
 * A final outcome's contributions (PRODUCT.md §18), both ends: what it contributes to (an outcome of
 * another model, or a national outcome from a framework pack), and what contributes to it from other
 * models, with their ratings.
 */
import { useState } from 'react';
import { isModelContribution, isNationalContribution } from '../../domain/modelLinks';
import type { Box, Contribution } from '../../domain/model';
import { PROGRESS_WORDS } from '../../domain/progress';
import { FRAMEWORK_PACKS, nationalTagWords, packLabel } from '../../frameworks/packs';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { useDigests, type Digests } from './DigestsContext';
import { addBoxContribution, removeBoxContribution } from './linkCommands';

function contributionWords(contribution: Contribution, { byUid }: Digests): string {
  if (isNationalContribution(contribution)) return nationalTagWords(contribution);
  const model = byUid.get(contribution.model);
  const outcome = model?.digest?.finalOutcomes.find((item) => item.id === contribution.box);
  if (!model) return 'An outcome of a model that is not on this computer';
  if (!outcome) return `An outcome no longer in ${model.title}`;
  return `${model.title}: ${outcome.label} — ${outcome.progress ? PROGRESS_WORDS[outcome.progress] : 'Not rated'}`;
}

export function ContributesSection({ box }: { box: Box }) {
  const store = useEditorStore();
  const model = useEditor(currentModel);
  const digests = useDigests();
  const [adding, setAdding] = useState<'model' | 'national' | null>(null);
  const [target, setTarget] = useState('');
  const [framework, setFramework] = useState(0);
  const [outcome, setOutcome] = useState('');
  if (!model || box.level !== 'outcomes') return null;

  const own = box.contributesTo ?? [];
  const contributors = (digests.entries ?? []).flatMap((entry) =>
    entry.id === model.id || !model.uid
      ? []
      : (entry.digest?.finalOutcomes ?? [])
          .filter((item) => item.contributesTo?.some((c) => isModelContribution(c) && c.model === model.uid && c.box === box.id))
          .map((item) => ({ key: `${entry.id}/${item.id}`, words: `${entry.title}: ${item.label} — ${item.progress ? PROGRESS_WORDS[item.progress] : 'Not rated'}` })),
  );
  const choices = (digests.entries ?? []).flatMap((entry) =>
    entry.id === model.id || !entry.uid ? [] : (entry.digest?.finalOutcomes ?? []).map((item) => ({ value: JSON.stringify({ model: entry.uid, box: item.id }), label: `${entry.title}: ${item.label}` })),
  );
  const pack = FRAMEWORK_PACKS[framework];

  const add = () => {
    if (adding === 'model' && target) addBoxContribution(store, box.id, JSON.parse(target) as Contribution);
    if (adding === 'national' && pack && outcome) addBoxContribution(store, box.id, { framework: pack.id, edition: pack.edition, outcome });
    setAdding(null);
    setTarget('');
    setOutcome('');
  };

  return (
    <section className="panel__section" aria-label="What this outcome contributes to">
      <h3>Contributes to</h3>
      {own.length ? (
        <ul className="link-list">
          {own.map((contribution) => {
            const words = contributionWords(contribution, digests);
            return (
              <li key={JSON.stringify(contribution)}>
                <span>{words}</span>
                <button type="button" className="link-button" onClick={() => removeBoxContribution(store, box.id, contribution)} aria-label={`Stop contributing to ${words}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">Contributes to nothing in another model or nationally yet.</p>
      )}
      {adding === 'model' ? (
        <div className="plan-choose">
          <label className="field">
            Outcome of another model
            <select value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">Choose an outcome…</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={add} disabled={!target}>
            Add contribution
          </button>{' '}
          <button type="button" onClick={() => setAdding(null)}>
            Cancel
          </button>
        </div>
      ) : adding === 'national' ? (
        <div className="plan-choose">
          <label className="field">
            Framework
            <select value={framework} onChange={(event) => (setFramework(Number(event.target.value)), setOutcome(''))}>
              {FRAMEWORK_PACKS.map((item, index) => (
                <option key={`${item.id}-${item.edition}`} value={index}>
                  {packLabel(item)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            National outcome
            <select value={outcome} onChange={(event) => setOutcome(event.target.value)}>
              <option value="">Choose a national outcome…</option>
              {pack?.outcomes.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.statement && item.statement !== item.name ? `${item.name} — ${item.statement}` : item.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={add} disabled={!outcome}>
            Add national outcome
          </button>{' '}
          <button type="button" onClick={() => setAdding(null)}>
            Cancel
          </button>
        </div>
      ) : (
        <>
          <button type="button" onClick={() => setAdding('model')}>
            Contributes to…
          </button>{' '}
          <button type="button" onClick={() => setAdding('national')}>
            Contributes to a national outcome…
          </button>
        </>
      )}
      {contributors.length ? (
        <>
          <h4>What contributes to this outcome</h4>
          <ul className="link-list">
            {contributors.map((item) => (
              <li key={item.key}>{item.words}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
