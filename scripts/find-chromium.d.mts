/** Types for find-chromium.mjs, which Node runs as plain JavaScript. */
/** What findChromium and findTestChromium look at; the default is this machine. */
export interface ChromiumSearchMachine {
  readonly env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  playwrightsOwn(): Promise<string | undefined>;
  mayInstallWithApt(): boolean;
  /** Installs a Debian package by name. */
  installWithApt(packageName: string): void;
  /** Tells the person running the tests something they can act on. */
  notice(message: string): void;
}
/** The full Chromium, as people use it: for the benchmark. */
export declare function findChromium(machine?: ChromiumSearchMachine): Promise<string>;
/** Chromium's headless shell where it can be had, else the full Chromium: for the end-to-end tests. */
export declare function findTestChromium(machine?: ChromiumSearchMachine): Promise<string>;
export declare const CHROMIUM_ARGS: readonly string[];
