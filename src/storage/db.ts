/**
 * The IndexedDB database, typed. Schema changes never edit an existing version: add
 *   this.version(2).stores({ ...changed tables only }).upgrade((tx) => tx.table('models').toCollection().modify(...));
 * below version(1), keep every earlier version, and test the upgrade from a version-1 database
 * (Dexie runs each step in turn, so a browser several versions behind still arrives intact).
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { StoredModelRecord } from './storedModel';

export type { StoredModelRecord } from './storedModel';

export const DEFAULT_DATABASE_NAME = 'outcome-chains';

export class OutcomeChainsDb extends Dexie {
  // `declare` emits no class field, so nothing can shadow the table that stores() puts on the instance.
  declare readonly models: EntityTable<StoredModelRecord, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    // Indexed: deletedAt to split live models from the trash (0 = live), updatedAt for recency.
    this.version(1).stores({ models: 'id, updatedAt, deletedAt' });
  }
}
