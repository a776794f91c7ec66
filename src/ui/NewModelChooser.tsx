import { useState } from 'react';
import { useRepository } from '../app/RepositoryContext';
import { goTo, modelHref } from '../app/route';
import type { ModelContent } from '../domain/model';
import { LEVEL_COLOURS } from '../export/theme';
import { modelFromTemplate, TEMPLATES, type Template, type TemplateId } from '../templates/catalogue';
import { templatePreviewSvg } from '../export/templatePreview';
import { plural } from './format';
import './evidence.css';

/** What a new blank model is called, until the user names it. */
const BLANK_TITLE = 'Untitled logic model';

interface Card {
  readonly template: Template;
  /** The template file's own description (for the evidence template, what it is built from). */
  readonly about: string | undefined;
  readonly previewUrl: string;
  readonly previewAlt: string;
}

function previewAlt(template: Template, model: ModelContent): string {
  if (!model.boxes.length) return `Preview of ${template.name}: the seven lanes, empty`;
  return `Preview of ${template.name}: ${plural(model.boxes.length, 'box', 'boxes')} and ${plural(model.links.length, 'link')} across the seven lanes`;
}

let cards: readonly Card[] | undefined;

/** The gallery's cards, built once: the templates never change while the app runs. */
function galleryCards(): readonly Card[] {
  cards ??= TEMPLATES.map((template) => {
    const model = modelFromTemplate(template.id);
    const svg = templatePreviewSvg(model, { levels: LEVEL_COLOURS }, { width: 280 });
    return {
      template,
      about: model.description && model.description !== template.description ? model.description : undefined,
      previewUrl: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      previewAlt: previewAlt(template, model),
    };
  });
  return cards;
}

/** The content of a new model made from a template; a blank one is titled for the user to rename. */
function newModelContent(id: TemplateId): ModelContent {
  const content = modelFromTemplate(id);
  return id === 'blank' ? { ...content, title: BLANK_TITLE } : content;
}

/** Starts a new model: a gallery of the templates, each with a preview of its diagram. */
export function NewModelChooser() {
  const repository = useRepository();
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<TemplateId | null>(null);
  const create = async (id: TemplateId) => {
    if (creating) return;
    setCreating(id);
    setError(null);
    try {
      const model = await repository.create(newModelContent(id));
      goTo(modelHref(model.id));
    } catch (failure) {
      setError(`Could not create the model: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setCreating(null);
    }
  };
  return (
    <section className="home__section" aria-labelledby="new-heading">
      <h2 id="new-heading">Start a new model</h2>
      <p className="hint">Each template is copied into a model of your own: editing your model never changes the template.</p>
      <ul className="template-gallery" aria-label="Templates">
        {galleryCards().map(({ template, about, previewUrl, previewAlt: alt }) => {
          const headingId = `template-${template.id}`;
          return (
            <li key={template.id}>
              <article className="template-card" aria-labelledby={headingId}>
              <img className="template-card__preview" src={previewUrl} alt={alt} />
              <h3 id={headingId} className="template-card__name">
                {template.name}
              </h3>
              <p className="template-card__description">{template.description}</p>
              {about ? <p className="template-card__about">{about}</p> : null}
              <button
                type="button"
                className={`button template-card__start${template.id === 'evidence' ? ' button--primary' : ''}`}
                disabled={creating !== null}
                onClick={() => void create(template.id)}
              >
                {template.id === 'blank' ? 'New blank model' : `Start from ${template.name}`}
              </button>
              </article>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
