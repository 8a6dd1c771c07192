import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where each collection lives inside a content folder. */
export const COLLECTION_DIRS = { stories: 'stories', authors: 'authors', topics: 'topics', places: 'places', pages: 'pages' } as const;

/** Every file below `dir` (recursively) whose name matches `test`, as paths relative to `dir`, sorted. */
export async function listFiles(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile() && test(e.name)) out.push(r);
    }
  }
  await walk('');
  return out.sort();
}

/** The story slug (and URL id) of a story file: `foo.mdx` and `foo/index.mdx` are both `foo`. */
export function storySlug(relPath: string): string {
  return relPath.replace(/\.(mdx|md)$/i, '').replace(/\/index$/i, '').toLowerCase();
}

/** Split a Markdown/MDX file into front matter text and body, keeping line numbers. */
export function splitFrontmatter(source: string): { frontmatter: string | null; body: string; bodyLineOffset: number } {
  const text = source.replace(/^\uFEFF/, '');
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { frontmatter: null, body: text, bodyLineOffset: 0 };
  const bodyLineOffset = m[0].split('\n').length - 1;
  return { frontmatter: m[1], body: text.slice(m[0].length), bodyLineOffset };
}

/** Find the line of a (nested) YAML key in front matter text; 1-based within the file (front matter starts on line 2). */
export function findFieldLine(frontmatter: string, fieldPath: readonly PropertyKey[], firstLine = 2): number | undefined {
  const lines = frontmatter.split('\n');
  let from = 0;
  let indent = -1;
  let found: number | undefined;
  for (const key of fieldPath) {
    if (typeof key !== 'string') break;
    const re = new RegExp(`^(\\s*)(?:-\\s+)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    let hit = -1;
    for (let i = from; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m && m[1].length > indent) {
        hit = i;
        indent = m[1].length;
        break;
      }
    }
    if (hit < 0) break;
    found = hit;
    from = hit + 1;
  }
  return found === undefined ? undefined : found + firstLine;
}
