import type { LocaleCode } from '../i18n/locales.ts'
import { localePath } from '../i18n/routing.ts'

/** Addresses of the site's own sections. Section names are German in every language, like the CMS navigation paths. */
export const sections = {
  documents: 'dokumente',
} as const

export function documentsUrl(locale: LocaleCode): string {
  return `/${localePath(locale)}/${sections.documents}/`
}

export function documentUrl(slug: string, locale: LocaleCode): string {
  return `${documentsUrl(locale)}${slug}/`
}
