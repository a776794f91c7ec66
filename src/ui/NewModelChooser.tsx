import { useState } from 'react';
import { useRepository } from '../app/RepositoryContext';
import { goTo, modelHref } from '../app/route';
import { table1Conditions } from '../evidence/table1';

/** Starts a new model. */
export function NewModelChooser() {
  const repository = useRepository();
  const [error, setError] = useState<string | null>(null);
  const createBlank = async () => {
    try {
      const model = await repository.create({ title: 'Untitled logic model', boxes: [], links: [], conditions: table1Conditions() });
      goTo(modelHref(model.id));
    } catch (failure) {
      setError(`Could not create the model: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };
  return (
    <section className="home__section" aria-labelledby="new-heading">
      <h2 id="new-heading">Start a new model</h2>
      <button type="button" className="button button--primary" onClick={() => void createBlank()}>
        New blank model
      </button>
      {error ? <p className="error-message" role="alert">{error}</p> : null}
    </section>
  );
}
