import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { DateTime } from 'luxon'
import type { Page } from '@ki/contract/payload-types'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import {
  accessibilityAnswers,
  localeCodes,
  sourceLocale,
  type AccessibilityAnswer,
  type LocaleCode,
} from '@ki/contract'
import { ContentError, listFiles, listFolders, pageLocales, readFrontmatter, readYaml, type Localized } from './files'
import { MarkdownConverter, type Resolve } from './markdown'
import { PAGE_SEPARATOR, renderSamplePdf } from './pdf'

/** A database id, as the generated types declare it. */
type Ref = Page['id']
type Data = Record<string, unknown>
type Log = (message: string) => void

/** The front matter of content/pages/<key>/<locale>.mdx, and one such file read. */
type PageMeta = { title: string; slug: string; summary?: string; topic?: string; parent?: string; order?: number }
type PageFile = { locale: LocaleCode } & ReturnType<typeof readFrontmatter<PageMeta>>

/** content/settings.yaml */
type Settings = {
  siteName: Localized
  organisation: string
  address: { street: string; postcode: string; city: string }
  phone: string
  email: string
  feedbackEmail: string
  openingHours: Localized
  legalPages: Record<string, string>
  navigation: {
    header: { label: Localized; page?: string; path?: string }[]
    footer: { label: Localized; page?: string; path?: string }[]
  }
}

const TIME_ZONE = 'Europe/Berlin'
const context = { seeding: true }

/**
 * Where the fields read from content/ become a collection's data. Their types come from Payload's own validation,
 * which every save below runs, not from the type checker: a content file with a wrong field fails the seed there.
 */
function entryData<Entry extends object>(data: Data): Entry {
  return data as Entry
}

/** `{ title: {de, en}, summary: {de} }` → `{ de: {title, summary}, en: {title} }`. */
export function byLocale(fields: Record<string, Localized<unknown> | undefined>): Partial<Record<LocaleCode, Data>> {
  const result: Partial<Record<LocaleCode, Data>> = {}
  for (const [name, values] of Object.entries(fields)) {
    for (const [locale, value] of Object.entries(values ?? {})) {
      if (!localeCodes.includes(locale as LocaleCode))
        throw new ContentError(`unknown locale "${locale}" in field ${name}`)
      if (value === undefined || value === null || value === '') continue
      ;(result[locale as LocaleCode] ??= {})[name] = value
    }
  }
  return result
}

/** A local date-time in Europe/Berlin ("2027-02-06T10:00") as the UTC instant Payload stores. */
export function berlinToUtc(local: string, where: string): string {
  const time = DateTime.fromISO(local, { zone: TIME_ZONE })
  if (!time.isValid) throw new ContentError(`${where}: "${local}" is not a date-time (YYYY-MM-DDTHH:mm).`)
  return time.toUTC().toISO()
}

/** An event's `accessibility`: "yes", "no" or "unknown" (the default when the file does not say). */
function accessibilityAnswer(value: unknown, where: string): AccessibilityAnswer {
  if (value === undefined) return 'unknown'
  const answer = accessibilityAnswers.find((candidate) => candidate === value)
  if (!answer)
    throw new ContentError(
      `${where}: accessibility is ${JSON.stringify(value)}; use one of ${accessibilityAnswers.join(', ')}.`,
    )
  return answer
}

export type SeedSummary = Record<string, { created: number; existing: number }>

/** Loads content/ into the CMS. Entries that already exist (same slug, key or code) are left as they are. */
export class Seeder {
  private readonly ids = new Map<string, Ref>()
  readonly summary: SeedSummary = {}
  private markdown!: MarkdownConverter

  constructor(
    private readonly payload: Payload,
    private readonly contentDir: string,
    private readonly log: Log = () => {},
  ) {}

  resolve: Resolve = (collection, id) => {
    const ref = this.ids.get(`${collection}:${id}`)
    if (ref === undefined) throw new ContentError(`reference to unknown ${collection} "${id}"`)
    return ref
  }

