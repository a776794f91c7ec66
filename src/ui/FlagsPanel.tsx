import { useMemo, useState } from 'react';
import { groupFlags, summariseFlags, type Flag, type FlagKindGroup as KindGroup } from '../analysis';
import { actionLabel, flagShowsSomething, runFlagAction, showFlag } from '../actions/flagActions';
import { useEditor, useEditorStore } from '../store/EditorContext';
import { currentModel } from '../store/editorStore';
import { useFlagsOf } from '../store/useFlagsOf';

function FlagItem({ flag }: { flag: Flag }) {
  const store = useEditorStore();
  const label = flag.action ? actionLabel(flag.action) : undefined;
  const focusable = flagShowsSomething(flag);
  return (
    <li className={`flag flag--${flag.severity}${flag.acknowledged ? ' flag--acknowledged' : ''}`} data-flag-kind={flag.kind}>
      {focusable ? (
        <button type="button" className="flag__message" onClick={() => showFlag(store, flag)}>
          {flag.message}
        </button>
      ) : (
        <p className="flag__message">{flag.message}</p>
      )}
      {flag.acknowledged ? <span className="flag__tag">Explained</span> : null}
      {flag.action && label ? (
        <button type="button" className="flag__action" onClick={() => runFlagAction(store, flag.action!)}>
          {label}
        </button>
      ) : null}
      <details className="flag__why">
        <summary>Why this matters</summary>
        <blockquote>
          “{flag.passage.quote}”{flag.passage.note ? ` (${flag.passage.note})` : ''}
          <footer>— the briefing, “{flag.passage.section}”</footer>
        </blockquote>
      </details>
    </li>
  );
}

/** A kind with more flags than this starts folded. */
const OPEN_UP_TO = 5;
/** An unfolded kind lists this many flags, then offers the rest: thousands of items would make every edit slow. */
const LISTED_AT_FIRST = 100;

/** The flags of one kind under a heading that folds; folded flags are not rendered at all. */
function FlagKindGroup({ title, flags }: KindGroup) {
  const [open, setOpen] = useState(flags.length <= OPEN_UP_TO);
  const [showAll, setShowAll] = useState(false);
  const listed = showAll ? flags : flags.slice(0, LISTED_AT_FIRST);
  return (
    <details className="flags-panel__kind" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {title} ({flags.length})
      </summary>
      {open ? (
        <>
          <ul>
            {listed.map((flag) => (
              <FlagItem key={flag.key} flag={flag} />
            ))}
          </ul>
          {listed.length < flags.length ? (
            <button type="button" className="flags-panel__more" onClick={() => setShowAll(true)}>
              Show all {flags.length}
            </button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

/** The tab's name with the number of gaps, so it is seen without opening the tab. */
export function FlagsTabLabel() {
  const { flags } = useFlagsOf(useEditor(currentModel));
  const gaps = useMemo(() => flags.filter((flag) => flag.severity === 'gap').length, [flags]);
  return (
    <>
      Flags{gaps ? <span className="tab-count"> ({gaps === 1 ? '1 gap' : `${gaps} gaps`})</span> : null}
    </>
  );
}

/** Every flag of the open model, grouped by severity and kind, each leading to what it concerns. */
export function FlagsPanel() {
  const { model, flags } = useFlagsOf(useEditor(currentModel));
  const summary = useMemo(() => (model ? summariseFlags(model, flags) : null), [model, flags]);
  if (!model || !summary) return null;
  return (
    <div className="panel__content flags-panel">
      <h2 className="panel__heading">Flags</h2>
      <p className="flags-panel__summary" aria-label="Flags summary">
        {summary.text}
      </p>
      {flags.length === 0 ? <p>Nothing to flag: every evidence feature is there and every chain reaches an outcome.</p> : null}
      {groupFlags(flags).map(({ severity, title, flags: ofSeverity, kinds }) => (
        <section key={severity} className="flags-panel__severity" aria-label={`${title} (${ofSeverity.length})`}>
          <h3>
            {title} ({ofSeverity.length})
          </h3>
          {kinds.map((group) => (
            <FlagKindGroup key={group.kind} {...group} />
          ))}
        </section>
      ))}
    </div>
  );
}
