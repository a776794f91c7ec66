/**
 * "Share…": makes a room for the open model on a team server and gives three links: to edit, to
 * comment (see the model live and write comments only) and to view; for a shared model, shows its links and makes new ones. Whether the app was loaded
 * from a team server is asked only here, when the person opens this dialog: a model that is not
 * shared makes no request at all. On a team server that offers signing in, the model's editors also
 * share with people by name and see the activity (share/NamedAccess.tsx). This is the dialog's
 * content, loaded with the sharing code when first wanted (ShareDialog.tsx).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { readServerAddress, shareLink } from '../share/links';
import { MEMBER_TOKEN, sessionAt, signInOptions, type SignInOptions } from '../share/signIn';
import { isTeamServer } from '../share/teamServerApi';
import { useEditor } from '../store/EditorContext';
import type { ShareSession } from '../store/shareSession';
import { rememberedName, rememberName } from './rememberedName';
import { NamedAccess } from './share/NamedAccess';
import { SignInButtons } from './share/SignInButtons';

/** `byName`: the server lets no links in, so this model is shared with named people only (signInFirst: not signed in yet). */
type Phase =
  | { step: 'checking' }
  | { step: 'ask'; server: string | null; byName?: { signInFirst: SignInOptions | null } }
  | { step: 'working' }
  | { step: 'links'; replaced: boolean };

/** Whether a server that offers signing in has links turned off, and if so whether this person must sign in first. */
async function namedOnly(server: string): Promise<{ signInFirst: SignInOptions | null } | undefined> {
  const options = await signInOptions(server);
  if (!options || options.links) return undefined;
  const session = await sessionAt(server).catch(() => ({ signedIn: false }));
  return { signInFirst: session.signedIn ? null : options };
}

function LinkField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link">
      <label htmlFor={id}>{label}</label>
      <div className="share-link__row">
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy<span className="visually-hidden"> the link that {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="hint">{copied ? 'Copied.' : hint}</p>
    </div>
  );
}

export function ShareContent({ session, onDone }: { session: ShareSession; onDone: () => void }) {
  const link = useEditor((state) => state.shareLink);
  const [phase, setPhase] = useState<Phase>(link ? { step: 'links', replaced: false } : { step: 'checking' });
  const [name, setName] = useState(rememberedName);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (phase.step !== 'checking') return;
    let cancelled = false;
    const here = window.location.origin;
    void (async () => {
      const served = await isTeamServer(here);
      const byName = served ? await namedOnly(here) : undefined;
      if (!cancelled) setPhase({ step: 'ask', server: served ? here : null, ...(byName ? { byName } : {}) });
    })();
    return () => {
      cancelled = true;
    };
  }, [phase.step]);

  const share = async (event: FormEvent) => {
    event.preventDefault();
    if (phase.step !== 'ask') return;
    if (!name.trim()) {
      setProblem('Type your name: your partners see it beside your selection.');
      return;
    }
    let server = phase.server;
    if (!server) {
      const read = readServerAddress(address);
      if (!read.ok) {
        setProblem(read.error);
        return;
      }
      server = read.origin;
    }
    setProblem(null);
    rememberName(name);
    const asked = phase;
    setPhase({ step: 'working' });
    try {
      if (!asked.server && !(await isTeamServer(server))) {
        throw new Error(`No team server answered at ${server}. Check the address, and that the server is running and can be reached from this computer.`);
      }
      await session.share(server, { byName: Boolean(asked.byName) });
      setPhase({ step: 'links', replaced: false });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setPhase(asked);
    }
  };

  const makeNewLinks = async () => {
    setProblem(null);
    setPhase({ step: 'working' });
    try {
      await session.makeNewLinks();
      setPhase({ step: 'links', replaced: true });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setPhase({ step: 'links', replaced: false });
    }
  };

  const problemText = problem ? (
    <p className="error-message" role="alert">
      {problem}
    </p>
  ) : null;

  if (phase.step === 'checking' || phase.step === 'working') {
    return (
      <p aria-busy="true" role="status">
        {phase.step === 'checking' ? 'Looking for a team server…' : 'Asking the team server…'}
      </p>
    );
  }
  if (phase.step === 'ask') {
    return (
      <form className="share-form" onSubmit={(event) => void share(event)}>
        <p>Sharing puts this model on your team server, so partners can work on it with you at the same time. You get three links: one to edit, one to comment, one to view.</p>
        <label>
          Your name
          <input value={name} maxLength={60} autoComplete="name" onChange={(event) => setName(event.target.value)} />
        </label>
        <p className="hint">Shown to partners beside what you select. Kept in this browser only.</p>
        {phase.server ? (
          <p>Team server: {phase.server}</p>
        ) : (
          <>
            <label>
              Team server address
              <input value={address} type="url" inputMode="url" placeholder="https://models.example.org" onChange={(event) => setAddress(event.target.value)} />
            </label>
            <p className="hint">This copy of Outcome Chains was not loaded from a team server. Ask whoever runs yours for its address.</p>
          </>
        )}
        {phase.byName?.signInFirst && phase.server ? (
          <>
            <p>This team server shares models with people by name only. Sign in first.</p>
            <SignInButtons server={phase.server} options={phase.byName.signInFirst} returnTo={window.location.hash} />
          </>
        ) : null}
        {problemText}
        <div className="dialog__actions">
          <button type="submit" className="primary" disabled={Boolean(phase.byName?.signInFirst)}>
            Share
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  if (!link) return null;
  if (link.linksReplaced) {
    return (
      <>
        <p>The links to this model were replaced by new ones, so this copy is no longer connected. Ask whoever shared it for the new link; opening it connects this copy again.</p>
        <div className="dialog__actions">
          <button type="button" className="primary" onClick={onDone}>
            Close
          </button>
        </div>
      </>
    );
  }
  if (link.token === MEMBER_TOKEN) {
    return (
      <div className="share-links">
        <NamedAccess link={link} />
        {problemText}
        <div className="dialog__actions">
          <button type="button" className="primary" onClick={onDone}>
            Done
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="share-links">
      {phase.replaced ? <p role="status">New links made. The old links no longer work, and anyone still on them has been told.</p> : null}
      <LinkField label="Can edit" value={shareLink(link.server, link.room, link.token)} hint="Anyone with this link can change the model." />
      {link.commentToken ? (
        <LinkField label="Can comment" value={shareLink(link.server, link.room, link.commentToken)} hint="Anyone with this link can see the model and comment on it, but not change it." />
      ) : null}
      {link.viewToken ? (
        <LinkField label="Can view" value={shareLink(link.server, link.room, link.viewToken)} hint="Anyone with this link can see the model, but not change it." />
      ) : (
        <p className="hint">The comment and view links are with whoever made these links.</p>
      )}
      <p className="hint">Send links only to partners. Links stop working after 90 days, or at once when you make new ones: do that if a link reached someone it should not have.</p>
      <NamedAccess link={link} />
      {problemText}
      <div className="dialog__actions">
        <button type="button" onClick={() => void makeNewLinks()}>
          Make new links
        </button>
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
