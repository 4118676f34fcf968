/** The msp-kit version, compared when two bundles define the same elements (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
