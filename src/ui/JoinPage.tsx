/**
 * Opening a share link (`#/join/<room>/<token>`): the model joins this browser's list, marked as
 * shared, and opens once its first sync is done. A room this browser already has opens that model,
 * with the link's token and role.
 */
import { ProblemMessage } from './ProblemMessage';
import { useEffect, useState, type FormEvent } from 'react';
import * as Y from 'yjs';
import { useRepository } from '../app/RepositoryContext';
import { modelHref } from '../app/route';
import type { SharedConnection } from '../share/connection';
import { roleOfToken } from '../share/links';
import { contentOf } from '../storage/storedModel';
import type { SharedLink } from '../storage/repository';
import { rememberedName, rememberName } from './rememberedName';

type Phase = { step: 'name' } | { step: 'joining'; offline: boolean } | { step: 'problem'; message: string };

/** Opens the model in place of the join address, so Back does not join again (and the token leaves the address bar). */
function openModel(id: string): void {
  window.location.replace(modelHref(id));
}

export function JoinPage({ room, token }: { room: string; token: string }) {
  const repository = useRepository();
  const [name, setName] = useState(rememberedName);
  const [phase, setPhase] = useState<Phase>(() => (rememberedName() ? { step: 'joining', offline: false } : { step: 'name' }));

  useEffect(() => {
    document.title = 'Joining a shared model — Outcome Chains';
  }, []);

  useEffect(() => {
    if (phase.step !== 'joining') return;
    const role = roleOfToken(token);
    if (!role) {
      setPhase({ step: 'problem', message: 'This link is not a whole share link. Ask whoever shared the model to send it again.' });
      return;
    }
    const link: SharedLink = { server: window.location.origin, room, role, token };
    let cancelled = false;
    let connection: SharedConnection | null = null;
    const doc = new Y.Doc();

    void (async () => {
      const existing = await repository.findShared(link.server, room);
      if (cancelled) return;
      if (existing) {
        const viewToken = role === 'view' ? token : existing.shared?.viewToken;
        await repository.setShared(existing.id, { ...link, ...(viewToken ? { viewToken } : {}) });
        if (existing.deletedAt) await repository.restore(existing.id);
        if (!cancelled) openModel(existing.id);
        return;
      }
      const { connectShared } = await import('../share/connection');
      if (cancelled) return;
      connection = connectShared(doc, link, rememberedName() || 'Someone', null, {
        onState: (state) => {
          if (cancelled) return;
          if (state !== 'connected') {
            setPhase({ step: 'joining', offline: state === 'offline' });
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
    setPhase({ step: 'joining', offline: false });
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
      ) : phase.step === 'joining' ? (
        <p role="status" aria-busy="true">
          {phase.offline ? 'Joining… The team server cannot be reached just now; still trying.' : 'Joining…'}
        </p>
      ) : (
        <ProblemMessage message={phase.message} />
      )}
    </main>
  );
}
