/** What an importer makes of a spreadsheet: the parts of a model file, for parseModelDocument to check. */
export type FileRecord = Record<string, unknown>;

export interface Draft {
  readonly title?: string;
  readonly description?: string;
  readonly boxes: FileRecord[];
  readonly links: FileRecord[];
  readonly conditions: FileRecord[];
}
