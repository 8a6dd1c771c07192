// <md-search>: live search on /cari/ over Pagefind's JS API, with our own small UI.
// The server-rendered page works without this file (a notice plus topic, place and
// archive links). This element reveals the form only where live search can run,
// and fetches Pagefind (JS, WebAssembly, index) only once the reader focuses the
// form or arrives with a query in the address.
import { formatDate } from '../lib/dates.ts';
import { isQueryFound } from '../lib/search-match.ts';
import { isEmptySearch, parseSearchState, SEARCH_PARAMS, SORT_PARAM, toPagefindArgs, toSearchString, type SearchState } from '../lib/search-query.ts';

/** The slice of the Pagefind browser API this element uses. */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}
/** One hit; its data (a fragment file) is fetched only when shown. */
interface PagefindResult {
  id: string;
  /** Metadata fields the query matched (Pagefind ≥ 1.5). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}
/** A hit's fragment: URL, excerpt with `<mark>`ed matches (already HTML-escaped), text, match positions, metadata. */
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

/** UI strings handed over by the page (`data-strings`), already in the page's language. */
interface Strings {
  loading: string;
  count: string;
  none: string;
  noneFiltered: string;
  more: string;
  failed: string;
  noWasm: string;
}

/**
 * Results fetched per step. Each costs one fragment download (the story's text,
 * 1–5 KB compressed); four fill a phone screen and keep a first search within
 * 100 KB, and "show more" brings the next four.
 */
const STEP = 4;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 300;

/** Fill `{name}` placeholders (the page passes templates, not finished sentences). */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Live search form, status line and results; see the file comment. */
export class MdSearch extends HTMLElement {
  #strings = {} as Strings;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #section!: HTMLElement;
  #heading!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pagefind?: Promise<Pagefind>;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  #timer = 0;
  #baseTitle = document.title;

  connectedCallback(): void {
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel)!;
    const notice = q<HTMLElement>('[data-nolive]');
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      notice.textContent = this.#strings.noWasm;
      return;
    }
    this.#form = q('form');
    this.#input = q('input[type="search"]');
    this.#status = q('[role="status"]');
    this.#section = q('[data-results]');
    this.#heading = q('[data-results] h2');
    this.#list = q('[data-results] ol');
    this.#more = q('[data-more]');
    notice.hidden = true;
    this.#form.hidden = false;

