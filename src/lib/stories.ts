/** The minimum a story needs for sorting, filtering and paging. */
export interface StoryLike {
  id: string;
  data: { title: string; date: Date; draft?: boolean; topics: string[]; place: string; authors: string[] };
}

/** Drafts show only in development; production builds, feeds and search never see them. */
export function isVisible(story: StoryLike, isDev: boolean): boolean {
  return isDev || !story.data.draft;
}

/** Newest first; same-day stories by title so the order is stable. */
export function sortStories<T extends StoryLike>(stories: readonly T[]): T[] {
  return [...stories].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id));
}

/** The neighbours of a story in newest-first order: `newer` and `older` (either may be undefined). */
export function getNeighbours<T extends StoryLike>(sorted: readonly T[], id: string): { newer?: T; older?: T } {
  const i = sorted.findIndex((s) => s.id === id);
  if (i < 0) return {};
  return { newer: sorted[i - 1], older: sorted[i + 1] };
}

/** Split a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('page size must be at least 1');
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Group story ids by a key (topic, place or author); a story lands in every group it names. */
export function groupBy<T extends StoryLike>(stories: readonly T[], keys: (s: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const s of stories) for (const k of keys(s)) map.set(k, [...(map.get(k) ?? []), s]);
  return map;
}

/** Count words of an MDX body, ignoring component tags, link targets and Markdown marks. */
export function countWords(body: string): number {
  const text = body
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]+/g, ' ');
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? []).length;
}

/** Minutes to read `words` at a relaxed phone pace (200 words a minute), at least 1. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
