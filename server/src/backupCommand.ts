/**
 * `npm run server:backup -- FILE` and `npm run server:restore -- FILE`, for the SQLite store in
 * DATA_DIR (default ./data). A backup may be taken while the server runs; a restore goes into a
 * data folder with no store in it, with the server stopped.
 */
import { backup, restore } from './backup.js';

const [command, file] = process.argv.slice(2);
const dataDir = process.env.DATA_DIR || 'data';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if ((command !== 'backup' && command !== 'restore') || !file) {
  fail('Usage: npm run server:backup -- FILE   or   npm run server:restore -- FILE   (DATA_DIR names the data folder; default ./data)');
}
if (process.env.DATABASE_URL) {
  fail('DATABASE_URL is set: the rooms are in PostgreSQL. Back them up with pg_dump and restore with pg_restore (see the README).');
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
try {
  if (command === 'backup') {
    const summary = await backup(dataDir, file);
    console.log(`Backed up ${summary.rooms} rooms (${summary.documents} with a document) and the link secret from ${dataDir} to ${file} (${megabytes(summary.bytes)} MB). Keep it as private as the data folder.`);
  } else {
    const summary = await restore(file, dataDir);
    console.log(`Restored ${summary.rooms} rooms (${summary.documents} with a document) and the link secret from ${file} into ${dataDir}. Start the server on it; the old links work again.`);
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
