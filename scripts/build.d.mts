/** Types of scripts/build.mjs for the TypeScript that imports it (test support, bench). */
export declare const ROOT: string;
export declare const DIST: string;
/** Why dist/ cannot be used as it is, or null when it is fresh. */
export declare function staleReason(): string | null;
/** Compiles src/ into dist/; resolves to the build's duration in ms. */
export declare function build(): Promise<number>;
/** Builds when dist/ is missing or stale; true when it built. */
export declare function ensureBuilt(options?: { log?: (message: string) => void }): Promise<boolean>;
