/** The model file (PRODUCT.md §7): the contract for sharing models between people. */
export const MODEL_FILE_FORMAT = 'outcome-chains/logic-model';
/** The version export writes; older files are brought up to it by migrations.ts. */
export const MODEL_FILE_VERSION = 2;
/** Larger files are refused before parsing, so a hostile file cannot stall the tab. */
export const MAX_MODEL_FILE_BYTES = 5 * 1024 * 1024;
export const MODEL_FILE_EXTENSION = '.json';
