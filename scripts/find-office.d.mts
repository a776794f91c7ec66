/** Types for find-office.mjs, which Node runs as plain JavaScript. */
/** What findOffice looks at; the default is this machine. */
export interface OfficeSearchMachine {
  readonly env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  mayInstallWithApt(): boolean;
  installWithApt(): void;
}
export declare function findOffice(machine?: OfficeSearchMachine): { soffice: string; pdftotext: string };
