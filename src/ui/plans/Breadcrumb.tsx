/**
 * The way back up (PRODUCT.md §18): "Riverside LOIP › Family support workstream", from the models
 * that open this one, read from the digests. Shown only when some model opens this one.
 */
import { modelHref } from '../../app/route';
import { useEditor } from '../../store/EditorContext';
import { currentModel } from '../../store/editorStore';
import type { StoredDigest } from '../../storage/repository';
import { useDigests } from './DigestsContext';

/** The chain of models down to this one, first parent each step, stopping at a loop. */
function ancestors(uid: string, entries: readonly StoredDigest[]): StoredDigest[] {
  const chain: StoredDigest[] = [];
  const seen = new Set([uid]);
  let current = uid;
  for (;;) {
    const parent = entries.find((entry) => entry.digest?.opens.some((opening) => opening.model === current));
    if (!parent?.uid || seen.has(parent.uid)) return chain;
    seen.add(parent.uid);
    chain.unshift(parent);
    current = parent.uid;
  }
}

export function Breadcrumb() {
  const model = useEditor(currentModel);
  const { entries } = useDigests();
  if (!model?.uid || !entries) return null;
  const chain = ancestors(model.uid, entries);
  if (!chain.length) return null;
  return (
    <nav className="plan-breadcrumb" aria-label="Breadcrumb">
      <ol>
        {chain.map((entry) => (
          <li key={entry.id}>
            <a href={modelHref(entry.id)}>{entry.title || 'Untitled model'}</a>
          </li>
        ))}
        <li aria-current="page">{model.title || 'Untitled model'}</li>
      </ol>
    </nav>
  );
}
