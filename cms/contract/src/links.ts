/**
 * Which addresses the portal links to, checked by the CMS on save and by the site again when it renders: a web
 * address (`https://`, `http://`) for URL fields; in rich text also `mailto:`, `tel:` and paths on this site. Never
 * `javascript:`, `vbscript:`, `data:` or any other scheme a browser would run or open as a document.
 */
export type LinkKind = 'web' | 'text'

const schemes: Record<LinkKind, string[]> = {
  web: ['https:', 'http:'],
  text: ['https:', 'http:', 'mailto:', 'tel:'],
}

/** A placeholder origin against which paths on this site resolve; never part of a stored address. */
const HERE = 'https://portal.invalid'

/**
 * Why the address may not be linked (a German sentence for the editor), or undefined when it may. Paths on this site
 * (`/de/…`, `#…`) are links in rich text only. The browser's own parser decides the scheme, so `java\tscript:` and
 * `JavaScript:` are caught as what a browser would make of them.
 */
export function linkProblem(value: string, kind: LinkKind): string | undefined {
  const example = kind === 'web' ? ' (Beispiel: https://verein.de)' : ''
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(value))
    return `„${value.trim()}“ enthält Leerzeichen oder unsichtbare Zeichen; eine Internetadresse darf keine enthalten${example}.`
  let url: URL
  try {
    url = new URL(value, HERE)
  } catch {
    return `„${value}“ ist keine gültige Internetadresse${example}.`
  }
  const onThisSite = url.origin === HERE && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//')
  if (onThisSite)
    return kind === 'text' && /^[/#?]/.test(value) && !value.startsWith('/\\')
      ? undefined
      : `„${value}“ ist keine vollständige Internetadresse${example}.`
  if (!schemes[kind].includes(url.protocol)) {
    const allowed = kind === 'web' ? 'https:// oder http://' : 'https://, http://, mailto: oder tel:'
    return `Adressen mit „${url.protocol}“ sind nicht erlaubt; eine Adresse beginnt mit ${allowed}${example}.`
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname.includes('.'))
    return `„${value}“ ist keine vollständige Internetadresse${example}.`
  return undefined
}

/** Whether the site may render the address as a link (otherwise it renders the link's text alone). */
export const isLinkable = (value: string, kind: LinkKind): boolean => linkProblem(value, kind) === undefined
