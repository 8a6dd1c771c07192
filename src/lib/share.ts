// Share links without trackers: plain URLs to each service's own "compose" page. Nothing
// from those services loads on our pages; a reader's click is the only contact they get.

/** The services a story can be shared to, in the order they are shown (WhatsApp first: that is where workers talk). */
export const SHARE_SERVICES = ['whatsapp', 'telegram', 'facebook', 'x'] as const;
/** One of SHARE_SERVICES. */
export type ShareService = (typeof SHARE_SERVICES)[number];

/** One share link. */
export interface ShareLink {
  service: ShareService;
  href: string;
}

/** Query parameters that identify campaigns or clicks; never passed on when sharing. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_[a-z]+|igshid|si|ref|ref_src|_ga|_gl|yclid|twclid|ttclid)$/i;

/** The URL without tracking parameters (and without a fragment), so a shared link carries nothing but the story. */
export function cleanShareUrl(url: string): string {
  const u = new URL(url);
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.hash = '';
  return u.href;
}

/** The message WhatsApp pre-fills: the headline in bold (WhatsApp's `*…*`), then the link on its own line. */
export function whatsappText(title: string, url: string): string {
  const plain = title.replace(/\s+/g, ' ').replace(/\*/g, '').trim();
  return `*${plain}*\n${url}`;
}

/** Links that open each service's composer with the story's title and clean URL. */
export function getShareLinks(story: { title: string; url: string }): ShareLink[] {
  const url = cleanShareUrl(story.url);
  const title = story.title.replace(/\s+/g, ' ').trim();
  // encodeURIComponent, not URLSearchParams: some apps show a form-encoded `+` literally instead of a space.
  const q = (params: Record<string, string>) => Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const hrefs: Record<ShareService, string> = {
    whatsapp: `https://wa.me/?${q({ text: whatsappText(title, url) })}`,
    telegram: `https://t.me/share/url?${q({ url, text: title })}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`,
    x: `https://x.com/intent/tweet?${q({ text: title, url })}`,
  };
  return SHARE_SERVICES.map((service) => ({ service, href: hrefs[service] }));
}
