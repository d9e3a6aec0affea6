/**
 * Child process of `npm run bench`: loads the synthetic corpus into the database named by DATABASE_URI and
 * measures what needs Payload's own connection.
 *
 *   node --import tsx scripts/bench/load-corpus.ts '<json options>'   (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET set)
 *
 * 1. migrates the fresh database and seeds the demo content (topics, fields of work, settings the site needs; not timed as import);
 * 2. imports the corpus through the Local API the way editors' saves arrive: create in German, then one update per
 *    translation, each published (timed: the import rate);
 * 3. baseline: reads back every row the import wrote and inserts the same rows again in one transaction;
 * 4. baseline for the REST cases: the same reads as SQL on the same connection, at concurrency 1 and 16;
 * and writes a JSON result to the file named in the options.
 */
import { writeFileSync } from 'node:fs'

import { CONTENT_DIR } from '../lib/paths'
import { generateCorpus, saveCount, type Kind, type Locale, type Plan } from './corpus'
import { measureDirect, openDb, type QuerySamples } from './database'
import type { Latency } from './latency'

export type { QuerySamples } from './database'

export type LoadOptions = {
  size: number
  seed: number
  anchor: string
  out: string
  requests: number
  skipDirect?: boolean
}
export type LoadResult = {
  database: 'sqlite' | 'postgres'
  demoSeedSeconds: number
  import: {
    entries: number
    saves: number
    seconds: number
    entriesPerSecond: number
    perKind: Record<string, { entries: number; seconds: number; entriesPerSecond: number }>
  }
  bulk: {
    rows: number
    entries: number
    deleteSeconds: number
    insertSeconds: number
    entriesPerSecond: number
    rowsPerSecond: number
  }
  samples: QuerySamples
  direct: Record<keyof QuerySamples, { c1: Latency; c16: Latency }> | null
  publishTarget: { id: number; slug: string; title: string }
}

// `payload` resolves from cms/ only (pnpm): its types come through the CMS's own Local API module.
type Payload = Awaited<ReturnType<typeof import('../../cms/src/local').openPayload>>
type CollectionSlug = Parameters<Payload['create']>[0]['collection']

const context = { seeding: true }
const DRAFTS: Kind[] = ['pages', 'documents', 'events', 'organisations']

type Ids = { topics: number[]; fields: number[]; organisations: number[]; pages: number[] }

/** A plan's non-localized data with its relation indexes turned into ids. */
function sharedData(
  plan: Plan,
  ids: Ids,
  berlinToUtc: (local: string, where: string) => string,
): Record<string, unknown> {
  const { relations: rel, shared } = plan
  const pick = (list: number[], index: number) => list[index % list.length]
  switch (plan.kind) {
    case 'pages':
      return {
        ...shared,
        key: plan.key,
        topic: pick(ids.topics, rel.topics![0]),
        parent: rel.parent === undefined ? undefined : ids.pages[rel.parent],
      }
    case 'documents':
      return { ...shared, slug: plan.key, topics: rel.topics!.map((index) => pick(ids.topics, index)), sample: true }
    case 'events': {
      const { start, end, rule, ...rest } = shared as { start: string; end: string; rule?: string }
      return {
        ...rest,
        slug: plan.key,
        start: berlinToUtc(start, plan.key),
        start_tz: 'Europe/Berlin',
        end: berlinToUtc(end, plan.key),
        end_tz: 'Europe/Berlin',
        recurrence: { rule },
        topics: rel.topics!.map((index) => pick(ids.topics, index)),
        organiser: rel.organiser === undefined ? undefined : ids.organisations[rel.organiser],
        sample: true,
      }
    }
    case 'organisations':
      return {
        ...shared,
        slug: plan.key,
        fields: rel.activityFields!.map((index) => pick(ids.fields, index)),
        sample: true,
      }
    case 'indicators':
      return {
        ...shared,
        code: plan.key,
        slug: plan.key.toLowerCase(),
        topic: pick(ids.topics, rel.topics![0]),
        sample: true,
      }
  }
}

