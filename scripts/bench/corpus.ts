/**
 * The synthetic corpus for `npm run bench`: pages, documents (multi-page PDFs), events (some recurring),
 * organisations and indicators, German first and about 30% of entries translated.
 *
 * Pure and deterministic: the same scale, seed and anchor month give the same corpus, byte for byte.
 * Relations are indexes (into the demo seed's topics and activity fields, or into this corpus's
 * organisations and pages); the loader resolves them to ids.
 */
import { Random } from './random'

export const SCALES = { '1k': 1_000, '10k': 10_000, '50k': 50_000 } as const
export type Scale = keyof typeof SCALES

export const LOCALES = ['de', 'de-x-ls', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg'] as const
export type Locale = (typeof LOCALES)[number]
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'de')

/** Share of each kind in the corpus (sums to 1). */
export const MIX = { pages: 0.25, documents: 0.15, events: 0.35, organisations: 0.15, indicators: 0.1 } as const
export type Kind = keyof typeof MIX
/** Share of entries that have translations; a translated entry has 1–4 of the ten other languages. */
export const TRANSLATED_SHARE = 0.3
export const RECURRING_SHARE = 0.2

type Text = Record<string, unknown>
export type Plan = {
  kind: Kind
  key: string
  /** Fields that are not localized; relation fields hold indexes, see `Relations`. */
  shared: Text
  /** Localized fields per locale; `de` always exists. */
  localized: Partial<Record<Locale, Text>>
  relations: Relations
}
export type Relations = {
  topics?: number[]
  activityFields?: number[]
  /** Index into the corpus's organisations. */
  organiser?: number
  /** Index into the corpus's pages (always an earlier page). */
  parent?: number
  /** Index into the three sample PDFs. */
  pdf?: number
}
export type Corpus = {
  scale: number
  seed: number
  anchor: string
  counts: Record<Kind, number>
  entries: Plan[]
  pdfs: { title: string; pages: string[] }[]
}

/** Words per language, so that every Pagefind bundle indexes text in its own script. */
const WORDS: Record<Locale, string[]> = {
  de: 'Integration Beratung Sprache Kurs Familie Schule Arbeit Ausbildung Nachbarschaft Stadtteil Verein Begegnung Kinder Eltern Jugend Gesundheit Wohnen Anerkennung Qualifizierung Ehrenamt Teilhabe Vielfalt Dialog Netzwerk Sprachcafé Frauen Senioren Sport Kultur Bildung Zukunft Chancen Angebot Termin Beratungsstelle Übersetzung Willkommen Gemeinschaft Projekt Förderung'.split(
    ' ',
  ),
  'de-x-ls':
    'Hilfe Sprache lernen Arbeit finden Schule Kinder Familie Treffen Beratung Wohnung Arzt Geld Amt Termin Frage Antwort leicht gut neu wichtig'.split(
      ' ',
    ),
  en: 'integration advice language course family school work training neighbourhood district association meeting children parents youth health housing recognition volunteering diversity dialogue network women culture education future'.split(
    ' ',
  ),
  tr: 'entegrasyon danışmanlık dil kurs aile okul iş eğitim mahalle dernek buluşma çocuklar ebeveynler gençlik sağlık konut tanınma gönüllülük çeşitlilik diyalog ağ kadınlar kültür gelecek'.split(
    ' ',
  ),
  ar: 'الاندماج استشارة اللغة دورة الأسرة المدرسة العمل التدريب الحي جمعية لقاء الأطفال الآباء الشباب الصحة السكن الاعتراف التطوع التنوع الحوار الشبكة النساء الثقافة المستقبل'.split(
    ' ',
  ),
  fa: 'ادغام مشاوره زبان دوره خانواده مدرسه کار آموزش محله انجمن دیدار کودکان والدین جوانان سلامت مسکن شناسایی داوطلبانه تنوع گفتگو شبکه زنان فرهنگ آینده'.split(
    ' ',
  ),
  uk: 'інтеграція консультація мова курс родина школа робота навчання район обєднання зустріч діти батьки молодь здоровя житло визнання волонтерство різноманіття діалог мережа жінки культура майбутнє'.split(
    ' ',
  ),
  ru: 'интеграция консультация язык курс семья школа работа обучение район объединение встреча дети родители молодёжь здоровье жильё признание волонтёрство разнообразие диалог сеть женщины культура будущее'.split(
    ' ',
  ),
  pl: 'integracja doradztwo język kurs rodzina szkoła praca szkolenie dzielnica stowarzyszenie spotkanie dzieci rodzice młodzież zdrowie mieszkanie uznanie wolontariat różnorodność dialog sieć kobiety kultura przyszłość'.split(
    ' ',
  ),
  ro: 'integrare consiliere limbă curs familie școală muncă formare cartier asociație întâlnire copii părinți tineret sănătate locuință recunoaștere voluntariat diversitate dialog rețea femei cultură viitor'.split(
    ' ',
  ),
  bg: 'интеграция консултация език курс семейство училище работа обучение квартал сдружение среща деца родители младежи здраве жилище признаване доброволчество многообразие диалог мрежа жени култура бъдеще'.split(
    ' ',
  ),
}

