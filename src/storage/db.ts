/**
 * The IndexedDB database, typed. Schema changes never edit an existing version: add
 *   this.version(2).stores({ ...changed tables only }).upgrade((tx) => tx.table('models').toCollection().modify(...));
 * below version(1), keep every earlier version, and test the upgrade from a version-1 database
 * (Dexie runs each step in turn, so a browser several versions behind still arrives intact).
 */
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Plan } from '../domain/plan';
import { migrateStoredDocument, type StoredModelRecord, type StoredUpdateRow } from './storedModel';

export type { StoredModelRecord, StoredUpdateRow } from './storedModel';

export const DEFAULT_DATABASE_NAME = 'outcome-chains';

export class OutcomeChainsDb extends Dexie {
  // `declare` emits no class field, so nothing can shadow the table that stores() puts on the instance.
  declare readonly models: EntityTable<StoredModelRecord, 'id'>;
  declare readonly updates: EntityTable<StoredUpdateRow, 'seq'>;
  declare readonly commentUpdates: EntityTable<StoredUpdateRow, 'seq'>;
  declare readonly plans: EntityTable<Plan, 'id'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    // Indexed: deletedAt to split live models from the trash (0 = live), updatedAt for recency.
    this.version(1).stores({ models: 'id, updatedAt, deletedAt' });
    // Model file version 2 (progress and evidence): each stored document is migrated in place.
    this.version(2)
      .stores({ models: 'id, updatedAt, deletedAt' })
      .upgrade((transaction) => upgradeDocuments(transaction));
    // Models become live documents: their updates, in the order stored, per model. The JSON model
    // file objects are moved over one model at a time after opening (migrateLegacyRecord), each
    // only once its document reads back equal, so an upgrade step never has to decide for them.
    this.version(3).stores({ models: 'id, updatedAt, deletedAt', updates: '++seq, [modelId+seq]' });
    // Comments: each model's comments document (src/document/comments.ts), its updates in order.
    this.version(4).stores({ commentUpdates: '++seq, [modelId+seq]' });
    // Plans (PRODUCT.md §18): named sets of this computer's models. Each model's digest rides on its
    // own record (not indexed), written with every save, so a plan's dashboard opens no document.
    this.version(5).stores({ plans: 'id' });
  }
}

/**
 * Brings every stored document to the newest file version. A record is replaced only by a copy that
 * has passed the full load checks; one that fails them is left exactly as it was (and is reported
 * when opened), so the upgrade never loses what the user made.
 */
function upgradeDocuments(transaction: Transaction): Promise<number> {
  return transaction
    .table<StoredModelRecord, string>('models')
    .toCollection()
    .modify((record: { -readonly [K in keyof StoredModelRecord]: StoredModelRecord[K] }) => {
      const migrated = migrateStoredDocument(record);
      if (migrated) record.document = migrated;
    });
}
