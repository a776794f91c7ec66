/** Types for find-chromium.mjs, which Node runs as plain JavaScript. */
export declare function findChromium(): Promise<string>;
export declare const CHROMIUM_ARGS: readonly string[];
