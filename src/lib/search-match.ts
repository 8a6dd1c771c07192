// Pagefind answers a word it cannot find with its longest indexed prefix: "kucing"
// (not on the site) comes back as matches for "ku…", "xyzzy" as matches for "x"
// (Pagefind issues #599 and #780, still open in 1.6). Readers then see confident
// but unrelated results instead of "nothing found". Backtracking is all or nothing
// per word, so looking at the words a few results actually matched tells whether a
// query word was really found. These helpers make that call; the page shows the
// friendly "no results" message when it was not.

/** Lower-case words of a query, split like the index splits text. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length of the longest run of characters two words share. */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * True when `word` (as it stands on the page) is a real match for the query `term`
 * rather than a backtracked prefix. Stemming makes matches differ in their
 * affixes ("berkampanye" finds "kampanye", "pengupahan" finds "upah"), so they
 * must share a run of at least four letters (the whole term when shorter); a
 * term of three letters or fewer ("phk", "k3") must begin the word.
 */
export function isRealMatch(term: string, word: string): boolean {
  const t = term.toLowerCase();
  const w = word.toLowerCase();
  if (!t || !w) return false;
  if (w.startsWith(t)) return true;
  if (t.length <= 3) return false;
  return longestCommonRun(t, w) >= 4;
}

/** What one loaded result says about its matches. */
export interface MatchEvidence {
  /** The result's indexed text (Pagefind's `content`). */
  content: string;
  /** Word positions of body matches in `content` (Pagefind's `locations`). */
  locations: readonly number[];
  /** Metadata fields that matched (Pagefind's `matchedMetaFields`), with the result's metadata. */
  metaFields: readonly string[];
  meta: Readonly<Record<string, string | undefined>>;
}

/** The words a result matched: body words at its locations plus the words of matched metadata fields. */
export function matchedWords(e: MatchEvidence): string[] {
  const words = e.content.split(/\s+/).filter(Boolean);
  const body = e.locations.map((i) => words[i] ?? '');
  const meta = e.metaFields.flatMap((f) => queryTerms(e.meta[f] ?? ''));
  return [...body, ...meta].flatMap(queryTerms);
}

/** True when every query word has a real match in at least one of the results looked at. */
export function isQueryFound(query: string, results: readonly MatchEvidence[]): boolean {
  const terms = queryTerms(query);
  if (!terms.length) return true;
  const words = results.flatMap(matchedWords);
  return terms.every((t) => words.some((w) => isRealMatch(t, w)));
}