async function importCorpus(payload: Payload, options: LoadOptions) {
  const { berlinToUtc } = await import('../../cms/src/seed')
  const { renderSamplePdf } = await import('../../cms/src/seed/pdf')
  const corpus = generateCorpus({ size: options.size, seed: options.seed, anchor: options.anchor })
  const byId = async (collection: CollectionSlug) =>
    (
      await payload.find({
        collection,
        depth: 0,
        limit: 0,
        pagination: false,
        sort: 'id',
        overrideAccess: true,
        select: {},
      })
    ).docs.map((doc: { id: number | string }) => Number(doc.id))
  const ids: Ids = { topics: await byId('topics'), fields: await byId('activity-fields'), organisations: [], pages: [] }
  const pdfs = await Promise.all(
    corpus.pdfs.map((pdf) =>
      renderSamplePdf({ title: pdf.title, publisher: 'Stadt Oberhausen', year: 2026, pages: pdf.pages }),
    ),
  )
  const created: { plan: Plan; id: number }[] = []
  const perKind: Record<string, { entries: number; seconds: number; entriesPerSecond: number }> = {}
  const started = performance.now()
  let lastReport = started
  for (const [index, plan] of corpus.entries.entries()) {
    const kindStarted = performance.now()
    const status = DRAFTS.includes(plan.kind) ? { _status: 'published' } : {}
    const collection = plan.kind as CollectionSlug
    const pdf = plan.relations.pdf === undefined ? undefined : pdfs[plan.relations.pdf]
    const doc = await payload.create({
      collection,
      data: { ...sharedData(plan, ids, berlinToUtc), ...plan.localized.de, ...status } as never,
      locale: 'de',
      overrideAccess: true,
      context,
      ...(pdf ? { file: { data: pdf, mimetype: 'application/pdf', name: `${plan.key}.pdf`, size: pdf.length } } : {}),
    })
    for (const [locale, data] of Object.entries(plan.localized) as [Locale, Record<string, unknown>][]) {
      if (locale === 'de') continue
      await payload.update({
        collection,
        id: doc.id,
        data: { ...data, ...status } as never,
        locale,
        overrideAccess: true,
        context,
      })
    }
    const id = Number(doc.id)
    if (plan.kind === 'organisations') ids.organisations.push(id)
    if (plan.kind === 'pages') ids.pages.push(id)
    created.push({ plan, id })
    const tally = (perKind[plan.kind] ??= { entries: 0, seconds: 0, entriesPerSecond: 0 })
    tally.entries++
    tally.seconds += (performance.now() - kindStarted) / 1000
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now()
      console.log(
        `  … ${index + 1}/${corpus.entries.length} entries in ${((lastReport - started) / 1000).toFixed(0)} s`,
      )
    }
  }
  const seconds = (performance.now() - started) / 1000
  for (const tally of Object.values(perKind)) tally.entriesPerSecond = round(tally.entries / tally.seconds)
  return { corpus, created, ids, seconds, perKind }
}

const round = (value: number) => Math.round(value * 100) / 100

/** Query parameters that the REST cases and the direct SQL share: the same ids, cycled. */
function querySamples(created: { plan: Plan; id: number }[], ids: Ids, anchor: string): QuerySamples {
  const of = (kind: Kind) => created.filter((entry) => entry.plan.kind === kind)
  const from = new Date(`${anchor}-01T00:00:00Z`).toISOString()
  return {
    list: ids.topics.slice(0, 10).map((topic) => ({ topic, from })),
    detail: of('documents')
      .slice(0, 50)
      .map(({ id }) => ({ id })),
    localized: of('pages')
      .filter(({ plan }) => Object.keys(plan.localized).length > 1)
      .slice(0, 50)
      .map(({ plan, id }) => ({ id, locale: Object.keys(plan.localized).find((locale) => locale !== 'de')! })),
  }
}

async function main() {
  const options = JSON.parse(process.argv[2]) as LoadOptions
  const { openPayload, migrate } = await import('../../cms/src/local')
  const { Seeder } = await import('../../cms/src/seed')
  const payload = await openPayload()
  await migrate(payload)
  const seedStarted = performance.now()
  await new Seeder(payload, CONTENT_DIR).run()
  const demoSeedSeconds = (performance.now() - seedStarted) / 1000
  console.log(
    `  demo content seeded in ${demoSeedSeconds.toFixed(1)} s; importing ${options.size} entries through the Local API …`,
  )

  const { corpus, created, ids, seconds, perKind } = await importCorpus(payload, options)
  const entries = corpus.entries.length
  console.log(`  imported ${entries} entries (${saveCount(corpus)} saves) in ${seconds.toFixed(1)} s`)

  const db = openDb(payload)
  const snapshot = await db.snapshot()
  const contentTables = [
    'pages',
    'documents',
    'events',
    'organisations',
    'indicators',
    'topics',
    'activity_fields',
    'contacts',
    'networks',
    'media',
  ]
  const allEntries = contentTables.reduce((sum, table) => sum + (snapshot.get(table)?.length ?? 0), 0)
  const bulk = await db.reinsert(snapshot)
  console.log(
    `  bulk baseline: ${bulk.rows} rows (${allEntries} entries incl. demo content) in ${bulk.insertSeconds.toFixed(2)} s`,
  )

  const samples = querySamples(created, ids, options.anchor)
  const direct = options.skipDirect ? null : await measureDirect(db, samples, options.requests)

  const event = created.find(({ plan }) => plan.kind === 'events' && !plan.shared.rule)!
  const result: LoadResult = {
    database: db.kind,
    demoSeedSeconds: round(demoSeedSeconds),
    import: {
      entries,
      saves: saveCount(corpus),
      seconds: round(seconds),
      entriesPerSecond: round(entries / seconds),
      perKind,
    },
    bulk: {
      rows: bulk.rows,
      entries: allEntries,
      deleteSeconds: round(bulk.deleteSeconds),
      insertSeconds: round(bulk.insertSeconds),
      entriesPerSecond: round(allEntries / bulk.insertSeconds),
      rowsPerSecond: round(bulk.rows / bulk.insertSeconds),
    },
    samples,
    direct,
    publishTarget: { id: event.id, slug: event.plan.key, title: String(event.plan.localized.de!.title) },
  }
  writeFileSync(options.out, JSON.stringify(result, null, 2))
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? String(error))
  process.exit(1)
})
