/**
 * Numbered pages for the lists that grow with the content (documents, organisations, the event archive and
 * months, the A–Z index): a list page shows at most a fixed number of entries, so no page grows with the corpus.
 * Page 1 keeps the list's own address; page n is `<list address>seite/<n>/`, in every language.
 */

/**
 * Entries per list page: about 25–50 kB of list whatever the corpus (a document or organisation with its summary is
 * ~0.6 kB of HTML, an event date ~0.5 kB, an A–Z line ~0.15 kB). More pages cost build time (each carries the header,
 * navigation and footer), fewer entries per page cost readers clicks. The events overview has no numbered pages: it
 * shows the next `nextDates` dates and links every month.
 */
export const pageSizes = {
  documents: 50,
  organisations: 50,
  indicators: 50,
  archive: 50,
  month: 100,
  az: 200,
  nextDates: 20,
  /** A list block on a content page shows this many and links the full list. */
  listBlock: 10,
} as const

export type ListPage<T> = {
  items: T[]
  /** 1-based. */
  page: number
  pages: number
  total: number
  /** Position of the first item in the whole list, 1-based (0 for an empty list). */
  first: number
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size))
}

/** Page `page` of `items`; page 1 of an empty list is empty, any other missing page is an error. */
export function listPage<T>(items: readonly T[], page: number, size: number): ListPage<T> {
  const pages = pageCount(items.length, size)
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`List page ${page} does not exist (the list has ${pages})`)
  const start = (page - 1) * size
  return {
    items: items.slice(start, start + size),
    page,
    pages,
    total: items.length,
    first: items.length === 0 ? 0 : start + 1,
  }
}

/** The page numbers after the first: what the `seite/[page]` routes render. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2)
}

/** `/de/dokumente/` for page 1, `/de/dokumente/seite/3/` for page 3. */
export function pagedUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}seite/${page}/`
}

/** The addresses of the pages before and after `page`, for `<link rel="prev|next">`. */
export function neighbourPages(
  base: string,
  page: number,
  pages: number,
): { previous: string | null; next: string | null } {
  return { previous: page > 1 ? pagedUrl(base, page - 1) : null, next: page < pages ? pagedUrl(base, page + 1) : null }
}

/**
 * The page numbers a pager links to: the first, the last and `around` either side of the current one;
 * null where numbers are left out. A gap of a single number shows the number instead.
 */
export function pagerItems(current: number, pages: number, around = 2): (number | null)[] {
  const shown = new Set([1, pages])
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pages) shown.add(page)
  const sorted = [...shown].sort((a, b) => a - b)
  const items: (number | null)[] = []
  for (const page of sorted) {
    const previous = items.at(-1)
    if (typeof previous === 'number' && page - previous === 2) items.push(previous + 1)
    else if (typeof previous === 'number' && page - previous > 2) items.push(null)
    items.push(page)
  }
  return items
}
