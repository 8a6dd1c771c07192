import { cpSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent, type CheckResult } from '../../scripts/lib/check-content.ts';

/** The fixtures folder. */
export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
/** "Now" pinned for the future-date rule. */
export const NOW = new Date('2026-11-01T00:00:00Z');

/** Folders made by this test process, removed when it exits so /tmp does not fill up. */
const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh content folder: the good base fixture plus the named entries from
 * fixtures/bad (file or folder names under stories/), plus any extra files.
 */
export function makeContentDir(badEntries: readonly string[] = [], extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mading-content-'));
  made.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  for (const entry of badEntries) {
    cpSync(path.join(FIXTURES, 'bad', entry), path.join(dir, 'stories', entry), { recursive: true });
  }
  for (const [rel, data] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  }
  return dir;
}

/** Run the real checker over a content folder, with file paths shown relative to it. */
export function runCheck(dir: string): Promise<CheckResult> {
  return checkContent({ contentDir: dir, rootDir: dir, now: NOW });
}
