/**
 * A shared model's activity (the team server's audit trail), for its editors: who joined, changed
 * the model, commented, shared, changed a role or removed whom, and when; and the same as a CSV file.
 */
import { useState } from 'react';
import { roomAudit, roomAuditCsv, type AuditEntry } from '../../share/signIn';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function ActivityList({ server, room, editToken }: { server: string; room: string; editToken?: string }) {
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const show = async () => {
    setProblem(null);
    try {
      setEntries(await roomAudit(server, room, editToken));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const download = async () => {
    setProblem(null);
    try {
      const url = URL.createObjectURL(await roomAuditCsv(server, room, editToken));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = 'activity.csv';
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="activity">
      <div className="dialog__actions">
        <button type="button" onClick={() => void show()}>
          {entries ? 'Show the latest activity' : 'Show activity'}
        </button>
        <button type="button" onClick={() => void download()}>
          Download activity (CSV)
        </button>
      </div>
      {entries ? (
        entries.length ? (
          <table className="activity__table">
            <caption>Activity on this model, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>
                    <time dateTime={entry.at}>{WHEN.format(new Date(entry.at))}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>{entry.detail ? `${entry.action}: ${entry.detail}` : entry.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>No activity yet.</p>
        )
      ) : null}
      {problem ? (
        <p className="error-message" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
