/**
 * A compare view's "What changed" list (PRODUCT.md §12): counts at the top, then each change in
 * words, grouped; choosing one selects its box or link on the canvas and brings it into view. And
 * the before → after lines of whatever is selected.
 */
import { useShallow } from 'zustand/react/shallow';
import { detailInWords } from '../../analysis/changeMarks';
import { changeCountsInWords, changeInWords, groupChanges } from '../../analysis/changeWords';
import type { ModelChange } from '../../domain/changes';
import { CHANGE_STYLES } from '../../export/theme';
import { useEditor, useEditorStore } from '../../store/EditorContext';
import type { EditorStore } from '../../store/editorStore';

function choose(store: EditorStore, change: ModelChange): void {
  const state = store.getState();
  if ('boxId' in change) {
    // A removed box is a ghost: brought into view, but there is nothing of it to select.
    if (change.kind !== 'box-removed') state.setSelection({ boxIds: [change.boxId], linkIds: [] });
    state.requestFocus([change.boxId]);
  } else if ('linkId' in change) {
    if (change.kind !== 'link-removed') state.setSelection({ boxIds: [], linkIds: [change.linkId] });
    state.requestFocus([change.source.boxId, change.target.boxId]);
  } else if ('conditionId' in change) state.setPanelTab('conditions');
}

export function WhatChanged() {
  const store = useEditorStore();
  const comparison = useEditor((state) => state.comparison);
  if (!comparison) return null;
  return (
    <section className="what-changed" aria-labelledby="what-changed-title">
      <h2 className="panel__heading" id="what-changed-title">
        What changed since {comparison.beforeName === 'now' ? 'now' : `"${comparison.beforeName}"`}
      </h2>
      <p className="what-changed__counts" role="status">
        {changeCountsInWords(comparison.changes)}
      </p>
      <SelectedChangeDetails />
      {groupChanges(comparison.changes).map((group) => (
        <div key={group.group}>
          <h3>
            {group.title} ({group.changes.length})
          </h3>
          <ul aria-label={group.title}>
            {group.changes.map((change, index) => (
              <li key={index}>
                <button type="button" onClick={() => choose(store, change)}>
                  {changeInWords(change)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The before → after lines of the selected box or link, in a compare view. */
export function SelectedChangeDetails() {
  const comparison = useEditor((state) => state.comparison);
  const selection = useEditor(useShallow((state) => state.selection));
  if (!comparison) return null;
  const [kind, id] = selection.boxIds.length === 1 && !selection.linkIds.length ? (['box', selection.boxIds[0]!] as const) : selection.linkIds.length === 1 && !selection.boxIds.length ? (['link', selection.linkIds[0]!] as const) : [null, null];
  if (!kind) return null;
  const mark = (kind === 'box' ? comparison.marks.boxes : comparison.marks.links).get(id);
  if (!mark) return null;
  return (
    <div className="change-details" aria-label={`How this ${kind} changed`} role="group">
      <h3>
        {CHANGE_STYLES[mark.mark].word} since {comparison.beforeName === 'now' ? 'now' : `"${comparison.beforeName}"`}
      </h3>
      {mark.details.length ? (
        <ul>
          {mark.details.map((detail, index) => (
            <li key={index}>{detailInWords(detail)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