const DISTRICTS = ['alt-oberhausen', 'sterkrade', 'osterfeld']
const SPOKEN = ['de', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'ku', 'ti', 'sq']
const DOCUMENT_TYPES = ['report', 'standard', 'concept', 'agreement', 'study', 'council-decision']
const AREAS = ['demografie', 'fruehe-bildung', 'schule', 'ausbildung-arbeit', 'soziales', 'partizipation', 'ikoe']
const UNITS = ['percent', 'count', 'per100', 'per1000']
const RULES = [
  'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=8',
  'FREQ=MONTHLY;BYDAY=1WE;COUNT=12',
]
/** The demo seed has at least this many topics and activity fields; relations index into them modulo their count. */
const TOPIC_SLOTS = 12
const FIELD_SLOTS = 8

/** Rarer words per language, made of pieces of the common ones (fixed: they do not depend on the seed). */
const RARE_WORDS = 3000
const rareWords = new Map<Locale, string[]>()
function rare(locale: Locale): string[] {
  let list = rareWords.get(locale)
  if (!list) {
    const random = new Random(LOCALES.indexOf(locale) + 1)
    const pieces = WORDS[locale].flatMap((word) => word.toLowerCase().match(/.{3,4}/gu) ?? [])
    list = [
      ...new Set(
        Array.from({ length: RARE_WORDS * 2 }, () =>
          Array.from({ length: random.int(2, 3) }, () => random.pick(pieces)).join(''),
        ),
      ),
    ].slice(0, RARE_WORDS)
    rareWords.set(locale, list)
  }
  return list
}

/** Half common words, half rare ones with a skewed (roughly Zipf-like) choice, so the search index has a realistic vocabulary. */
function words(random: Random, locale: Locale, count: number): string {
  return Array.from({ length: count }, () => {
    if (random.chance(0.5)) return random.pick(WORDS[locale])
    const list = rare(locale)
    return list[Math.floor(list.length * random.next() ** 2)]
  }).join(' ')
}

