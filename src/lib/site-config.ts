import { translate, type UiKey } from '../i18n/index.ts';
import { SiteConfigSchema, type SiteConfig, type SiteConfigInput } from '../schemas/site-config.ts';

/** Raised when site.config.ts is wrong; its message lists every mistake and how to fix it. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Validate the site config, resolve defaults, and explain every mistake at once (in Indonesian and the configured language). */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lang = typeof input?.lang === 'string' ? input.lang : 'id';
  const seen = new Set<string>();
  const firstPerField = result.error.issues.filter((issue) => {
    const key = issue.path.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = firstPerField.map((issue) => {
    const field = issue.path.join('.') || '(root)';
    const reason = issue.message.startsWith('config.') ? translate(lang, issue.message as UiKey) : issue.message;
    return `  • ${translate(lang, 'err.config', { field, reason })}\n    ${translate(lang, 'err.config.fix', { field })}`;
  });
  throw new SiteConfigError(`site.config.ts:\n${lines.join('\n')}`);
}
