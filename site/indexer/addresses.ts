/**
 * The address table a search page needs to send a German hit to the reader's own address of the page
 * (see src/client/search-addresses.ts), built from the `<link rel="alternate" hreflang>` of the German pages.
 */
import { localeCodes, sourceLocale } from '#/i18n/locales.ts'
import { localePath, pathForLocale } from '#/i18n/routing.ts'
import { hreflang } from '#/lib/alternates.ts'
import type { AddressTable } from '#/client/search-addresses.ts'

const alternateLink = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g

/** A page's alternates as locale code → path, read from its head. */
export function alternatesOf(html: string): Record<string, string> {
  const byHreflang = new Map([...html.matchAll(alternateLink)].map(([, lang, href]) => [lang, new URL(href).pathname]))
  return Object.fromEntries(
    localeCodes.flatMap((code) => {
      const path = byHreflang.get(hreflang(code))
      return path ? [[code, path] as const] : []
    }),
  )
}

/**
 * The prefixes of all locales, and for each German page the locales where its address is not the German one under
 * that locale's prefix: a translated slug, or the German address itself where the page has none in that locale.
 */
export function addressTable(pages: { url: string; alternates: Record<string, string> }[]): AddressTable {
  const others = localeCodes.filter((code) => code !== sourceLocale)
  const differing = pages.flatMap(({ url, alternates }) => {
    const listed = others.flatMap((code) => {
      const address = alternates[code] ?? url
      return address === pathForLocale(url, code) ? [] : [[code, address] as const]
    })
    return listed.length > 0 ? [[url, Object.fromEntries(listed)] as const] : []
  })
  return {
    prefixes: Object.fromEntries(others.map((code) => [code, `/${localePath(code)}/`])),
    differing: Object.fromEntries(differing),
  }
}
