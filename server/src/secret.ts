/**
 * The secret that signs share links: 32 random bytes made on the first start and kept in the data
 * folder, readable by its owner only. It is never logged; losing it only means making new links.
 * (Instances that share a PostgreSQL store keep theirs in the database instead: postgresRoomStore.)
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_BYTES = 32;
const OWNER_ONLY = 0o600;

export function loadOrCreateSecret(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, 'secret');
  try {
    // 'wx': only the first start writes it, even if two instances start together on one folder.
    writeFileSync(path, randomBytes(SECRET_BYTES), { flag: 'wx', mode: OWNER_ONLY });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o777) !== OWNER_ONLY) chmodSync(path, OWNER_ONLY);
  const secret = readFileSync(path);
  if (secret.length !== SECRET_BYTES) {
    throw new Error(`The link secret at ${path} is not ${SECRET_BYTES} bytes long; remove it to make a new one (old links will stop working).`);
  }
  return secret;
}
