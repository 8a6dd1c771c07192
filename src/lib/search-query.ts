// The search page's state lives in its address (`/cari/?q=lembur&topik=upah`), so a
// search can be shared and Back returns to it. These helpers translate between the
// address, the form and Pagefind's options; the custom element only wires them up.

/** How results are ordered: by match (Pagefind's ranking) or by story date. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Everything that decides which results the search page shows. */
export interface SearchState {
  /** What the reader typed, whitespace tidied. */
  query: string;
  /** Topic id to filter by, or '' for all. */
  topic: string;
  /** Place id to filter by, or '' for all. */
  place: string;
  /** Result order. */
  sort: SortOrder;
}

/** Query-string names, in the site's language (they show in shared links). */
export const SEARCH_PARAMS = { query: 'q', topic: 'topik', place: 'tempat', sort: 'urut' } as const;

/** Sort values as they appear in the address and the form; relevance is the default and is left out. */
export const SORT_PARAM: Record<SortOrder, string> = { relevance: '', newest: 'baru', oldest: 'lama' };

/** Longest query kept; longer input is cut (Pagefind gains nothing from paragraphs). */
export const MAX_QUERY = 100;

/** Pagefind filter and sort keys, matching the data-pagefind-* attributes on story pages. */
export const PAGEFIND_KEYS = { topic: 'topik', place: 'tempat', date: 'date' } as const;

/** Ids are lower-case slugs; anything else in the address is ignored rather than trusted. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collapse whitespace and trim, capped at MAX_QUERY characters. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim();
}

/** Read the state from a query string (`?q=…`) or URLSearchParams; unknown values fall back to defaults. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = (key: string) => {
    const v = (p.get(key) ?? '').trim();
    return ID.test(v) ? v : '';
  };
  const sortParam = p.get(SEARCH_PARAMS.sort) ?? '';
  const sort = (Object.keys(SORT_PARAM) as SortOrder[]).find((k) => SORT_PARAM[k] === sortParam) ?? 'relevance';
  return { query: normaliseQuery(p.get(SEARCH_PARAMS.query) ?? ''), topic: id(SEARCH_PARAMS.topic), place: id(SEARCH_PARAMS.place), sort };
}

/** The query string for a state (`?q=lembur&topik=upah`), or '' when nothing is chosen; defaults are left out. */
export function toSearchString(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.query) p.set(SEARCH_PARAMS.query, state.query);
  if (state.topic) p.set(SEARCH_PARAMS.topic, state.topic);
  if (state.place) p.set(SEARCH_PARAMS.place, state.place);
  if (SORT_PARAM[state.sort]) p.set(SEARCH_PARAMS.sort, SORT_PARAM[state.sort]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when there is nothing to search for: no words and no filter. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && !state.topic && !state.place;
}

/** Arguments for `pagefind.search(term, options)`. */
export interface PagefindArgs {
  /** The words, or null to list every story the filters allow. */
  term: string | null;
  options: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
}

/**
 * Pagefind's arguments for a state. With filters but no words there is no
 * relevance to rank by, so the list is newest first unless oldest was asked for.
 */
export function toPagefindArgs(state: SearchState): PagefindArgs {
  const filters: Record<string, string> = {};
  if (state.topic) filters[PAGEFIND_KEYS.topic] = state.topic;
  if (state.place) filters[PAGEFIND_KEYS.place] = state.place;
  const sort = state.sort === 'relevance' && !state.query ? 'newest' : state.sort;
  return {
    term: state.query || null,
    options: sort === 'relevance' ? { filters } : { filters, sort: { [PAGEFIND_KEYS.date]: sort === 'newest' ? 'desc' : 'asc' } },
  };
}
