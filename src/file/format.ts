/** The model file (PRODUCT.md §7): the contract for sharing models between people. */
export const MODEL_FILE_FORMAT = 'outcome-chains/logic-model';
/** The version export writes; older files are brought up to it by migrations.ts. */
export const MODEL_FILE_VERSION = 4;
/** Larger files are refused before parsing, so a hostile file cannot stall the tab. */
export const MAX_MODEL_FILE_BYTES = 5 * 1024 * 1024;
/**
 * A file that carries its saved versions (formatVersion 3) may be larger: a 200-box model's version
 * is about 90 KB as JSON, so forty quarters of history fit many times over. Still a hard cap, checked
 * before parsing.
 */
export const MAX_FILE_WITH_VERSIONS_BYTES = 40 * 1024 * 1024;
export const MODEL_FILE_EXTENSION = '.json';
