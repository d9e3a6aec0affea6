/**
 * The search test set: what a reader types on which locale's search page, and the addresses of which at least
 * one must be among the first three results. PDF hits name the page (`#seite-N` of the document's HTML version, at
 * the reader's address) the word is printed on in content/documents/<id>.md (pages separated by `<!-- page -->`).
 */
export type SearchCase = { locale: string; query: string; expect: string[]; why: string }

const localePaths: Record<string, string> = { 'de-x-ls': 'leichte-sprache' }
/** A German PDF page as a hit on `locale`'s search page: that page of the HTML version at the reader's address. */
const pdf = (file: string, page: number, locale = 'de') =>
  `/${localePaths[locale] ?? locale}/dokumente/${file}/text/#seite-${page}`
/** A field-of-work page at the reader's own address (German hits lead there too). */
const fieldPage = (locale: string, slug: string) => `/${localePaths[locale] ?? locale}/handlungsfelder/${slug}/`
/**
 * Words a resident types for a field of work in their language, each one that the editors entered as a search word
 * of exactly one field of work in that language (content/topics.yaml): its page must be in the top 3.
 */
const fieldOfWork = (locale: string, rows: [query: string, slug: string][]): SearchCase[] =>
  rows.map(([query, slug]) => ({
    locale,
    query,
    expect: [fieldPage(locale, slug)],
    why: 'search word of the field of work',
  }))

