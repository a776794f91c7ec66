import { useMemo } from 'react';
import { flagsOnPathway, pathwayInWords } from '../../analysis/pathway';
import { hidePathway, startPresenting } from '../../actions/pathwayCommands';
import { showFlag } from '../../actions/flagActions';
import { boxName } from '../../actions/commands';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import { useFlagsOf } from '../../store/useFlagsOf';
import { usePathway } from '../../store/usePathway';
import { plural } from '../format';

/** The pathway shown, said in words level by level, with the flags that fall on it (PRODUCT.md §15). */
export function PathwayPanel() {
  const store = useEditorStore();
  const pathway = usePathway();
  const model = useEditor((state) => (state.pathwayFor ? currentModel(state) : null));
  // The editor's own analysis (with the version it is judged against), not a second one without it.
  const { flags: modelFlags } = useFlagsOf(model);
  const flags = useMemo(() => (pathway ? flagsOnPathway(modelFlags, pathway) : []), [modelFlags, pathway]);
  if (!pathway || !model) return null;
  const anchors = model.boxes.filter((box) => pathway.anchorIds.includes(box.id));
  return (
    // Laid over the canvas's top rather than above it: pushing the canvas down relaid and repainted
    // all of it (a 1,000-box model) as the pathway appeared; the canvas brings focus out from under it.
    <section className="pathway-panel" aria-labelledby="pathway-panel-title" data-covers-canvas>
      <div className="pathway-panel__head">
        <h2 id="pathway-panel-title">Pathway of {anchors.map((box) => `“${boxName(box)}”`).join(', ')}</h2>
        <p className="pathway-panel__count">
          {plural(pathway.boxIds.size, 'box', 'boxes')} and {plural(pathway.linkIds.size, 'link')} of {model.boxes.length}; the rest is faded.
        </p>
        <button type="button" onClick={() => startPresenting(store, 'pathway')}>
          Present this pathway
        </button>
        <button type="button" onClick={() => hidePathway(store)}>
          Hide pathway
        </button>
      </div>
      <p className="pathway-panel__words" data-testid="pathway-words">
        {pathwayInWords(pathway)}
      </p>
      {flags.length ? (
        <details className="pathway-panel__flags">
          <summary>{plural(flags.length, 'flag')} on this pathway</summary>
          <ul>
            {flags.map((flag) => (
              <li key={flag.key} className={`flag--${flag.severity}`}>
                <button type="button" className="link-button" onClick={() => showFlag(store, flag)}>
                  {flag.message}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="pathway-panel__flags muted">No flags on this pathway.</p>
      )}
    </section>
  );
}
