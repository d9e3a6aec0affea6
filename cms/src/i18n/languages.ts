/** Languages that people speak at events, in organisations and in files (ISO 639-1), with German names. */
export const spokenLanguages = {
  de: 'Deutsch', en: 'Englisch', tr: 'Türkisch', ar: 'Arabisch', fa: 'Persisch/Dari', uk: 'Ukrainisch',
  ru: 'Russisch', pl: 'Polnisch', ro: 'Rumänisch', bg: 'Bulgarisch', ku: 'Kurdisch', ti: 'Tigrinya',
  sq: 'Albanisch', bs: 'Bosnisch', hr: 'Kroatisch', sr: 'Serbisch', el: 'Griechisch', it: 'Italienisch',
  es: 'Spanisch', pt: 'Portugiesisch', fr: 'Französisch', vi: 'Vietnamesisch', ps: 'Paschtu', so: 'Somali',
  am: 'Amharisch', ur: 'Urdu', hy: 'Armenisch', ka: 'Georgisch', zh: 'Chinesisch', tl: 'Tagalog',
} as const

export const languageOptions = Object.entries(spokenLanguages).map(([value, label]) => ({ value, label }))
