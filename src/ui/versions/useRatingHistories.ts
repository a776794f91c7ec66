import { useEffect, useMemo, useState } from 'react';
import type { ModelContent } from '../../domain/model';
import { ratingHistories, type RatingHistory } from '../../domain/ratingHistory';
import type { SavedVersion } from '../../domain/versions';
import { useHistoryControls, useVersionList } from './HistoryContext';

const NONE: ReadonlyMap<string, RatingHistory> = new Map();

/**
 * Each rated box's rating at every saved version and now, for the Progress tab's direction of
 * travel; empty before a version is saved, and while a version or a comparison is shown (the
 * strip is the history of the model as it is now).
 */
export function useRatingHistories(model: ModelContent): ReadonlyMap<string, RatingHistory> {
  const controls = useHistoryControls();
  const versions = useVersionList(controls?.history);
  const live = controls?.view.kind === 'now';
  const [saved, setSaved] = useState<readonly SavedVersion[]>([]);
  useEffect(() => {
    if (!controls || !live || !versions.length) {
      setSaved([]);
      return;
    }
    let current = true;
    void controls.history.allContents().then((all) => current && setSaved(all));
    return () => {
      current = false;
    };
  }, [controls, live, versions]);
  return useMemo(
    () => (saved.length ? ratingHistories(saved.map(({ info, content }) => ({ id: info.id, name: info.name, savedAt: info.savedAt, content })), model) : NONE),
    [saved, model],
  );
}
