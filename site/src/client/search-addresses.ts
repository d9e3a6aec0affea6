/**
 * Where a German search hit leads a reader of another language: to the same page at the reader's own address (the
 * German fallback page with its notice), so the reader stays in their language. Most addresses differ from the
 * German one in the prefix only (`/de/schule/` → `/tr/schule/`); the indexer lists the others (translated slugs,
 * pages without an address in that language) in `addresses.json` beside the German bundle.
 */
export type AddressTable = {
  /** The address prefix of each locale code: `{ tr: '/tr/', 'de-x-ls': '/leichte-sprache/' }`. */
  prefixes: Record<string, string>
  /** German address → locale code → that locale's address, where it is not the German one under the other prefix. */
  differing: Record<string, Record<string, string>>
}

export const germanPrefix = '/de/'

export function readerAddress(url: string, locale: string, table: AddressTable): string {
  if (!url.startsWith(germanPrefix)) return url
  const listed = table.differing[url]?.[locale]
  if (listed) return listed
  const prefix = table.prefixes[locale]
  return prefix ? `${prefix}${url.slice(germanPrefix.length)}` : url
}

/** Two tables as one: the second (an incremental build's) wins for the addresses it lists. */
export function mergeTables(first: AddressTable, second: AddressTable): AddressTable {
  return {
    prefixes: { ...first.prefixes, ...second.prefixes },
    differing: { ...first.differing, ...second.differing },
  }
}
