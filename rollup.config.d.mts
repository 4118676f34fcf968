// Types of what tests import from rollup.config.mjs.
import type { Plugin, RollupOptions } from 'rollup';

export declare const elementEntries: Record<string, string>;
export declare const assistantEntries: Record<string, string>;
export declare const plugins: () => Plugin[];
export declare const minify: (module: boolean) => Plugin;
export declare const ownCopies: (entries: Record<string, string>, options?: { hasSideEffects?: (id: string) => boolean }) => Plugin;
declare const config: RollupOptions[];
export default config;
