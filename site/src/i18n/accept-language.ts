/**
 * Which of the site's languages a browser asks for (the `Accept-Language` header, RFC 9110 §12.5.4), for the
 * servers that send a reader who opens `/` straight to a language (scripts/lib/static-server.ts,
 * deploy/nginx/site.conf). Plain TypeScript without Astro, so the servers can import it.
 *
 * Ranges are tried by weight (`q`), then in the order the browser lists them; each range is looked up by cutting
 * subtags off its end (RFC 4647 §3.4: `de-DE` → `de`, `ar-EG` → `ar`, `fa-IR` → `fa`). `q=0` means "not this
 * language". `*` names no language. Leichte Sprache is never chosen: no browser asks for it, and a German reader
 * who does not need it should not land there; its `de-x-ls` range finds German.
 */
import { locales, type LocaleCode } from './locales.ts'

/** The languages a browser can be sent to: every locale but Leichte Sprache. */
export const negotiableLocales: LocaleCode[] = locales.map((locale) => locale.code).filter((code) => code !== 'de-x-ls')

/**
 * Language tags that name one of the site's languages by another code: Dari (`prs`), which the Persian pages
 * are written for too ("فارسی / دری").
 */
const aliases: Record<string, LocaleCode> = { prs: 'fa' }

const byTag = new Map<string, LocaleCode>([
  ...negotiableLocales.map((code) => [code.toLowerCase(), code] as const),
  ...Object.entries(aliases),
])

/** A range's language, looked up from the full tag to its first subtag; undefined when the site has none. */
function lookup(range: string): LocaleCode | undefined {
  const subtags = range.split('-')
  for (let length = subtags.length; length > 0; length -= 1) {
    const found = byTag.get(subtags.slice(0, length).join('-'))
    if (found) return found
  }
  return undefined
}

type Range = { range: string; q: number; position: number }

/** The header's ranges with their weights; a range with a malformed weight is left out, as RFC 9110 allows. */
function parse(header: string): Range[] {
  return header
    .split(',')
    .map((part, position) => {
      const [range = '', ...params] = part.split(';').map((each) => each.trim())
      const weight = params.find((param) => /^q=/i.test(param))
      const q =
        weight === undefined ? 1 : /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.test(weight) ? Number(weight.slice(2)) : NaN
      return { range: range.toLowerCase(), q, position }
    })
    .filter((each) => /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(each.range) && !Number.isNaN(each.q))
}

/** The site's language a browser prefers, or null when it asks for none of them (the reader chooses on `/`). */
export function negotiateLocale(header: string | undefined): LocaleCode | null {
  if (!header) return null
  const ranges = parse(header)
  // `q=0` refuses the language it names exactly (`de;q=0`); `de-CH;q=0` refuses Swiss German, not German.
  const refused = new Set(ranges.filter((each) => each.q === 0).map((each) => byTag.get(each.range)))
  const wanted = ranges.filter((each) => each.q > 0).sort((a, b) => b.q - a.q || a.position - b.position)
  for (const { range } of wanted) {
    const found = lookup(range)
    if (found && !refused.has(found)) return found
  }
  return null
}
