// The Content-Security-Policy of the public pages, in one place: astro.config.mjs
// feeds it to Astro's `security.csp` (a per-page <meta> with hashes of the scripts
// and styles Astro renders), pages that run Pagefind widen their own policy with
// `allowPagefind`, and the tests read the same lists. After the build, each page's
// policy keeps only the hashes of its own inline code (pruneCspHashes in
// scripts/lib/html-safety.ts): Astro lists the whole site's in every page.
//
// Why a <meta> and not a netlify.toml header: Netlify applies every matching
// [[headers]] block, so a strict policy on `/*` would also bind /admin/ (the CMS
// needs other sources). The header keeps only what a <meta> cannot say
// (`frame-ancestors`) and what is safe for every route; see netlify.toml.
import type { AstroUserConfig } from 'astro';

/** Directives every public page gets; Astro adds `script-src` and `style-src` with hashes. */
export const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
] as const;

/** Sources allowed for scripts and styles besides Astro's hashes: only files from this site. */
export const SELF = ["'self'"] as const;

/** The object form of Astro's `security.csp` option. */
type AstroCspOption = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` option (fresh arrays each call). Inline scripts and `style=` attributes stay blocked: none are rendered. */
export function astroCsp(): AstroCspOption {
  return { algorithm: 'SHA-256', directives: [...PAGE_DIRECTIVES], scriptDirective: { resources: [...SELF] }, styleDirective: { resources: [...SELF] } };
}

/** What Pagefind needs on top, only where it runs: compiling its WebAssembly and starting its worker. */
export const PAGEFIND_CSP = {
  scriptResources: ["'wasm-unsafe-eval'"],
  directives: ["worker-src 'self'"],
} as const;

/** The part of `Astro.csp` used here (undefined when CSP is off). */
export interface CspApi {
  insertDirective(directive: string): void;
  insertScriptResource(resource: string): void;
}

/** Widen the current page's policy for Pagefind; call from the page's frontmatter as `allowPagefind(Astro.csp)`. */
export function allowPagefind(csp: CspApi | undefined): void {
  if (!csp) return;
  for (const r of PAGEFIND_CSP.scriptResources) csp.insertScriptResource(r);
  for (const d of PAGEFIND_CSP.directives) csp.insertDirective(d);
}

/** Parse a policy string into directive → sources (lowercased names, sources as written). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}