export const searchCases: SearchCase[] = [
  // German
  { locale: 'de', query: 'Schule', expect: ['/de/handlungsfelder/schule/'], why: 'field of work page' },
  {
    locale: 'de',
    query: 'Vorbereitungsklasse',
    expect: ['/de/handlungsfelder/seiteneinsteiger/'],
    why: 'topic keyword',
  },
  {
    locale: 'de',
    query: 'Sportverein',
    expect: ['/de/handlungsfelder/integration-durch-sport/'],
    why: 'topic keyword',
  },
  {
    locale: 'de',
    query: 'Frühe Bildung',
    expect: ['/de/handlungsfelder/fruehe-bildung/'],
    why: 'field of work title',
  },
  {
    locale: 'de',
    query: 'Migrantenselbstorganisationen',
    expect: ['/de/handlungsfelder/kooperation-migrantenselbstorganisationen/'],
    why: 'field of work page',
  },
  {
    locale: 'de',
    query: 'Integrationskonzept',
    expect: ['/de/dokumente/kiko-integrationskonzept/'],
    why: 'document title',
  },
  { locale: 'de', query: 'Bücherkisten', expect: [pdf('kiko-umsetzungsbericht-2008-2012', 3)], why: 'PDF page 3' },
  { locale: 'de', query: 'Brückenbauer', expect: [pdf('kiko-umsetzungsbericht-2008-2012', 4)], why: 'PDF page 4' },
  { locale: 'de', query: 'Lenkungsrunde', expect: [pdf('kontrakt-staedteregion-ruhr', 3)], why: 'PDF page 3' },
  { locale: 'de', query: 'Behördenbriefe', expect: [pdf('studie-frauenleben', 2)], why: 'PDF page 2' },
  { locale: 'de', query: 'Krisenregionen', expect: [pdf('strategieplan-2014-2019', 2)], why: 'PDF page 2' },
  {
    locale: 'de',
    query: 'Eintrittspreise',
    expect: [pdf('handlungskonzept-kultureinrichtungen', 3)],
    why: 'PDF page 3',
  },
  { locale: 'de', query: 'Sprachvorbild', expect: [pdf('standards-fruehkindliche-bildung', 3)], why: 'PDF page 3' },
  {
    locale: 'de',
    query: 'Aussagekraft',
    expect: [pdf('ratsbeschluss-integrationsmonitoring-2014', 4)],
    why: 'PDF page 4',
  },
  { locale: 'de', query: 'Geburtsland', expect: [pdf('komplementaerauswertung-befragungen', 2)], why: 'PDF page 2' },
  { locale: 'de', query: 'Altenhilfe', expect: [pdf('bericht-altersspezifische-infrastruktur', 4)], why: 'PDF page 4' },
  { locale: 'de', query: 'Gesundheitsangebote', expect: [pdf('kiko-integrationskonzept', 4)], why: 'PDF page 4' },
  // Leichte Sprache
  {
    locale: 'de-x-ls',
    query: 'Klasse',
    expect: ['/leichte-sprache/handlungsfelder/seiteneinsteiger/'],
    why: 'Leichte Sprache keyword',
  },
  {
    locale: 'de-x-ls',
    query: 'Sport',
    expect: ['/leichte-sprache/handlungsfelder/integration-durch-sport/'],
    why: 'own Leichte Sprache page',
  },
  {
    locale: 'de-x-ls',
    query: 'Sport·gruppe',
    expect: ['/leichte-sprache/handlungsfelder/integration-durch-sport/'],
    why: 'Leichte Sprache word with the middle dot',
  },
  {
    locale: 'de-x-ls',
    query: 'Anmeldung',
    expect: ['/leichte-sprache/handlungsfelder/seiteneinsteiger/'],
    why: 'Leichte Sprache keyword',
  },
  {
    locale: 'de-x-ls',
    query: 'Brückenbauer',
    expect: [pdf('kiko-umsetzungsbericht-2008-2012', 4, 'de-x-ls')],
    why: 'German PDF from Leichte Sprache',
  },
  // Turkish
  {
    locale: 'tr',
    query: 'okul',
    expect: ['/tr/handlungsfelder/schule/'],
    why: 'Turkish keyword of the school page',
  },
  {
    locale: 'tr',
    query: 'spor',
    expect: ['/tr/handlungsfelder/integration-durch-sport/'],
    why: 'Turkish keyword',
  },
  { locale: 'tr', query: 'kayıt', expect: ['/tr/handlungsfelder/seiteneinsteiger/'], why: 'Turkish keyword' },
  {
    locale: 'tr',
    query: 'entegrasyon planı',
    expect: ['/tr/dokumente/kiko-integrationskonzept/'],
    why: 'Turkish document keyword',
  },
  { locale: 'tr', query: 'anaokulu', expect: ['/tr/handlungsfelder/fruehe-bildung/'], why: 'Turkish keyword' },
  {
    locale: 'tr',
    query: 'Brückenbauer',
    expect: [pdf('kiko-umsetzungsbericht-2008-2012', 4, 'tr')],
    why: 'German PDF from Turkish',
  },
  {
    locale: 'tr',
    query: 'Seiteneinsteiger',
    expect: ['/tr/handlungsfelder/seiteneinsteiger/'],
    why: 'German word from Turkish, at the Turkish address',
  },
  // Arabic
  {
    locale: 'ar',
    query: 'مدرسة',
    expect: ['/ar/handlungsfelder/schule/'],
    why: 'Arabic keyword of the school page',
  },
  { locale: 'ar', query: 'رياضة', expect: ['/ar/handlungsfelder/integration-durch-sport/'], why: 'Arabic keyword' },
  {
    locale: 'ar',
    query: 'خطة الاندماج',
    expect: ['/ar/dokumente/kiko-integrationskonzept/'],
    why: 'Arabic document keyword',
  },
  { locale: 'ar', query: 'روضة أطفال', expect: ['/ar/handlungsfelder/fruehe-bildung/'], why: 'Arabic keyword' },
  {
    locale: 'ar',
    query: 'Lenkungsrunde',
    expect: [pdf('kontrakt-staedteregion-ruhr', 3, 'ar')],
    why: 'German PDF from Arabic',
  },
  { locale: 'ar', query: 'تسجيل', expect: ['/ar/handlungsfelder/seiteneinsteiger/'], why: 'Arabic keyword' },
  // Ukrainian
  { locale: 'uk', query: 'школа', expect: ['/uk/handlungsfelder/schule/'], why: 'Ukrainian keyword' },
  { locale: 'uk', query: 'спорт', expect: ['/uk/handlungsfelder/integration-durch-sport/'], why: 'Ukrainian keyword' },
  {
    locale: 'uk',
    query: 'концепція інтеграції',
    expect: ['/uk/dokumente/kiko-integrationskonzept/'],
    why: 'Ukrainian document keyword',
  },
  {
    locale: 'uk',
    query: 'Dolmetscher',
    expect: [pdf('standards-hilfen-zur-erziehung', 3, 'uk')],
    why: 'German PDF from Ukrainian',
  },
  { locale: 'uk', query: 'реєстрація', expect: ['/uk/handlungsfelder/seiteneinsteiger/'], why: 'Ukrainian keyword' },
  // English
  {
    locale: 'en',
    query: 'school',
    expect: ['/en/handlungsfelder/schule/'],
    why: 'English keyword of the school page',
  },
  {
    locale: 'en',
    query: 'sports club',
    expect: ['/en/handlungsfelder/integration-durch-sport/'],
    why: 'English keyword',
  },
  {
    locale: 'en',
    query: 'integration plan',
    expect: ['/en/dokumente/kiko-integrationskonzept/'],
    why: 'English document keyword',
  },
  {
    locale: 'en',
    query: 'Bücherkisten',
    expect: [pdf('kiko-umsetzungsbericht-2008-2012', 3, 'en')],
    why: 'German PDF from English',
  },
  {
    locale: 'en',
    query: 'newly arrived',
    expect: ['/en/handlungsfelder/seiteneinsteiger/'],
    why: 'English topic title',
  },
  // The generic one-word queries of issue 16: the field-of-work page, not an event or an indicator, ranks first.
  { locale: 'de', query: 'Kita', expect: [fieldPage('de', 'fruehe-bildung')], why: 'generic word (issue 16)' },
  {
    locale: 'de',
    query: 'Sport',
    expect: [fieldPage('de', 'integration-durch-sport')],
    why: 'generic word (issue 16)',
  },
  {
    locale: 'de',
    query: 'Seiteneinsteiger',
    expect: [fieldPage('de', 'seiteneinsteiger')],
    why: 'generic word (issue 16)',
  },
  // German
  ...fieldOfWork('de', [
    ['Übungsleiter', 'integration-durch-sport'],
    ['Anmeldung', 'seiteneinsteiger'],
    ['Kindergarten', 'fruehe-bildung'],
    ['Lehrkräfte', 'schule'],
    ['Beruf', 'uebergang-schule-beruf'],
    ['Frauen', 'beratung-maedchen-frauen'],
    ['Gremium', 'netzwerkarbeit'],
    ['Verwaltung', 'interkulturelle-oeffnung'],
    ['Ruhrgebiet', 'interkommunale-zusammenarbeit'],
    ['Migrantenorganisation', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Leichte Sprache
  ...fieldOfWork('de-x-ls', [
    ['Bewegung', 'integration-durch-sport'],
    ['neu', 'seiteneinsteiger'],
    ['Kinder·garten', 'fruehe-bildung'],
    ['Lehrer', 'schule'],
    ['Beruf', 'uebergang-schule-beruf'],
    ['Frau', 'beratung-maedchen-frauen'],
    ['Netzwerk', 'netzwerkarbeit'],
    ['offen', 'interkulturelle-oeffnung'],
    ['Städte', 'interkommunale-zusammenarbeit'],
    ['Migranten', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // English
  ...fieldOfWork('en', [
    ['coach', 'integration-durch-sport'],
    ['registration', 'seiteneinsteiger'],
    ['daycare', 'fruehe-bildung'],
    ['teachers', 'schule'],
    ['apprenticeship', 'uebergang-schule-beruf'],
    ['women', 'beratung-maedchen-frauen'],
    ['partners', 'netzwerkarbeit'],
    ['public administration', 'interkulturelle-oeffnung'],
    ['Ruhr area', 'interkommunale-zusammenarbeit'],
    ['association', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Turkish
  ...fieldOfWork('tr', [
    ['spor kulübü', 'integration-durch-sport'],
    ['yeni gelen', 'seiteneinsteiger'],
    ['kreş', 'fruehe-bildung'],
    ['öğretmen', 'schule'],
    ['meslek', 'uebergang-schule-beruf'],
    ['kadın', 'beratung-maedchen-frauen'],
    ['ortaklar', 'netzwerkarbeit'],
    ['gençlik hizmetleri', 'interkulturelle-oeffnung'],
    ['Ruhr bölgesi', 'interkommunale-zusammenarbeit'],
    ['dernek', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Arabic
  ...fieldOfWork('ar', [
    ['نادي رياضي', 'integration-durch-sport'],
    ['قادمون جدد', 'seiteneinsteiger'],
    ['حضانة', 'fruehe-bildung'],
    ['أولياء الأمور', 'schule'],
    ['تدريب مهني', 'uebergang-schule-beruf'],
    ['نساء', 'beratung-maedchen-frauen'],
    ['شبكة', 'netzwerkarbeit'],
    ['إدارة', 'interkulturelle-oeffnung'],
    ['منطقة الرور', 'interkommunale-zusammenarbeit'],
    ['جمعية', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Persian
  ...fieldOfWork('fa', [
    ['ورزش', 'integration-durch-sport'],
    ['ثبت‌نام', 'seiteneinsteiger'],
    ['مهدکودک', 'fruehe-bildung'],
    ['معلم', 'schule'],
    ['آموزش حرفه‌ای', 'uebergang-schule-beruf'],
    ['زنان', 'beratung-maedchen-frauen'],
    ['شریک', 'netzwerkarbeit'],
    ['معیارها', 'interkulturelle-oeffnung'],
    ['منطقه رور', 'interkommunale-zusammenarbeit'],
    ['انجمن', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Ukrainian
  ...fieldOfWork('uk', [
    ['спортивний клуб', 'integration-durch-sport'],
    ['запис до школи', 'seiteneinsteiger'],
    ['дитсадок', 'fruehe-bildung'],
    ['вчитель', 'schule'],
    ['професійне навчання', 'uebergang-schule-beruf'],
    ['жінки', 'beratung-maedchen-frauen'],
    ['партнери', 'netzwerkarbeit'],
    ['адміністрація', 'interkulturelle-oeffnung'],
    ['Рур', 'interkommunale-zusammenarbeit'],
    ['об’єднання', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Russian
  ...fieldOfWork('ru', [
    ['спортивный клуб', 'integration-durch-sport'],
    ['запись в школу', 'seiteneinsteiger'],
    ['детский сад', 'fruehe-bildung'],
    ['учитель', 'schule'],
    ['профобучение', 'uebergang-schule-beruf'],
    ['женщины', 'beratung-maedchen-frauen'],
    ['партнёры', 'netzwerkarbeit'],
    ['администрация', 'interkulturelle-oeffnung'],
    ['Рур', 'interkommunale-zusammenarbeit'],
    ['объединение', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Polish
  ...fieldOfWork('pl', [
    ['klub sportowy', 'integration-durch-sport'],
    ['zapisy do szkoły', 'seiteneinsteiger'],
    ['przedszkole', 'fruehe-bildung'],
    ['nauczyciel', 'schule'],
    ['nauka zawodu', 'uebergang-schule-beruf'],
    ['kobiety', 'beratung-maedchen-frauen'],
    ['partnerzy', 'netzwerkarbeit'],
    ['standardy', 'interkulturelle-oeffnung'],
    ['Zagłębie Ruhry', 'interkommunale-zusammenarbeit'],
    ['stowarzyszenie', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Romanian
  ...fieldOfWork('ro', [
    ['club sportiv', 'integration-durch-sport'],
    ['înscriere', 'seiteneinsteiger'],
    ['grădiniță', 'fruehe-bildung'],
    ['profesor', 'schule'],
    ['formare profesională', 'uebergang-schule-beruf'],
    ['femei', 'beratung-maedchen-frauen'],
    ['parteneri', 'netzwerkarbeit'],
    ['administrație', 'interkulturelle-oeffnung'],
    ['regiunea Ruhr', 'interkommunale-zusammenarbeit'],
    ['asociație', 'kooperation-migrantenselbstorganisationen'],
  ]),
  // Bulgarian
  ...fieldOfWork('bg', [
    ['спортен клуб', 'integration-durch-sport'],
    ['записване', 'seiteneinsteiger'],
    ['детска градина', 'fruehe-bildung'],
    ['учител', 'schule'],
    ['професионално обучение', 'uebergang-schule-beruf'],
    ['жени', 'beratung-maedchen-frauen'],
    ['партньори', 'netzwerkarbeit'],
    ['администрация', 'interkulturelle-oeffnung'],
    ['Рурска област', 'interkommunale-zusammenarbeit'],
    ['сдружение', 'kooperation-migrantenselbstorganisationen'],
  ]),
]
