/**
 * Everything the templates read from the content layer, loaded once per build.
 */
import { getCollection, getEntry, type CollectionKey } from 'astro:content'
import { buildRequest } from '#/build/request.ts'
import { indexPages, type PageIndex } from '#/lib/pages/pages.ts'
import type {
  ActivityField,
  AlertBanner,
  CmsDocument,
  CmsEvent,
  Contact,
  Indicator,
  Media,
  Navigation,
  Network,
  Organisation,
  Page,
  SiteSettings,
  Topic,
} from '#/loaders/schemas.ts'

export type SiteData = {
  pages: Page[]
  pageIndex: PageIndex
  topics: Topic[]
  documents: CmsDocument[]
  events: CmsEvent[]
  organisations: Organisation[]
  activityFields: ActivityField[]
  indicators: Indicator[]
  contacts: Contact[]
  networks: Network[]
  media: Media[]
  navigation: Navigation
  siteSettings: SiteSettings
  alertBanner: AlertBanner
  /**
   * The moment of the build (the build request's `now`, else when the content was read): "upcoming" and the alert
   * banner's time window are judged against it.
   */
  builtAt: Date
}

let cached: Promise<SiteData> | undefined

async function global<T>(collection: 'navigation' | 'siteSettings' | 'alertBanner', id: string): Promise<T> {
  const entry = await getEntry(collection, id)
  if (!entry) throw new Error(`CMS global "${id}" was not loaded`)
  return entry.data as T
}

async function load(): Promise<SiteData> {
  const data = async <T>(collection: CollectionKey) => (await getCollection(collection)).map((entry) => entry.data as T)
  const pages = await data<Page>('pages')
  return {
    pages,
    pageIndex: indexPages(pages),
    topics: await data<Topic>('topics'),
    documents: await data<CmsDocument>('documents'),
    events: await data<CmsEvent>('events'),
    organisations: await data<Organisation>('organisations'),
    activityFields: await data<ActivityField>('activityFields'),
    indicators: await data<Indicator>('indicators'),
    contacts: await data<Contact>('contacts'),
    networks: await data<Network>('networks'),
    media: await data<Media>('media'),
    navigation: await global<Navigation>('navigation', 'navigation'),
    siteSettings: await global<SiteSettings>('siteSettings', 'site-settings'),
    alertBanner: await global<AlertBanner>('alertBanner', 'alert-banner'),
    builtAt: new Date(buildRequest().now ?? Date.now()),
  }
}

export function siteData(): Promise<SiteData> {
  cached ??= load()
  return cached
}

/** The record with this id, or a build error naming what referred to it. */
export function byId<T extends { id: number }>(items: T[], id: number, what: string): T {
  const item = items.find((each) => each.id === id)
  if (!item) throw new Error(`${what} refers to id=${id}, which is not published`)
  return item
}