function title(random: Random, locale: Locale, number: number): string {
  const text = words(random, locale, random.int(2, 5))
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${number}`
}

function sentences(random: Random, locale: Locale, count: number): string[] {
  return Array.from({ length: count }, () => {
    const text = words(random, locale, random.int(8, 20))
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  })
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
})

/** Lexical rich text with one paragraph per string. */
export function richText(paragraphs: string[]) {
  return {
    root: { type: 'root', children: paragraphs.map(paragraph), direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}

function translationsFor(random: Random): Locale[] {
  return random.chance(TRANSLATED_SHARE) ? random.sample(TRANSLATIONS, random.int(1, 4)) : []
}

const pad = (number: number) => String(number).padStart(5, '0')

/** `2027-03-05T18:00` in the anchor month plus `days` (local Berlin time; the loader converts to UTC). */
function localDate(anchor: string, days: number, hour: number): string {
  const date = new Date(`${anchor}-01T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`
}

function page(random: Random, number: number, pagesSoFar: number): Plan {
  const slug = `seite-${pad(number)}`
  const localized: Plan['localized'] = {}
  for (const locale of ['de' as Locale, ...translationsFor(random)]) {
    localized[locale] = {
      title: title(random, locale, number),
      slug: locale === 'de' ? slug : `${slug}-${locale}`,
      summary: sentences(random, locale, 1)[0],
      layout: [{ blockType: 'richText', content: richText(sentences(random, locale, random.int(3, 8))) }],
    }
  }
  return {
    kind: 'pages',
    key: `bench-${slug}`,
    shared: { order: random.int(1, 500) },
    localized,
    relations: {
      topics: [random.int(0, TOPIC_SLOTS - 1)],
      parent: pagesSoFar > 0 && random.chance(0.3) ? random.int(0, pagesSoFar - 1) : undefined,
    },
  }
}

function document(random: Random, number: number): Plan {
  const localized: Plan['localized'] = {}
  for (const locale of ['de' as Locale, ...translationsFor(random)]) {
    localized[locale] = {
      title: title(random, locale, number),
      summary: sentences(random, locale, 2).join(' '),
      keywords: [random.pick(WORDS[locale]), random.pick(WORDS[locale])],
    }
  }
  return {
    kind: 'documents',
    key: `dokument-${pad(number)}`,
    shared: {
      type: random.pick(DOCUMENT_TYPES),
      year: random.int(2005, 2026),
      publisher: `Stadt Oberhausen, Bereich ${random.int(1, 9)}`,
      fileLanguages: ['de'],
    },
    localized,
    relations: { topics: random.sample([...Array(TOPIC_SLOTS).keys()], random.int(1, 2)), pdf: random.int(0, 2) },
  }
}

function event(random: Random, number: number, anchor: string, organisations: number): Plan {
  const day = random.int(-60, 365)
  const hour = random.int(9, 19)
  const localized: Plan['localized'] = {}
  for (const locale of ['de' as Locale, ...translationsFor(random)]) {
    localized[locale] = {
      title: title(random, locale, number),
      description: richText(sentences(random, locale, random.int(2, 4))),
      targetGroup: words(random, locale, 2),
    }
  }
  const recurring = random.chance(RECURRING_SHARE)
  return {
    kind: 'events',
    key: `veranstaltung-${pad(number)}`,
    shared: {
      start: localDate(anchor, day, hour),
      end: localDate(anchor, day, hour + 2),
      rule: recurring ? random.pick(RULES) : undefined,
      status: random.chance(0.05) ? 'cancelled' : 'scheduled',
      place: {
        name: `Begegnungszentrum ${random.int(1, 40)}`,
        street: `Marktstraße ${random.int(1, 200)}`,
        postcode: '46045',
        district: random.pick(DISTRICTS),
      },
      languages: random.sample(SPOKEN, random.int(1, 3)),
      accessibility: random.chance(0.6) ? 'yes' : 'unknown',
    },
    localized,
    relations: {
      topics: [random.int(0, TOPIC_SLOTS - 1)],
      organiser: organisations > 0 && random.chance(0.7) ? random.int(0, organisations - 1) : undefined,
    },
  }
}

function organisation(random: Random, number: number): Plan {
  const localized: Plan['localized'] = {}
  for (const locale of ['de' as Locale, ...translationsFor(random)])
    localized[locale] = { description: sentences(random, locale, random.int(2, 5)).join(' ') }
  return {
    kind: 'organisations',
    key: `organisation-${pad(number)}`,
    shared: {
      name: `${title(random, 'de', number)} e. V.`,
      communities: [random.pick(WORDS.de)],
      languages: random.sample(SPOKEN, random.int(1, 4)),
      district: random.pick(DISTRICTS),
      quarter: `Quartier ${random.int(1, 30)}`,
      address: {
        street: `Vereinsweg ${random.int(1, 99)}`,
        postcode: '46047',
        lat: 51.45 + random.next() * 0.12,
        lng: 6.77 + random.next() * 0.17,
      },
      website: `https://verein-${number}.example`,
      founded: random.int(1960, 2025),
      networkMember: random.chance(0.4),
      contact: {
        consent: random.chance(0.5),
        person: `Person ${number}`,
        email: `kontakt-${number}@verein.example`,
        phone: `0208 ${random.int(100000, 999999)}`,
      },
    },
    localized,
    relations: { activityFields: random.sample([...Array(FIELD_SLOTS).keys()], random.int(1, 3)) },
  }
}

