// The byte budgets (shared/DESIGN.md) on the fresh e2e build: the real
// `npm run check:budget` command, so CI logs show the largest page of each kind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { PageKind, PageMeasure, Violation } from '../../scripts/lib/budget.ts';

const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');

describe('npm run check:budget on the built site', () => {
  let output = '';
  let status = 0;
  let report: { pages: PageMeasure[]; violations: Violation[] };
  beforeAll(() => {
    const jsonFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'mading-budget-')), 'budget.json');
    try {
      output = execFileSync(process.execPath, ['scripts/check-budget.ts', '--dist', distDir, '--json', jsonFile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      status = e.status;
      output = `${e.stdout}\n${e.stderr}`;
    }
    console.log(output);
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  });

  it('passes every budget', () => {
    expect(report.violations, output).toEqual([]);
    expect(status, output).toBe(0);
  });

  it('measured every reader-facing kind of page', () => {
    const kinds = new Set(report.pages.map((p) => p.kind));
    for (const kind of ['home', 'story', 'archive', 'topic', 'place', 'author', 'list', 'page', 'error'] satisfies PageKind[]) expect(kinds, kind).toContain(kind);
    expect(report.pages.filter((p) => p.kind === 'story').length).toBeGreaterThan(5);
  });

  it('story and list pages ship no JavaScript and fit the first flight', () => {
    for (const page of report.pages.filter((p) => ['story', 'home', 'archive', 'topic', 'place', 'author', 'list'].includes(p.kind))) {
      expect(page.jsGzip, page.path).toBe(0);
      expect(page.renderBlocking, page.path).toEqual([]);
      expect(page.firstFlight, page.path).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it('measured the 360 px cover in AVIF, WebP and the JPEG fallback', () => {
    const covers = report.pages.flatMap((p) => p.covers);
    const types = new Set(covers.map((c) => c.type));
    expect([...types].sort()).toEqual(['image/avif', 'image/jpeg', 'image/webp']);
    for (const c of covers) expect(c.bytes, c.url).toBeLessThanOrEqual(25 * 1024);
  });
});
