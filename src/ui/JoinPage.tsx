/**
 * Opening a share link (`#/join/<room>/<token>`): the model joins this browser's list, marked as
 * shared, and opens once its first sync is done. A room this browser already has opens that model,
 * with the link's token and role. A named person's link (`#/join/<room>/member`) carries no token:
 * the person signs in with the team server's providers, and comes in with the role they were given.
 */
import { ProblemMessage } from './ProblemMessage';
import { useEffect, useState, type FormEvent } from 'react';
import * as Y from 'yjs';
import { useRepository } from '../app/RepositoryContext';
import { modelHref } from '../app/route';
import type { SharedConnection } from '../share/connection';
import { roleOfToken, type ShareRole } from '../share/links';
import { MEMBER_TOKEN, myRole, sessionAt, signInOptions, type SignInOptions } from '../share/signIn';
import { contentOf } from '../storage/storedModel';
import type { SharedLink } from '../storage/repository';
import { rememberedName, rememberName } from './rememberedName';
import { SignInButtons } from './share/SignInButtons';

type Phase =
  | { step: 'name' }
  | { step: 'joining'; waiting: Waiting }
  | { step: 'sign-in'; options: SignInOptions }
  | { step: 'problem'; message: string };

/**
 * Why joining waits, if it does. This page came from the team server itself, so when this browser
 * is online but cannot reach the server, the server is (almost always) restarting: it says so.
 */
type Waiting = 'no' | 'offline' | 'restarting';

function waitingFor(state: 'syncing' | 'offline' | 'restarting'): Waiting {
  if (state === 'restarting') return 'restarting';
  if (state === 'offline') return navigator.onLine ? 'restarting' : 'offline';
  return 'no';
}

const WAITING_WORDS: Record<Waiting, string> = {
  no: 'Joining…',
  offline: 'Joining… This computer is offline; still trying.',
  restarting: 'The team server is restarting — trying again',
};

type RoleFound = { role: ShareRole } | { signIn: SignInOptions } | { problem: string };

/** A named person's role, once they are signed in; or the ways to sign in; or why they cannot come in. */
async function roleByName(server: string, room: string): Promise<RoleFound> {
  const options = await signInOptions(server);
  if (!options) return { problem: 'This team server does not offer signing in. Ask whoever shared the model for a link.' };
  const session = await sessionAt(server).catch(() => ({ signedIn: false }) as const);
  if (!session.signedIn) return { signIn: options };
  try {
    return { role: await myRole(server, room) };
  } catch {
    return { problem: `This model has not been shared with ${session.email}. Ask whoever shared it to add that address, or sign in with the account it was shared with.` };
  }
}

const loadConnection = () => import('../share/connection');
const RETRY_MS = 2_000;

/** Opens the model in place of the join address, so Back does not join again (and the token leaves the address bar). */
function openModel(id: string): void {
  window.location.replace(modelHref(id));
}

export function JoinPage({ room, token }: { room: string; token: string }) {
  const repository = useRepository();
  const [name, setName] = useState(rememberedName);
  const [phase, setPhase] = useState<Phase>(() => (rememberedName() ? { step: 'joining', waiting: 'no' } : { step: 'name' }));

  useEffect(() => {
    document.title = 'Joining a shared model — Outcome Chains';
    // Fetched while the person types their name, so a server restarting meanwhile does not stop the join.
    void loadConnection().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (phase.step !== 'joining') return;
    const tokenRole = roleOfToken(token);
    if (!tokenRole && token !== MEMBER_TOKEN) {
      setPhase({ step: 'problem', message: 'This link is not a whole share link. Ask whoever shared the model to send it again.' });
      return;
    }
    const server = window.location.origin;
    let cancelled = false;
    let connection: SharedConnection | null = null;
    const doc = new Y.Doc();

    void (async () => {
      let role = tokenRole;
      if (!role) {
        const found = await roleByName(server, room);
        if (cancelled) return;
        if ('signIn' in found) return setPhase({ step: 'sign-in', options: found.signIn });
        if ('problem' in found) return setPhase({ step: 'problem', message: found.problem });
        role = found.role;
      }
      const link: SharedLink = { server, room, role, token };
      const existing = await repository.findShared(link.server, room);
      if (cancelled) return;
      if (existing) {
        const viewToken = role === 'view' ? token : existing.shared?.viewToken;
        await repository.setShared(existing.id, { ...link, ...(viewToken ? { viewToken } : {}) });
        if (existing.deletedAt) await repository.restore(existing.id);
        if (!cancelled) openModel(existing.id);
        return;
      }
      let connectShared: Awaited<ReturnType<typeof loadConnection>>['connectShared'] | undefined;
      while (!connectShared) {
        try {
          ({ connectShared } = await loadConnection());
        } catch {
          if (cancelled) return;
          setPhase({ step: 'joining', waiting: 'restarting' });
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
        if (cancelled) return;
      }
      connection = connectShared(doc, link, rememberedName() || 'Someone', null, {
        onState: (state) => {
          if (cancelled) return;
          if (state !== 'connected') {
            setPhase({ step: 'joining', waiting: waitingFor(state) });
            return;
          }
          const update = Y.encodeStateAsUpdate(doc);
          const content = contentOf([update]);
          connection?.destroy();
          void repository.createShared(update, { title: content.title, boxCount: content.boxes.length }, { ...link, ...(role === 'view' ? { viewToken: token } : {}) }).then(
            (id) => !cancelled && openModel(id),
            (error: unknown) => !cancelled && setPhase({ step: 'problem', message: `The model could not be kept in this browser: ${error instanceof Error ? error.message : String(error)}` }),
          );
        },
        onEnded: (end) => !cancelled && setPhase({ step: 'problem', message: end.message }),
        onPartners: () => undefined,
      });
    })();
    return () => {
      cancelled = true;
      connection?.destroy();
      doc.destroy();
    };
    // The phase's own changes while joining (offline or not) must not start another join.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase.step, repository, room, token]);

  const submitName = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    rememberName(name);
    setPhase({ step: 'joining', waiting: 'no' });
  };

  return (
    <main className="home">
      <h1>Outcome Chains</h1>
      {phase.step === 'name' ? (
        <form className="share-form" onSubmit={submitName}>
          <h2>Join a shared model</h2>
          <label>
            Your name
            <input value={name} maxLength={60} autoComplete="name" required onChange={(event) => setName(event.target.value)} />
          </label>
          <p className="hint">Your partners see it beside what you select. Kept in this browser only.</p>
          <button type="submit" className="button button--primary">
            Join
          </button>
        </form>
      ) : phase.step === 'sign-in' ? (
        <section className="share-form" aria-labelledby="join-sign-in">
          <h2 id="join-sign-in">Sign in to open this model</h2>
          <p>This model is shared with people by name. Sign in with the account it was shared with.</p>
          <SignInButtons server={window.location.origin} options={phase.options} returnTo={`#/join/${encodeURIComponent(room)}/${MEMBER_TOKEN}`} />
        </section>
      ) : phase.step === 'joining' ? (
        <p role="status" aria-busy="true">
          {WAITING_WORDS[phase.waiting]}
        </p>
      ) : (
        <ProblemMessage message={phase.message} />
      )}
    </main>
  );
}
