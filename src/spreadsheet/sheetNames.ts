/**
 * This app's own workbook (PRODUCT.md §14): its sheets and their headers, said once for writing it
 * and reading it back. Where Kumu has a header name, it is used (`Label`, `Type`, `Description`,
 * `From`, `To`), so the workbook also imports into Kumu as Elements (Boxes) and Connections (Links).
 */
export const SHEETS = {
  boxes: 'Boxes',
  links: 'Links',
  conditions: 'Assumptions and risks',
  indicators: 'Indicators',
  values: 'Values',
  evidence: 'Evidence',
  flags: 'Flags',
  about: 'About',
} as const;

export const BOX_HEADERS = ['ID', 'Label', 'Type', 'Description', 'Evidence feature', 'Owner', 'Progress', 'Confidence', 'Rated on', 'Rated by', 'Y'] as const;
export const LINK_HEADERS = ['ID', 'From', 'To', 'Shape', 'Description'] as const;
export const CONDITION_HEADERS = ['ID', 'Kind', 'Assumption or risk', 'Status', 'Comment'] as const;
export const INDICATOR_HEADERS = ['ID', 'Box ID', 'Box', 'Indicator', 'Source', 'Baseline', 'Target', 'Due', 'Unit', 'Polarity', 'Frequency', 'Tolerance'] as const;
/** A measure's figures, a row per period (PRODUCT.md §17); the measure's unit, polarity and frequency repeated so the sheet reads alone. */
export const VALUE_HEADERS = ['Indicator ID', 'Box ID', 'Box', 'Indicator', 'Unit', 'Polarity', 'Frequency', 'Period', 'Actual', 'Target', 'Status', 'Note'] as const;
export const EVIDENCE_HEADERS = ['ID', 'Box ID', 'Box', 'Date', 'Kind', 'Summary', 'Source', 'By'] as const;
export const FLAG_HEADERS = ['Severity', 'Flag', 'What it says', 'Concerns'] as const;
export const ABOUT_HEADERS = ['About', 'Value'] as const;

/** The About sheet's rows, by their first cell. */
export const ABOUT_ROWS = { title: 'Title', description: 'Description', exported: 'Exported', format: 'Format' } as const;

/** Said in the About sheet's format line; finding it is how the workbook is recognised as ours. */
export const WORKBOOK_MARK = 'outcome-chains/logic-model';
