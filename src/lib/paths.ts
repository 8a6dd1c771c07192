import { paginate } from './stories.ts';

/** Static paths for a paginated list: page 1 at the base URL, later pages at `<base>/<n>/`. */
export function paginatedParams<T>(items: readonly T[], size: number): { page: string | undefined; items: T[]; current: number; total: number }[] {
  const pages = paginate(items, size);
  return pages.map((items, i) => ({ page: i === 0 ? undefined : String(i + 1), items, current: i + 1, total: pages.length }));
}

/** The URL of page `n` of a list whose first page is `base` (ending in a slash). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** Static paths for one paginated list per group (a topic, place or author), with the group in the props. */
export function groupedPageParams<G extends { id: string }, T>(groups: Iterable<G>, items: readonly T[], belongs: (item: T, group: G) => boolean, size: number) {
  return [...groups].flatMap((group) => {
    const list = items.filter((item) => belongs(item, group));
    return paginatedParams(list, size).map(({ page, items: pageItems, current, total }) => ({
      params: { id: group.id, page },
      props: { group, items: pageItems, current, total, count: list.length },
    }));
  });
}
