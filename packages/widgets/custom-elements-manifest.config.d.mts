// Types of what tests import from custom-elements-manifest.config.mjs.
export declare const ASSISTANT_SOURCE: string;
export declare const ASSISTANT_SHIPPED: string;
declare const config: Record<string, unknown>;
export default config;
