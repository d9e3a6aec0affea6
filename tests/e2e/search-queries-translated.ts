/**
 * Queries a reader types in English, Turkish, Arabic, Ukrainian or Russian that must reach the translation of a
 * field-of-work page (content/pages/<id>/<locale>.mdx), in that language, not the German fallback at the same address.
 * Words as they stand in those texts (Ukrainian has no stemming in Pagefind: the forms match the text).
 */
export type TranslatedPageCase = { locale: 'en' | 'tr' | 'ar' | 'uk' | 'ru'; query: string; expect: string }

const page = (locale: TranslatedPageCase['locale'], slug: string) => `/${locale}/handlungsfelder/${slug}/`

export const translatedPageCases: TranslatedPageCase[] = [
  { locale: 'en', query: 'preparatory class', expect: page('en', 'seiteneinsteiger') },
  { locale: 'en', query: 'heritage language lessons', expect: page('en', 'schule') },
  { locale: 'en', query: 'careers guidance', expect: page('en', 'uebergang-schule-beruf') },
  { locale: 'en', query: 'advice for girls and women', expect: page('en', 'beratung-maedchen-frauen') },
  { locale: 'tr', query: 'hazırlık sınıfı', expect: page('tr', 'seiteneinsteiger') },
  { locale: 'tr', query: 'Rucksack programı', expect: page('tr', 'fruehe-bildung') },
  { locale: 'tr', query: 'antrenör eğitimleri', expect: page('tr', 'integration-durch-sport') },
  { locale: 'tr', query: 'meslek seçimi', expect: page('tr', 'uebergang-schule-beruf') },
  { locale: 'ar', query: 'صف تحضيري دولي', expect: page('ar', 'seiteneinsteiger') },
  { locale: 'ar', query: 'دروس اللغة الأم', expect: page('ar', 'schule') },
  { locale: 'ar', query: 'التوجيه المهني', expect: page('ar', 'uebergang-schule-beruf') },
  { locale: 'ar', query: 'جمعيات المهاجرين', expect: page('ar', 'kooperation-migrantenselbstorganisationen') },
  { locale: 'uk', query: 'підготовчому класі', expect: page('uk', 'seiteneinsteiger') },
  { locale: 'uk', query: 'уроки рідної мови', expect: page('uk', 'schule') },
  { locale: 'uk', query: 'професійна орієнтація', expect: page('uk', 'uebergang-schule-beruf') },
  { locale: 'uk', query: 'консультації для дівчат', expect: page('uk', 'beratung-maedchen-frauen') },
  { locale: 'ru', query: 'подготовительный класс', expect: page('ru', 'seiteneinsteiger') },
  { locale: 'ru', query: 'уроки родного языка', expect: page('ru', 'schule') },
  { locale: 'ru', query: 'профессиональная ориентация', expect: page('ru', 'uebergang-schule-beruf') },
  { locale: 'ru', query: 'объединения мигрантов', expect: page('ru', 'kooperation-migrantenselbstorganisationen') },
]