    this.#form.addEventListener('focusin', () => void this.#load().catch(() => undefined), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#search(), DEBOUNCE_MS);
    });
    this.#form.addEventListener('change', (e) => {
      if (e.target instanceof HTMLSelectElement) void this.#search();
    });
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.#timer);
      void this.#search(true);
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => {
      this.#write(parseSearchState(location.search));
      void this.#search();
    });

    const initial = parseSearchState(location.search);
    this.#write(initial);
    if (!isEmptySearch(initial)) void this.#search();
  }

  /** Load Pagefind once; later calls share the same promise (a failure can be retried). */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset.bundle ?? '/pagefind/';
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // No worker: one file (~12 KB) less to fetch, and searching a news site's index is quick on the main thread.
      await pf.options({ basePath: bundle, noWorker: true, excerptLength: 24 });
      await pf.init();
      return pf;
    })();
    this.#pagefind.catch(() => {
      this.#pagefind = undefined;
    });
    return this.#pagefind;
  }

  /** The form's current values as a search state (its field names are the address's). */
  #read(): SearchState {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(this.#form)) if (typeof v === 'string') params.set(k, v);
    return parseSearchState(params);
  }

  /** Put a state into the form. */
  #write(state: SearchState): void {
    this.#input.value = state.query;
    const set = (name: string, value: string) => {
      const el = this.#form.elements.namedItem(name);
      if (el instanceof HTMLSelectElement) el.value = [...el.options].some((o) => o.value === value) ? value : '';
    };
    set(SEARCH_PARAMS.topic, state.topic);
    set(SEARCH_PARAMS.place, state.place);
    set(SEARCH_PARAMS.sort, SORT_PARAM[state.sort]);
    // Filters live in a closed <details> to keep results near the top of small screens; show them when in use.
    if (state.topic || state.place || state.sort !== 'relevance') this.#form.querySelector('details')?.setAttribute('open', '');
  }

  /** Run the form's search; newer runs overtake older ones still waiting on the network. */
  async #search(moveFocus = false): Promise<void> {
    const run = ++this.#run;
    const state = this.#read();
    history.replaceState(history.state, '', `${location.pathname}${toSearchString(state)}`);
    document.title = state.query ? `“${state.query}” — ${this.#baseTitle}` : this.#baseTitle;
    if (isEmptySearch(state)) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#status.textContent = '';
      this.removeAttribute('aria-busy');
      this.#section.hidden = true;
      return;
    }
    this.setAttribute('aria-busy', 'true');
    const slow = window.setTimeout(() => run === this.#run && (this.#status.textContent = this.#strings.loading), 400);
    let first: { result: PagefindResult; data: PagefindData }[] | null;
    const { term, options } = toPagefindArgs(state);
    try {
      const pf = await this.#load();
      const found = await pf.search(term, options);
      if (!found || run !== this.#run) return;
      this.#results = found.results;
      this.#shown = 0;
      first = await this.#fetchNext(run);
      if (!first) return;
    } catch {
      if (run === this.#run) {
        this.#status.textContent = this.#strings.failed;
        this.removeAttribute('aria-busy');
      }
      return;
    } finally {
      clearTimeout(slow);
    }
    // Pagefind never says "not found" for a word it lacks: it answers with a shorter
    // prefix ("kucing" → "ku…"). The first few results show whether each word was really matched.
    if (term && !isQueryFound(term, first.map(({ result, data }) => ({ ...data, metaFields: result.matchedMetaFields ?? [] })))) {
      this.#results = [];
      first = [];
    }
    this.#list.replaceChildren();
    this.#append(first.map((x) => x.data));
    const count = this.#results.length;
    this.dataset.count = String(count);
    this.#status.textContent = count
      ? fill(this.#strings.count, { count })
      : state.query
        ? fill(this.#strings.none, { query: state.query })
        : this.#strings.noneFiltered;
    this.#section.hidden = count === 0;
    this.removeAttribute('aria-busy');
    // After an explicit submit, take keyboard and screen-reader users to the results (and close phone keyboards).
    if (moveFocus && count) this.#heading.focus();
  }

  /** Load the data of the next few results (null when a newer search took over). */
  async #fetchNext(run: number): Promise<{ result: PagefindResult; data: PagefindData }[] | null> {
    const next = this.#results.slice(this.#shown, this.#shown + STEP);
    this.#more.disabled = true;
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return null;
    this.#shown += next.length;
    return next.map((result, i) => ({ result, data: data[i]! }));
  }

  /** Show the next few results; `focusNew` moves focus to the first added link. */
  async #showMore(focusNew: boolean): Promise<void> {
    const next = await this.#fetchNext(this.#run);
    if (!next) return;
    const first = this.#append(next.map((x) => x.data));
    if (focusNew) first?.focus();
  }

  /** Append result items and update the "more" button; returns the first new link. */
  #append(items: PagefindData[]): HTMLAnchorElement | undefined {
    const left = this.#results.length - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.disabled = false;
    this.#more.textContent = fill(this.#strings.more, { count: Math.min(STEP, left) });
    const lang = document.documentElement.lang || 'id';
    let first: HTMLAnchorElement | undefined;
    for (const item of items) {
      const li = document.createElement('li');
      li.className = 'card';
      const h = document.createElement('h3');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      h.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      if (item.meta.date) {
        const time = document.createElement('time');
        time.dateTime = item.meta.date;
        time.textContent = formatDate(new Date(`${item.meta.date}T00:00:00Z`), lang);
        meta.append(time);
      }
      if (item.meta.place) meta.append(`${meta.childNodes.length ? ' · ' : ''}${item.meta.place}`);
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text before adding <mark>, so this is safe as HTML.
      excerpt.innerHTML = item.excerpt;
      // Pagefind's text starts with the headline; an excerpt from the top would repeat it under the link.
      const lead = excerpt.firstChild;
      if (lead?.nodeType === Node.TEXT_NODE && a.textContent && lead.textContent?.startsWith(a.textContent)) {
        lead.textContent = lead.textContent.slice(a.textContent.length).replace(/^[\s.]+/, '');
      }
      li.append(h, meta, excerpt);
      this.#list.append(li);
      first ??= a;
    }
    return first;
  }
}

customElements.define('md-search', MdSearch);
