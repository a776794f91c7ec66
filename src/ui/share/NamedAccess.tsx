/**
 * The Share dialog's named access, on a team server that offers signing in (and only for a model
 * shared through the server this page came from, whose cookie the session is): sign in; then, for
 * the model's editors, who has access and as what, adding people by email, changing a role, removing
 * someone, turning the model's links off or on, the link for named people, and the activity.
 */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { memberLink, type ShareRole } from '../../share/links';
import { MEMBER_TOKEN, roomAccess, sessionAt, setPersonRole, setRoomLinks, signInOptions, signOut, type RoomAccess, type Session, type SignInOptions } from '../../share/signIn';
import type { SharedLink } from '../../storage/repository';
import { ActivityList } from './ActivityList';
import { SignInButtons } from './SignInButtons';

const ROLE_NAMES: Record<ShareRole, string> = { edit: 'Can edit', comment: 'Can comment', view: 'Can view' };
const ROLES: readonly ShareRole[] = ['edit', 'comment', 'view'];

type Loaded = { options: SignInOptions; session: Session; access: RoomAccess | null; accessProblem: string | null };

function RoleSelect({ value, label, onChange }: { value: ShareRole; label: string; onChange: (role: ShareRole) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as ShareRole)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_NAMES[role]}
        </option>
      ))}
    </select>
  );
}

export function NamedAccess({ link }: { link: SharedLink }) {
  const server = link.server;
  const editToken = link.role === 'edit' && link.token !== MEMBER_TOKEN ? link.token : undefined;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ShareRole>('comment');
  const headingId = useId();

  const load = useCallback(async () => {
    const options = await signInOptions(server);
    if (!options) return setLoaded(null);
    const session = await sessionAt(server).catch((): Session => ({ signedIn: false }));
    let access: RoomAccess | null = null;
    let accessProblem: string | null = null;
    if (session.signedIn) {
      try {
        access = await roomAccess(server, link.room, editToken);
      } catch (error) {
        accessProblem = error instanceof Error ? error.message : String(error);
      }
    }
    setLoaded({ options, session, access, accessProblem });
  }, [server, link.room, editToken]);

  useEffect(() => {
    // Only the server this page came from: its session cookie is not ours to send anywhere else.
    if (server !== window.location.origin) return;
    void load();
  }, [server, load]);

  if (!loaded) return null;
  const act = async (work: () => Promise<unknown>, done: string) => {
    setProblem(null);
    setStatus(null);
    try {
      await work();
      await load();
      setStatus(done);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const typed = email.trim();
    void act(async () => {
      await setPersonRole(server, link.room, typed, role, editToken);
      setEmail('');
    }, `Shared with ${typed.toLowerCase()}.`);
  };

  const { session, access } = loaded;
  return (
    <section className="named-access" aria-labelledby={headingId}>
      <h3 id={headingId}>People with access</h3>
      {!session.signedIn ? (
        <>
          <p>Sign in to share this model with people by their work email, change what each may do, remove someone, and see who did what.</p>
          <SignInButtons server={server} options={loaded.options} returnTo={window.location.hash} />
        </>
      ) : (
        <>
          <p>
            Signed in as {session.email}.{' '}
            <button type="button" className="link-button" onClick={() => void act(() => signOut(server), 'Signed out.')}>
              Sign out
            </button>
          </p>
          {loaded.accessProblem ? <p className="hint">{loaded.accessProblem}</p> : null}
          {access ? (
            <>
              <ul className="named-access__people" aria-label="People with access">
                {access.people.map((person) => (
                  <li key={person.email}>
                    <span className="named-access__email">{person.email}</span>
                    {person.email === session.email ? (
                      <span> {ROLE_NAMES[person.role]} (you)</span>
                    ) : (
                      <>
                        <RoleSelect
                          value={person.role}
                          label={`What ${person.email} may do`}
                          onChange={(next) => void act(() => setPersonRole(server, link.room, person.email, next, editToken), `${person.email} now: ${ROLE_NAMES[next]}.`)}
                        />
                        <button type="button" onClick={() => void act(() => setPersonRole(server, link.room, person.email, 'none', editToken), `Removed ${person.email}.`)}>
                          Remove<span className="visually-hidden"> {person.email}</span>
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
              <form className="named-access__add" onSubmit={add}>
                <label>
                  Email address
                  <input type="email" value={email} autoComplete="off" required onChange={(event) => setEmail(event.target.value)} />
                </label>
                <RoleSelect value={role} label="What they may do" onChange={setRole} />
                <button type="submit">Add person</button>
              </form>
              <label className="named-access__links">
                <input
                  type="checkbox"
                  checked={access.links && access.serverLinks}
                  disabled={!access.serverLinks}
                  onChange={(event) => {
                    const on = event.target.checked;
                    void act(() => setRoomLinks(server, link.room, on, editToken), on ? 'Links work again.' : 'Links are off: only the people above can open this model.');
                  }}
                />
                Anyone with a link can open this model
              </label>
              {!access.serverLinks ? <p className="hint">Links are turned off on this team server: only people named here can open its models.</p> : null}
              <p className="hint">
                For the people above: <code>{memberLink(server, link.room)}</code> (they sign in to open it; it works for no one else).
              </p>
              <ActivityList server={server} room={link.room} editToken={editToken} />
            </>
          ) : null}
        </>
      )}
      {status ? <p role="status">{status}</p> : null}
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
