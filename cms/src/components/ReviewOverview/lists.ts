import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { isWorkflowCollection, workflowCollections, type WorkflowCollection } from '../../hooks/workflow/transition'

/** One line of a dashboard list: an entry (or a build) with a link into the admin. */
export type ListedEntry = { key: string; label: string; kind: string; href: string; when?: string; who?: string }

/** A list with everything that matched: the dashboard shows `total` even when it lists only the first `entries`. */
export type DashboardList = { entries: ListedEntry[]; total: number }

/** Rows per list on the dashboard; a longer list says how many more there are and links to all of them. */
export const LIST_LENGTH = 10

const collectionNames: Record<WorkflowCollection, string> = {
  pages: 'Seite',
  documents: 'Dokument',
  events: 'Veranstaltung',
  organisations: 'Organisation',
}

type User = PayloadRequest['user']

const emailOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'email' in value && typeof value.email === 'string'
    ? value.email
    : undefined

function titleOf(doc: { id: number | string } & ({ title: string } | { name: string })): string {
  return 'title' in doc ? doc.title : doc.name
}

/** Entries of every workflow collection matching `where`, newest versions (`draft`) or the published ones. */
async function entries(
  payload: Payload,
  user: User,
  { where, draft, sort, when }: { where: Where; draft: boolean; sort: string; when: 'submittedAt' | 'reviewBy' },
): Promise<DashboardList> {
  const admin = payload.config.routes.admin
  const found = await Promise.all(
    workflowCollections.map(async (slug) => {
      const result = await payload.find({
        collection: slug,
        where,
        draft,
        sort,
        limit: LIST_LENGTH,
        depth: 1,
        locale: 'de',
        user,
        overrideAccess: false,
      })
      return {
        total: result.totalDocs,
        entries: result.docs.map((doc): ListedEntry & { at: string } => ({
          key: `${slug}-${doc.id}`,
          label: titleOf(doc),
          kind: collectionNames[slug],
          href: `${admin}/collections/${slug}/${doc.id}`,
          at: (when === 'reviewBy' ? doc.reviewBy : doc.workflow?.submittedAt) ?? '',
          when: (when === 'reviewBy' ? doc.reviewBy : doc.workflow?.submittedAt) ?? undefined,
          who: emailOf(doc.workflow?.submittedBy),
        })),
      }
    }),
  )
  const merged = found
    .flatMap((list) => list.entries)
    .sort((a, b) => (a.when ?? '').localeCompare(b.when ?? ''))
    .slice(0, LIST_LENGTH)
  return { entries: merged, total: found.reduce((sum, list) => sum + list.total, 0) }
}

/** "In Prüfung": the newest version of each entry waits for a second person. Oldest submission first. */
export const inReview = (payload: Payload, user: User) =>
  entries(payload, user, {
    where: { 'workflow.state': { equals: 'review' } },
    draft: true,
    sort: 'workflow.submittedAt',
    when: 'submittedAt',
  })

/** "Prüfung überfällig": published entries whose "prüfen bis" date has passed. They stay on the site. */
export const overdueForReview = (payload: Payload, user: User, now = new Date()) =>
  entries(payload, user, {
    where: { and: [{ _status: { equals: 'published' } }, { reviewBy: { less_than: now.toISOString() } }] },
    draft: false,
    sort: 'reviewBy',
    when: 'reviewBy',
  })

const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug => slug in payload.collections

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * "Geplant": scheduled publishes and unpublishes waiting in Payload's jobs queue (task `schedulePublish`, the one
 * Payload's own "Veröffentlichung planen" queues). `undefined` when this installation has no jobs queue.
 */
