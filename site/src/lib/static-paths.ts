import { localeCodes, type LocaleCode } from '../i18n/locales.ts'
import { localePath } from '../i18n/routing.ts'

/** getStaticPaths rows for a page that exists once per locale. */
export function localeRoutes(): { params: { locale: string }; props: { locale: LocaleCode } }[] {
  return localeCodes.map((locale) => ({ params: { locale: localePath(locale) }, props: { locale } }))
}
