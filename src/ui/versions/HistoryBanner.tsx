import { isoDateOf, ukLongDate } from '../../domain/isoDate';
import type { VersionInfo } from '../../domain/versions';
import { useHistoryControls, useVersionList, type VersionSide } from './HistoryContext';

export function savedOn(info: VersionInfo): string {
  return ukLongDate(isoDateOf(new Date(info.savedAt)));
}

function sideName(side: VersionSide, versions: readonly VersionInfo[]): string {
  if (side.kind === 'now') return 'now';
  const info = versions.find((version) => version.id === side.id);
  return info ? `"${info.name}" (${savedOn(info)})` : 'a deleted version';
}

/** Says plainly that the canvas shows the past (a version, or a comparison), and leads back to now. */
export function HistoryBanner() {
  const controls = useHistoryControls();
  const versions = useVersionList(controls?.history);
  if (!controls || controls.view.kind === 'now') return null;
  const { view } = controls;
  const text =
    view.kind === 'version'
      ? `You are looking at "${view.version.name}", saved ${savedOn(view.version)}. Nothing here can be changed.`
      : `Comparing ${sideName(view.before, versions)} with ${sideName(view.after, versions)}. Nothing here can be changed.`;
  return (
    <div className="history-banner" role="region" aria-label={view.kind === 'version' ? 'Looking at a version' : 'Comparing versions'}>
      <p>{text}</p>
      <button type="button" className="button--primary" onClick={() => controls.show({ kind: 'now' })}>
        Back to now
      </button>
    </div>
  );
}