export async function scheduled(payload: Payload): Promise<DashboardList | undefined> {
  // A string, not the literal: the generated types know the jobs collection only once a queue is configured.
  const slug: string = 'payload-jobs'
  if (!isCollectionSlug(payload, slug)) return undefined
  const admin = payload.config.routes.admin
  const result = await payload.find({
    collection: slug,
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: LIST_LENGTH,
    depth: 0,
    // The queue is Payload's own collection, readable by admins only; editors see what is planned here.
    overrideAccess: true,
  })
  const listed = result.docs.flatMap((job): ListedEntry[] => {
    const input: unknown = 'input' in job ? job.input : undefined
    const waitUntil: unknown = 'waitUntil' in job ? job.waitUntil : undefined
    if (!isRecord(input)) return []
    const type = input.type === 'unpublish' ? 'Zurückziehen' : 'Veröffentlichen'
    const doc = isRecord(input.doc) ? input.doc : undefined
    const target =
      doc && typeof doc.relationTo === 'string' ? doc.relationTo : typeof input.global === 'string' ? input.global : ''
    const id = doc && (typeof doc.value === 'string' || typeof doc.value === 'number') ? doc.value : undefined
    const kind = isWorkflowCollection(target) ? collectionNames[target] : target
    return [
      {
        key: `job-${job.id}`,
        label: `${type}: ${kind}${id === undefined ? '' : ` #${id}`}`,
        kind: type,
        href: id === undefined ? `${admin}/globals/${target}` : `${admin}/collections/${target}/${id}`,
        when: typeof waitUntil === 'string' ? waitUntil : undefined,
      },
    ]
  })
  return { entries: listed, total: result.totalDocs }
}

/** "Fehlgeschlagene Bauten": the newest failed site builds, with their reason. */
export async function failedBuilds(payload: Payload, user: User): Promise<DashboardList> {
  const admin = payload.config.routes.admin
  const result = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'failed' } },
    sort: '-startedAt',
    limit: LIST_LENGTH,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return {
    total: result.totalDocs,
    entries: result.docs.map((build) => ({
      key: `build-${build.id}`,
      label: build.error ?? 'Fehler ohne Angabe',
      kind: build.trigger ?? 'Bau',
      href: `${admin}/collections/site-builds/${build.id}`,
      when: build.startedAt,
    })),
  }
}

/** How many open messages the dashboard groups by page: enough for the pages that matter, bounded in cost. */
const MESSAGES_READ = 500

/** What a reader sent, in the order the dashboard names it: what needs an answer first. */
const kindNames: Record<string, string> = {
  error: 'Fehlermeldung',
  'accessible-format': 'Anfrage barrierefreie Fassung',
  'not-helpful': 'nicht hilfreich',
}

/**
 * "Offene Rückmeldungen": what readers sent that nobody has closed yet, one line per page (the page with the most
 * first), counted by kind, linking to that page's open messages. A plain "hilfreich: ja" needs no answer and is left
 * out here (the collection's list has it).
 */
export async function openReaderMessages(payload: Payload, user: User): Promise<DashboardList> {
  const admin = payload.config.routes.admin
  const result = await payload.find({
    collection: 'reader-messages',
    where: { and: [{ state: { not_equals: 'done' } }, { kind: { not_equals: 'helpful' } }] },
    sort: '-createdAt',
    limit: MESSAGES_READ,
    depth: 0,
    user,
    overrideAccess: false,
  })
  const pages = new Map<string, { count: number; newest: string; kinds: Map<string, number> }>()
  for (const message of result.docs) {
    const page = pages.get(message.pageAddress) ?? { count: 0, newest: message.createdAt, kinds: new Map() }
    page.count += 1
    page.kinds.set(message.kind, (page.kinds.get(message.kind) ?? 0) + 1)
    pages.set(message.pageAddress, page)
  }
  const entries = [...pages]
    .sort(([, a], [, b]) => b.count - a.count || b.newest.localeCompare(a.newest))
    .slice(0, LIST_LENGTH)
    .map(([address, page]) => ({
      key: `messages-${address}`,
      label: address,
      kind: Object.entries(kindNames)
        .filter(([kind]) => page.kinds.has(kind))
        .map(([kind, name]) => `${page.kinds.get(kind)} × ${name}`)
        .join(', '),
      href: `${admin}/collections/reader-messages?${new URLSearchParams({
        'where[pageAddress][equals]': address,
        'where[state][not_equals]': 'done',
        'where[kind][not_equals]': 'helpful',
      }).toString()}`,
      when: page.newest,
    }))
  return { entries, total: pages.size }
}
