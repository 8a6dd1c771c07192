// Pagefind stems Indonesian with the Snowball algorithm, which undoes the nasal
// prefixes meN-/peN- by guessing one root only: "menulis" → "ulis", "pemogokan" →
// "pogok", "mengirim" → "irim", "perundingan" → "unding". Inflected forms still find
// each other, but a reader typing the bare root ("tulis", "mogok", "kirim",
// "runding") finds nothing. The build adds the roots Snowball cannot reach to each
// story's search metadata, so those queries work; the stemmer then treats them
// like any other word (suffixes such as -an, -kan, -nya are still its job).

/** Root-initial letters that meN-/peN-/per- swallow and Snowball does not restore, per prefix shape. */
const NASAL_RULES: readonly { pattern: RegExp; restore: readonly string[] }[] = [
  // meng-/peng- + vowel: k-roots (mengirim ← kirim). Snowball keeps only the vowel-initial reading.
  { pattern: /^(?:me|pe)ng([aiueo].*)$/, restore: ['k'] },
  // men-/pen- + vowel: t-roots (menulis ← tulis). n-roots (menikah ← nikah) are left out:
  // rare, and restoring n- mostly yields colloquial doubles ("nulis") that only bloat the index.
  { pattern: /^(?:me|pe)n([aiueo].*)$/, restore: ['t'] },
  // mem-/pem- + vowel: m-roots (pemogokan ← mogok); Snowball already restores p-roots.
  { pattern: /^(?:me|pe)m([aiueo].*)$/, restore: ['m'] },
  // per- + vowel: r-roots (perundingan ← runding, perawat ← rawat). Not ber-: there the
  // guesses collide with names and common words ("berita" → "rita", "berani" → "rani").
  { pattern: /^per([aiueo].*)$/, restore: ['r'] },
];

/** Shortest word worth looking at: prefix plus a two-syllable root. */
const MIN_WORD = 6;
/** Shortest candidate kept; shorter ones are mostly noise. */
const MIN_ROOT = 4;

/** Lower-case words (letters and digits) of a text; Markdown and MDX marks fall away. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The roots a single word may hide behind a nasal or r- prefix that Snowball misreads; [] when none. */
export function rootCandidates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_WORD) return [];
  const out: string[] = [];
  for (const { pattern, restore } of NASAL_RULES) {
    const m = pattern.exec(w);
    if (!m) continue;
    for (const letter of restore) out.push(letter + m[1]);
  }
  return out.filter((r) => r.length >= MIN_ROOT);
}

/**
 * Extra words to index for a text: each root candidate once, in first-seen order,
 * leaving out words the text already contains (those are indexed anyway).
 */
export function recoverRoots(text: string): string[] {
  const words = wordsOf(text);
  const present = new Set(words);
  const found = new Set<string>();
  for (const word of words) for (const root of rootCandidates(word)) if (!present.has(root)) found.add(root);
  return [...found];
}

/** What a story page adds to its search metadata: topic labels and keywords, the place, recovered roots. */
export interface SearchTerms {
  /** Topic labels, e.g. "PHK & Pesangon". */
  topicLabels: readonly string[];
  /** Root words from the topics' `keywords`. */
  topicKeywords: readonly string[];
  /** City or regency, and province. */
  place?: { name: string; province: string };
  /** Title, lede and body, for root recovery. */
  text: string;
}

/** One space-separated string of search-only words for a story, without repeats (case-insensitive). */
export function buildSearchKeywords(terms: SearchTerms): string {
  const parts = [
    ...terms.topicLabels.flatMap(wordsOf),
    ...terms.topicKeywords.flatMap(wordsOf),
    ...(terms.place ? wordsOf(`${terms.place.name} ${terms.place.province}`) : []),
    ...recoverRoots(terms.text),
  ];
  return [...new Set(parts)].join(' ');
}
