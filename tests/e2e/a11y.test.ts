// Usable by everyone: an axe sweep (WCAG 2.1 A and AA) over every kind of built
// page, colour contrast in print too, keyboard-only use (skip link, visible focus)
// and prefers-reduced-motion. Pages come from dist/ (support/page-kinds.ts).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, phoneContext } from './support/browser.ts';
import { exercise, sweepKinds } from './support/page-kinds.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const kinds = sweepKinds(distDir);
const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Kinds whose print output readers actually put on paper. */
const PRINTED = ['story', 'poster', 'wall-sheet', 'calculator', 'content-page'];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(phoneContext({ reducedMotion: 'reduce' }));
});
afterAll(async () => {
  await browser?.close();
});

/** One line per violation: rule, impact, and where (first few nodes). */
async function axe(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG21AA);
  if (rules) builder.withRules(rules);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

describe.each(kinds)('$id ($url)', (kind) => {
  it('has zero WCAG 2.1 AA violations, keeps its contrast in print, and holds still for reduced motion', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${kind.url}`);
    await exercise(page, kind);
    expect(await axe(page)).toEqual([]);
    // The context asks for reduced motion: nothing may animate, transition or scroll smoothly.
    const moving = await page.evaluate(() => {
      const secs = (v: string) => Math.max(...v.split(',').map((x) => Number.parseFloat(x) || 0));
      const out: string[] = document.getAnimations().map((a) => `animation ${(a as CSSAnimation).animationName ?? a.id}`);
      for (const el of document.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (secs(s.transitionDuration) > 0.01) out.push(`transition on ${el.tagName.toLowerCase()}.${el.className}`);
        if (s.animationName !== 'none' && secs(s.animationDuration) > 0.01) out.push(`animation on ${el.tagName.toLowerCase()}.${el.className}`);
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
      return out;
    });
    expect(moving).toEqual([]);
    if (PRINTED.includes(kind.id)) {
      await page.emulateMedia({ media: 'print' });
      expect(await axe(page, ['color-contrast', 'link-in-text-block'])).toEqual([]);
    }
    await page.close();
  });
});

describe('keyboard only', () => {
  it('the first Tab shows the skip link; Enter moves focus to the main content', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return { cls: el.className, href: el.getAttribute('href'), visible: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth };
    });
    expect(skip).toEqual({ cls: 'skip', href: '#isi', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi');
    // The next Tab lands inside the main content, past the navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.close();
  });

  it.each(kinds.map((k) => [k.id, k.url]))('%s: every focus stop shows a visible focus ring', async (_id, url) => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${url}`);
    const missing: string[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`;
        const path = [...document.querySelectorAll('*')].indexOf(el);
        return { ring, label, key: String(path) };
      });
      if (!stop || seen.has(stop.key)) break;
      seen.add(stop.key);
      if (!stop.ring) missing.push(stop.label);
    }
    expect(seen.size).toBeGreaterThan(3);
    expect(missing).toEqual([]);
    await page.close();
  });
});