function indicator(random: Random, number: number): Plan {
  const localized: Plan['localized'] = {}
  for (const locale of ['de' as Locale, ...translationsFor(random)])
    localized[locale] = { name: title(random, locale, number), definition: sentences(random, locale, 2).join(' ') }
  const base = random.int(5, 80)
  return {
    kind: 'indicators',
    key: `B-${pad(number)}`,
    shared: {
      source: 'IT.NRW (Beispieldaten)',
      unit: random.pick(UNITS),
      area: random.pick(AREAS),
      values: Array.from({ length: 10 }, (_, index) => ({
        year: 2015 + index,
        value: Math.round((base + random.next() * 10 - 5) * 10) / 10,
      })),
    },
    localized,
    relations: { topics: [random.int(0, TOPIC_SLOTS - 1)] },
  }
}

/** Three sample PDFs (2, 5 and 12 pages) whose bytes every document reuses. */
function pdfs(random: Random): Corpus['pdfs'] {
  return [2, 5, 12].map((pageCount, index) => ({
    title: `Musterbericht ${index + 1}`,
    pages: Array.from(
      { length: pageCount },
      (_, pageIndex) =>
        `# Kapitel ${pageIndex + 1}\n\n${sentences(random, 'de', 12).join(' ')}\n\n${sentences(random, 'de', 10).join(' ')}`,
    ),
  }))
}

/**
 * The corpus for `size` content entries. `anchor` (YYYY-MM) is the month events are planned around
 * (two months before it to a year after).
 */
export function generateCorpus({ size, seed, anchor }: { size: number; seed: number; anchor: string }): Corpus {
  const random = new Random(seed)
  const kinds = Object.keys(MIX) as Kind[]
  const counts = Object.fromEntries(kinds.map((kind) => [kind, Math.round(size * MIX[kind])])) as Record<Kind, number>
  counts.events += size - kinds.reduce((sum, kind) => sum + counts[kind], 0)
  const entries: Plan[] = []
  // Organisations first (events point at them), then pages in order (a parent is always an earlier page).
  for (let number = 1; number <= counts.organisations; number++) entries.push(organisation(random, number))
  for (let number = 1; number <= counts.pages; number++) entries.push(page(random, number, number - 1))
  for (let number = 1; number <= counts.documents; number++) entries.push(document(random, number))
  for (let number = 1; number <= counts.events; number++)
    entries.push(event(random, number, anchor, counts.organisations))
  for (let number = 1; number <= counts.indicators; number++) entries.push(indicator(random, number))
  return { scale: size, seed, anchor, counts, entries, pdfs: pdfs(random) }
}

/** How many Local API saves the corpus costs: one create plus one update per translation. */
export function saveCount(corpus: Corpus): number {
  return corpus.entries.reduce((sum, entry) => sum + Object.keys(entry.localized).length, 0)
}
