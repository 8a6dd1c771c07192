// The resolved site config, for pages and helpers. Import from here, not from the root file.
import siteConfig from '../../site.config.ts';

/** The validated site config (defaults resolved). */
export const config = siteConfig;
export default siteConfig;
