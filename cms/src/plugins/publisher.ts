import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { SiteBuilds } from '../collections/SiteBuilds'
import { SiteChanges, type SiteChangeOperation } from '../collections/SiteChanges'
import { SitePreviews } from '../collections/SitePreviews'

/** What the hooks read of any entry: its id, its publication state, and the field a reader sees as its name. */
type Entry = { id: number | string; _status?: 'draft' | 'published' | null } & Record<string, unknown>

const draftSaveKey = (slug: string) => `publisher:draftSave:${slug}`

const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug => slug in payload.collections

/**
 * Remembers whether this save only stores a draft (autosave, `draft: true`): Payload then writes a version and leaves
 * the published entry — the one the site shows — untouched. Mirrors Payload's own test (a draft save that sets
 * `_status: 'published'` publishes). Runs after the collection's own beforeOperation hooks, which may force a draft.
 */
const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, collection, context }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
  context[draftSaveKey(collection.slug)] = Boolean(draft) && data?._status !== 'published'
  return args
}

/** Whether any version of the entry was ever published: taking back a never-published draft changes no page. */
async function everPublished(req: PayloadRequest, slug: string, id: number | string): Promise<boolean> {
  if (!isCollectionSlug(req.payload, slug)) return true
  const { totalDocs } = await req.payload.countVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

function titleOf(doc: Entry, field: string | undefined): string | undefined {
  const value = field ? doc[field] : undefined
  if (typeof value === 'string') return value.slice(0, 200)
  if (typeof value === 'number') return String(value)
  return undefined
}

/** One pending row in site-changes, in the transaction of the save itself: a save that rolls back leaves none. */
async function recordChange(
  req: PayloadRequest,
  change: { operation: SiteChangeOperation; target: string; entryId?: number | string; entryTitle?: string },
): Promise<void> {
  await req.payload.create({
    collection: 'site-changes',
    data: {
      status: 'pending',
      operation: change.operation,
      target: change.target,
      entryId: change.entryId === undefined ? undefined : String(change.entryId),
      entryTitle: change.entryTitle,
      user: req.user?.collection === 'users' ? req.user.id : undefined,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * afterChange of every collection on the site: a publish, an unpublish (published → draft) or any save of a
 * collection without drafts tells the publisher. A draft save does not: the site shows only published entries.
 */
const notifyPublisher =
  (drafts: boolean, titleField: string | undefined): CollectionAfterChangeHook<Entry> =>
  async ({ doc, req, collection, context }) => {
    let operation: SiteChangeOperation = 'changed'
    if (drafts) {
      if (context[draftSaveKey(collection.slug)] === true) return doc
      if (doc._status === 'published') operation = 'published'
      else if (await everPublished(req, collection.slug, doc.id)) operation = 'unpublished'
      else return doc
    }
    await recordChange(req, {
      operation,
      target: collection.slug,
      entryId: doc.id,
      entryTitle: titleOf(doc, titleField),
    })
    return doc
  }

/** afterDelete: deleting an entry the site shows (the published one; drafts never reach the site). */
const notifyPublisherOfDeletion =
  (drafts: boolean, titleField: string | undefined): CollectionAfterDeleteHook<Entry> =>
  async ({ doc, req, collection }) => {
    if (drafts && doc._status !== 'published') return doc
    await recordChange(req, {
      operation: 'deleted',
      target: collection.slug,
      entryId: doc.id,
      entryTitle: titleOf(doc, titleField),
    })
    return doc
  }

/** afterChange of every global: a published change (globals here have no drafts; a draft save would not count). */
const notifyPublisherOfGlobal: GlobalAfterChangeHook = async ({ doc, req, global }) => {
  const status = (doc as { _status?: string } | null)?._status
  const drafts = Boolean(typeof global.versions === 'object' && global.versions.drafts)
  if (drafts && status !== 'published') return
  await recordChange(req, { operation: 'changed', target: global.slug })
}

function withSiteHooks(collection: CollectionConfig): CollectionConfig {
  const drafts = Boolean(typeof collection.versions === 'object' && collection.versions.drafts)
  const titleField = collection.admin?.useAsTitle
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: drafts ? [...(hooks.beforeOperation ?? []), rememberDraftSave] : hooks.beforeOperation,
      afterChange: [...(hooks.afterChange ?? []), notifyPublisher(drafts, titleField)],
      afterDelete: [...(hooks.afterDelete ?? []), notifyPublisherOfDeletion(drafts, titleField)],
    },
  }
}

const withGlobalHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), notifyPublisherOfGlobal] },
})

/**
 * Publishing goes live by itself. Every collection and global the site shows tells the publisher
 * (scripts/lib/publisher.ts) what changed, as a row in `site-changes`; the publisher claims the pending rows, builds
 * the site and reports into `site-builds`, which the dashboard shows ("Site-Status"). The CMS never imports the site
 * or the scripts: the publisher talks to it over REST only. `notOnSite` names the collections the site never shows.
 */
export const publisher =
  ({ notOnSite }: { notOnSite: string[] }): Plugin =>
  (config) => {
    const skipped = new Set(notOnSite)
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          skipped.has(collection.slug) ? collection : withSiteHooks(collection),
        ),
        SiteChanges,
        SiteBuilds,
        SitePreviews,
      ],
      globals: (config.globals ?? []).map(withGlobalHooks),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/components/SiteStatus#SiteStatus'],
        },
      },
    }
  }
