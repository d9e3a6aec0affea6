import { locales, sourceLocale } from './locales.ts'

/** Astro's i18n settings, derived from the CMS locale list. `de-x-ls` lives under /leichte-sprache/. */
export const i18n = {
  defaultLocale: sourceLocale,
  locales: locales.map((locale) =>
    locale.path === locale.code ? locale.code : { path: locale.path, codes: [locale.code] },
  ),
  routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
}
