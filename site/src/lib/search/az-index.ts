/**
 * The A–Z index of a locale from the site's content: every page, document, event, organisation and indicator,
 * titled in the reader's language or in German (with its `lang`) where untranslated. Built once per locale and
 * build; the search page links its letters, /{locale}/suche/a-z/ lists it in numbered pages.
 */
import type { LocaleCode } from '#/i18n/locales.ts'
import { pickRequired } from '#/i18n/localized.ts'
import { htmlLang, localePath } from '#/i18n/routing.ts'
import { t } from '#/i18n/ui.ts'
import { contentLocale, pageUrl } from '#/lib/pages/pages.ts'
import { pagedUrl, pageSizes } from '#/lib/pagination.ts'
import { siteData, type SiteData } from '#/lib/site-data.ts'
import { documentsUrl, documentUrl } from '#/lib/urls.ts'
import { azGroups, azRows, type AzEntry, type AzLetter, type AzRow } from './az.ts'
import { entryUrl, sectionUrl, type SearchType } from './records.ts'

export type AzIndex = { rows: AzRow[]; letters: AzLetter[] }

/** `/tr/suche/a-z/`: page 1 of the index. */
export function azUrl(locale: LocaleCode): string {
  return `/${localePath(locale)}/suche/a-z/`
}

/** Where a letter's entries start: `/tr/suche/a-z/seite/4/#az-12`. */
export function azLetterUrl(letter: AzLetter, locale: LocaleCode): string {
  return `${pagedUrl(azUrl(locale), letter.page)}#az-${letter.group}`
}

function azEntries(data: SiteData, locale: LocaleCode): AzEntry[] {
  const { pages, pageIndex, documents, events, organisations, indicators } = data
  /** A title in the reader's language, or German with its `lang` when not translated. */
  const shown = (field: Parameters<typeof pickRequired<string>>[0], what: string) => {
    const picked = pickRequired(field, locale, what)
    return { title: picked.value, lang: picked.fellBack ? htmlLang(picked.locale) : undefined }
  }
  const typeLabel = (type: SearchType) => t(locale, `type.${type}`)
  return [
    ...pages.map((page) => {
      const language = contentLocale(page, locale)
      return {
        title: pickRequired(page.title, language, `Title of page id=${page.id}`).value,
        lang: language !== locale ? htmlLang(language) : undefined,
        href: pageUrl(page, locale, pageIndex),
        type: typeLabel('page'),
      }
    }),
    { title: t(locale, 'documents.title'), href: documentsUrl(locale), type: typeLabel('page') },
    { title: t(locale, 'events.title'), href: sectionUrl('event', locale), type: typeLabel('page') },
    { title: t(locale, 'orgs.title'), href: sectionUrl('organisation', locale), type: typeLabel('page') },
    { title: t(locale, 'monitoring.title'), href: sectionUrl('indicator', locale), type: typeLabel('page') },
    ...documents.map((document) => ({
      ...shown(document.title, `Title of document id=${document.id}`),
      href: documentUrl(document.slug, locale),
      type: typeLabel('document'),
    })),
    ...events.map((event) => ({
      ...shown(event.title, `Title of event id=${event.id}`),
      href: entryUrl('event', event.slug, locale),
      type: typeLabel('event'),
    })),
    ...organisations.map((organisation) => ({
      title: organisation.name,
      lang: 'de',
      href: entryUrl('organisation', organisation.slug, locale),
      type: typeLabel('organisation'),
    })),
    ...indicators.map((indicator) => ({
      ...shown(indicator.name, `Name of indicator id=${indicator.id}`),
      href: entryUrl('indicator', indicator.slug, locale),
      type: typeLabel('indicator'),
    })),
  ]
}

const built = new WeakMap<SiteData, Map<LocaleCode, AzIndex>>()

/** The index of `locale`, sorted and split once per build: the search page and every index page share it. */
export async function azIndex(locale: LocaleCode): Promise<AzIndex> {
  const data = await siteData()
  const perLocale = built.get(data) ?? new Map<LocaleCode, AzIndex>()
  built.set(data, perLocale)
  let index = perLocale.get(locale)
  if (!index) {
    index = azRows(azGroups(azEntries(data, locale), locale), pageSizes.az)
    perLocale.set(locale, index)
  }
  return index
}
