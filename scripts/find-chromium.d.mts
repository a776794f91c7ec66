/** Types for find-chromium.mjs, which Node runs as plain JavaScript. */
/** What findChromium looks at; the default is this machine. */
export interface ChromiumSearchMachine {
  readonly env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  playwrightsOwn(): Promise<string | undefined>;
  mayInstallWithApt(): boolean;
  installWithApt(): void;
}
export declare function findChromium(machine?: ChromiumSearchMachine): Promise<string>;
export declare const CHROMIUM_ARGS: readonly string[];