  /** Deletes every entry of the collections the seed fills (after an interrupted seed of an empty database). */
  async removeSeedContent(): Promise<void> {
    const collections = [
      'pages',
      'indicators',
      'events',
      'documents',
      'organisations',
      'media',
      'networks',
      'contacts',
      'topics',
      'activity-fields',
      'search-synonyms',
    ] as const satisfies CollectionSlug[]
    for (const collection of collections)
      await this.payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true, context })
  }

  async run(): Promise<SeedSummary> {
    this.markdown = await MarkdownConverter.create(this.payload.config)
    await this.activityFields()
    await this.topics()
    await this.contacts()
    await this.networks()
    await this.media()
    await this.organisations()
    await this.documents()
    await this.events()
    await this.indicators()
    await this.pages()
    await this.globals()
    await this.searchSynonyms()
    return this.summary
  }

  /** Creates the entry in German, then saves each translation; returns its id. Existing entries are kept. */
  private async upsert<TSlug extends CollectionSlug>(
    collection: TSlug,
    key: string,
    match: Data,
    shared: Data,
    localized: Partial<Record<LocaleCode, Data>>,
    options: { drafts?: boolean; file?: { data: Buffer; mimetype: string; name: string } } = {},
  ): Promise<Ref> {
    const tally = (this.summary[collection] ??= { created: 0, existing: 0 })
    const where = Object.fromEntries(Object.entries(match).map(([field, value]) => [field, { equals: value }]))
    const found = await this.payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      locale: sourceLocale,
      draft: true,
      overrideAccess: true,
      pagination: false,
    })
    if (found.docs[0]) {
      tally.existing++
      this.ids.set(`${collection}:${key}`, found.docs[0].id)
      return found.docs[0].id
    }
    const status = options.drafts ? { _status: 'published' as const } : {}
    // A seed killed between these saves leaves an entry without translations: scripts/seed.ts then seeds again.
    const created = await this.payload.create({
      collection,
      data: entryData({ ...shared, ...localized[sourceLocale], ...status }),
      locale: sourceLocale,
      overrideAccess: true,
      context,
      ...(options.file ? { file: { ...options.file, size: options.file.data.length } } : {}),
    })
    for (const locale of localeCodes) {
      if (locale === sourceLocale || !localized[locale]) continue
      await this.payload.update({
        collection,
        id: created.id,
        data: entryData({ ...localized[locale], ...status }),
        locale,
        overrideAccess: true,
        context,
      })
    }
    tally.created++
    this.ids.set(`${collection}:${key}`, created.id)
    return created.id
  }

  private async activityFields() {
    const entries = readYaml<{ id: string; qualificationTopic?: boolean; title: Localized }[]>(
      this.contentDir,
      'fields.yaml',
    )
    for (const [index, entry] of entries.entries()) {
      await this.upsert(
        'activity-fields',
        entry.id,
        { slug: entry.id },
        { slug: entry.id, qualificationTopic: Boolean(entry.qualificationTopic), order: (index + 1) * 10 },
        byLocale({ title: entry.title }),
      )
    }
  }

  private async topics() {
    type Topic = {
      id: string
      order: number
      parent?: string
      title: Localized
      summary?: Localized
      keywords?: Localized<string[]>
    }
    for (const entry of readYaml<Topic[]>(this.contentDir, 'topics.yaml')) {
      await this.upsert(
        'topics',
        entry.id,
        { slug: entry.id },
        { order: entry.order, parent: entry.parent ? this.resolve('topics', entry.parent) : undefined },
        byLocale({
          title: entry.title,
          summary: entry.summary,
          keywords: entry.keywords,
          slug: Object.fromEntries(Object.keys(entry.title).map((locale) => [locale, entry.id])),
        }),
      )
    }
  }

  private async contacts() {
    type Contact = {
      id: string
      kind: string
      name: string
      role?: Localized
      languages?: string[]
      phone?: string
      email?: string
      hours?: Localized
      topics?: string[]
    }
    for (const entry of readYaml<Contact[]>(this.contentDir, 'contacts.yaml')) {
      await this.upsert(
        'contacts',
        entry.id,
        { slug: entry.id },
        {
          slug: entry.id,
          kind: entry.kind,
          name: entry.name,
          languages: entry.languages,
          phone: entry.phone,
          email: entry.email,
          topics: (entry.topics ?? []).map((id) => this.resolve('topics', id)),
          sample: true,
        },
        byLocale({ role: entry.role, hours: entry.hours }),
      )
    }
  }

  private async networks() {
    type Network = { id: string; name: string; level: string; topics?: string[]; description?: Localized }
    for (const entry of readYaml<Network[]>(this.contentDir, 'networks.yaml')) {
      await this.upsert(
        'networks',
        entry.id,
        { slug: entry.id },
        {
          slug: entry.id,
          name: entry.name,
          level: entry.level,
          topics: (entry.topics ?? []).map((id) => this.resolve('topics', id)),
        },
        byLocale({ description: entry.description }),
      )
    }
  }

  private async media() {
    type Media = { id: string; file: string; alt: Localized; credit?: string }
    for (const entry of readYaml<Media[]>(this.contentDir, 'media.yaml')) {
      const file = await mediaFile(entry.id, readFileSync(join(this.contentDir, entry.file)), entry.file)
      await this.upsert(
        'media',
        entry.id,
        { filename: file.name },
        { credit: entry.credit, sample: true },
        byLocale({ alt: entry.alt }),
        { file },
      )
    }
  }

  private async organisations() {
    type Organisation = {
      id: string
      name: string
      description?: Localized
      communities?: string[]
      languages?: string[]
      district: string
      quarter?: string
      fields?: string[]
      address?: { street?: string; postcode?: string; lat?: number; lng?: number }
      website?: string
      founded?: number
      networkMember?: boolean
      contact?: { person?: string; email?: string; phone?: string; consent?: boolean }
    }
    for (const entry of readYaml<Organisation[]>(this.contentDir, 'organisations.yaml')) {
      await this.upsert(
        'organisations',
        entry.id,
        { slug: entry.id },
        {
          slug: entry.id,
          name: entry.name,
          communities: entry.communities,
          languages: entry.languages,
          district: entry.district,
          quarter: entry.quarter,
          fields: (entry.fields ?? []).map((id) => this.resolve('activity-fields', id)),
          address: entry.address,
          website: entry.website,
          founded: entry.founded,
          networkMember: Boolean(entry.networkMember),
          contact: { ...entry.contact, consent: Boolean(entry.contact?.consent) },
          sample: true,
        },
        byLocale({ description: entry.description }),
        { drafts: true },
      )
    }
  }

  private async documents() {
    type DocumentMeta = {
      id: string
      title: Localized
      summary?: Localized
      keywords?: Localized<string[]>
      type: string
      year: number
      decisionDate?: string | Date
      topics?: string[]
      publisher: string
      fileLanguages?: string[]
      supersedes?: string
    }
    const folder = join(this.contentDir, 'documents')
    const entries = listFiles(folder, '.md').map((name) =>
      readFrontmatter<DocumentMeta>(join(folder, name), `content/documents/${name}`),
    )
    // Superseded documents first, so that `supersedes` can point at them.
    const ordered = [
      ...entries.filter((entry) => !entry.data.supersedes),
      ...entries.filter((entry) => entry.data.supersedes),
    ]
    for (const { data: meta, body, file } of ordered) {
      const pages = body
        .split(PAGE_SEPARATOR)
        .map((page) => page.trim())
        .filter(Boolean)
      if (!meta.title?.de) throw new ContentError(`${file}: title.de is missing.`)
      const pdf = await renderSamplePdf({ title: meta.title.de, publisher: meta.publisher, year: meta.year, pages })
      await this.upsert(
        'documents',
        meta.id,
        { slug: meta.id },
        {
          slug: meta.id,
          type: meta.type,
          year: meta.year,
          decisionDate: meta.decisionDate ? new Date(meta.decisionDate).toISOString() : undefined,
          topics: (meta.topics ?? []).map((id) => this.resolve('topics', id)),
          publisher: meta.publisher,
          fileLanguages: meta.fileLanguages ?? ['de'],
          supersedes: meta.supersedes ? this.resolve('documents', meta.supersedes) : undefined,
          sample: true,
        },
        byLocale({ title: meta.title, summary: meta.summary, keywords: meta.keywords }),
        { drafts: true, file: { data: pdf, mimetype: 'application/pdf', name: `${meta.id}.pdf` } },
      )
    }
  }

  private async events() {
    type EventEntry = {
      id: string
      title: Localized
      description?: Localized
      start: string
      end: string
      rrule?: string
      exdates?: string[]
      topic?: string
      place: { name: string; street?: string; postcode?: string; district?: string }
      languages?: string[]
      targetGroup?: Localized
      registration?: { email?: string; url?: string; deadline?: string; capacity?: number }
      accessibility?: unknown
      organiser?: string
      status?: string
    }
    for (const entry of readYaml<EventEntry[]>(this.contentDir, 'events.yaml')) {
      const where = `content/events.yaml (${entry.id})`
      const description = Object.fromEntries(
        Object.entries(entry.description ?? {}).map(([locale, text]) => [
          locale,
          this.markdown.richText(String(text), this.resolve, where),
        ]),
      )
      await this.upsert(
        'events',
        entry.id,
        { slug: entry.id },
        {
          slug: entry.id,
          start: berlinToUtc(entry.start, where),
          start_tz: TIME_ZONE,
          end: berlinToUtc(entry.end, where),
          end_tz: TIME_ZONE,
          recurrence: {
            rule: entry.rrule,
            exceptions: (entry.exdates ?? []).map((date) => ({ date: berlinToUtc(date, where), date_tz: TIME_ZONE })),
          },
          topics: entry.topic ? [this.resolve('topics', entry.topic)] : [],
          place: entry.place,
          languages: entry.languages,
          registration: entry.registration
            ? {
                ...entry.registration,
                deadline: entry.registration.deadline
                  ? berlinToUtc(`${entry.registration.deadline}T23:59`, where)
                  : undefined,
              }
            : undefined,
          accessibility: accessibilityAnswer(entry.accessibility, where),
          organiser: entry.organiser ? this.resolve('organisations', entry.organiser) : undefined,
          status: entry.status ?? 'scheduled',
          sample: true,
        },
        byLocale({ title: entry.title, description, targetGroup: entry.targetGroup }),
        { drafts: true },
      )
    }
  }

  private async indicators() {
    type Indicator = {
      code: string
      name: Localized
      definition?: Localized
      source: string
      unit: string
      topic?: string
      area: string
      breakdowns?: string[]
      values?: { year: number; breakdown?: string; value: number }[]
    }
    for (const entry of readYaml<Indicator[]>(this.contentDir, 'indicators.yaml')) {
      const slug = entry.code.toLowerCase()
      await this.upsert(
        'indicators',
        slug,
        { code: entry.code },
        {
          code: entry.code,
          slug,
          source: entry.source,
          unit: entry.unit,
          area: entry.area,
          topic: entry.topic ? this.resolve('topics', entry.topic) : undefined,
          breakdowns: entry.breakdowns,
          values: entry.values,
          sample: true,
        },
        byLocale({ name: entry.name, definition: entry.definition }),
      )
    }
  }

  private async pages() {
    const folder = join(this.contentDir, 'pages')
    const pages = listFolders(folder).map((key) => ({
      key,
      files: pageLocales(join(folder, key)).map((locale) => ({
        locale,
        ...readFrontmatter<PageMeta>(join(folder, key, `${locale}.mdx`), `content/pages/${key}/${locale}.mdx`),
      })),
    }))
    const fresh: typeof pages = []
    // First every page with its German title, so that links and parents can point at any page.
    for (const page of pages) {
      const german = page.files.find((file) => file.locale === sourceLocale)
      if (!german)
        throw new ContentError(`content/pages/${page.key}/ has no de.mdx: German is the source of every page.`)
      const before = this.summary.pages?.created ?? 0
      await this.upsert(
        'pages',
        page.key,
        { key: page.key },
        { key: page.key, order: german.data.order ?? 100 },
        { de: { title: german.data.title, slug: german.data.slug } },
        { drafts: true },
      )
      if ((this.summary.pages?.created ?? 0) > before) fresh.push(page)
    }
    for (const page of fresh) {
      const id = this.resolve('pages', page.key)
      await this.fillPage(id, page.files)
    }
  }

  /** Writes a page's text in every locale of its content folder, German first (it sets parent and topic). */
  private async fillPage(id: Ref, files: PageFile[]) {
    for (const { locale, data, body, file } of files) {
      const shared =
        locale === sourceLocale
          ? {
              parent: data.parent ? this.resolve('pages', data.parent) : undefined,
              topic: data.topic ? this.resolve('topics', data.topic) : undefined,
            }
          : {}
      await this.payload.update({
        collection: 'pages',
        id,
        locale,
        overrideAccess: true,
        context,
        data: {
          ...shared,
          title: data.title,
          slug: data.slug,
          summary: data.summary,
          layout: this.markdown.blocks(body, this.resolve, file),
          _status: 'published',
        },
      })
    }
  }

  /** Example synonym groups for the search (content/search-synonyms.yaml), one entry per group. */
  private async searchSynonyms() {
    type Group = { locale: LocaleCode; words: string[]; note: string }
    for (const entry of readYaml<Group[]>(this.contentDir, 'search-synonyms.yaml')) {
      const title = entry.words.join(', ')
      await this.upsert('search-synonyms', title, { title }, entry, {})
    }
  }

  private async globals() {
    const settings = readYaml<Settings>(this.contentDir, 'settings.yaml')
    const existing = await this.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    if (!existing.siteName) await this.siteSettings(settings)
    const navigation = await this.payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true })
    if (!navigation.header?.length) await this.navigation(settings)
    this.log('site settings and navigation')
  }

  private async siteSettings(settings: Settings) {
    const perLocale = byLocale({ siteName: settings.siteName, openingHours: settings.openingHours })
    const legalPages = Object.fromEntries(
      Object.entries(settings.legalPages).map(([name, key]) => [name, this.resolve('pages', key)]),
    )
    for (const locale of localeCodes) {
      if (!perLocale[locale]) continue
      const shared =
        locale === sourceLocale
          ? {
              organisation: settings.organisation,
              address: settings.address,
              phone: settings.phone,
              email: settings.email,
              feedbackEmail: settings.feedbackEmail,
              legalPages,
            }
          : {}
      await this.payload.updateGlobal({
        slug: 'site-settings',
        locale,
        overrideAccess: true,
        context,
        data: { ...shared, ...perLocale[locale] },
      })
    }
  }

  private async navigation(settings: Settings) {
    const links = (items: Settings['navigation']['header'], locale: LocaleCode) =>
      items.map((item) => ({
        label: item.label[locale] ?? item.label.de,
        page: item.page ? this.resolve('pages', item.page) : undefined,
        path: item.path,
      }))
    // Array rows are shared between locales; their labels are localized, so the German save creates the rows.
    await this.payload.updateGlobal({
      slug: 'navigation',
      locale: sourceLocale,
      overrideAccess: true,
      context,
      data: {
        header: links(settings.navigation.header, sourceLocale),
        footer: links(settings.navigation.footer, sourceLocale),
      },
    })
    const saved = await this.payload.findGlobal({
      slug: 'navigation',
      depth: 0,
      locale: sourceLocale,
      overrideAccess: true,
    })
    for (const locale of localeCodes) {
      if (locale === sourceLocale) continue
      const relabel = (rows: { id?: string | null }[] | null | undefined, items: Settings['navigation']['header']) =>
        (rows ?? []).map((row, index) => ({ ...row, label: items[index].label[locale] ?? items[index].label.de }))
      await this.payload.updateGlobal({
        slug: 'navigation',
        locale,
        overrideAccess: true,
        context,
        data: {
          header: relabel(saved.header, settings.navigation.header),
          footer: relabel(saved.footer, settings.navigation.footer),
        },
      })
    }
  }
}

/**
 * A media file as uploaded: an SVG illustration as a 1600 px PNG, a video (WebM, MP4) or captions (WebVTT) as they
 * are. Any other kind is a content error naming the file.
 */
async function mediaFile(
  id: string,
  data: Buffer,
  file: string,
): Promise<{ data: Buffer; mimetype: string; name: string }> {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase()
  if (extension === 'svg')
    return {
      data: await sharp(data, { density: 96 }).resize({ width: 1600 }).png().toBuffer(),
      mimetype: 'image/png',
      name: `${id}.png`,
    }
  const kinds: Record<string, string> = { webm: 'video/webm', mp4: 'video/mp4', vtt: 'text/vtt' }
  const mimetype = extension ? kinds[extension] : undefined
  if (!mimetype)
    throw new ContentError(`content/media.yaml: ${id}: file "${file}" is no SVG, WebM, MP4 or WebVTT file.`)
  return { data, mimetype, name: `${id}.${extension}` }
}
