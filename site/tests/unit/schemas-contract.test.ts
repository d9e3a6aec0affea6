/**
 * The site's schemas pinned to the CMS's generated types: renaming a CMS field, or adding an option to a select
 * field, fails the type-check (tsc -p site / astro check) here, in seconds, instead of a site build against a
 * seeded CMS. Each line says: every field the site reads exists in the CMS under that name, and every option list
 * the site accepts is exactly the CMS's.
 */
import type {
  ActivityField,
  AlertBanner,
  Contact,
  Document,
  Event,
  Indicator,
  Media,
  Navigation,
  Network,
  Organisation,
  Page,
  SiteSetting,
  Topic,
} from '@ki/contract/payload-types'
import type { z } from 'astro/zod'
import { describe, expectTypeOf, it } from 'vitest'
import type {
  activityFieldSchema,
  alertBannerSchema,
  blockSchema,
  contactSchema,
  documentSchema,
  eventSchema,
  indicatorSchema,
  mediaSchema,
  navigationSchema,
  networkSchema,
  organisationSchema,
  pageSchema,
  siteSettingsSchema,
  topicSchema,
} from '#/loaders/schemas.ts'

type Parsed<Schema extends z.ZodType> = z.infer<Schema>
/** The field names of an object type that may be missing or null. */
type Fields<T> = keyof NonNullable<T>
type CmsBlock = NonNullable<Page['layout']>[number]
type SiteBlock<Type extends CmsBlock['blockType']> = Extract<Parsed<typeof blockSchema>, { blockType: Type }>
type CmsBlockOf<Type extends CmsBlock['blockType']> = Extract<CmsBlock, { blockType: Type }>

describe('the site reads the CMS under the names and options the CMS declares', () => {
  it('events', () => {
    type Site = Parsed<typeof eventSchema>
    expectTypeOf<Fields<Site>>().toExtend<Fields<Event>>()
    expectTypeOf<Fields<Site['place']>>().toExtend<Fields<Event['place']>>()
    expectTypeOf<Fields<Site['registration']>>().toExtend<Fields<Event['registration']>>()
    expectTypeOf<Fields<Site['recurrence']>>().toExtend<Fields<Event['recurrence']>>()
    expectTypeOf<Site['status']>().toEqualTypeOf<Event['status']>()
    expectTypeOf<NonNullable<Site['place']['district']>>().toEqualTypeOf<NonNullable<Event['place']['district']>>()
  })

  it('organisations', () => {
    type Site = Parsed<typeof organisationSchema>
    expectTypeOf<Fields<Site>>().toExtend<Fields<Organisation>>()
    expectTypeOf<Fields<Site['address']>>().toExtend<Fields<Organisation['address']>>()
    expectTypeOf<Fields<Site['contact']>>().toExtend<Fields<Organisation['contact']>>()
    expectTypeOf<Site['district']>().toEqualTypeOf<Organisation['district']>()
  })

  it('documents', () => {
    type Site = Parsed<typeof documentSchema>
    expectTypeOf<Fields<Site>>().toExtend<Fields<Document>>()
    expectTypeOf<Site['type']>().toEqualTypeOf<Document['type']>()
  })

  it('indicators', () => {
    type Site = Parsed<typeof indicatorSchema>
    expectTypeOf<Fields<Site>>().toExtend<Fields<Indicator>>()
    expectTypeOf<Fields<NonNullable<Site['values']>[number]>>().toExtend<
      Fields<NonNullable<Indicator['values']>[number]>
    >()
    expectTypeOf<Site['area']>().toEqualTypeOf<Indicator['area']>()
    expectTypeOf<Site['unit']>().toEqualTypeOf<Indicator['unit']>()
  })

  it('contacts, networks, topics, fields of activity, media', () => {
    expectTypeOf<Fields<Parsed<typeof contactSchema>>>().toExtend<Fields<Contact>>()
    expectTypeOf<Parsed<typeof contactSchema>['kind']>().toEqualTypeOf<Contact['kind']>()
    expectTypeOf<Fields<Parsed<typeof networkSchema>>>().toExtend<Fields<Network>>()
    expectTypeOf<Parsed<typeof networkSchema>['level']>().toEqualTypeOf<Network['level']>()
    expectTypeOf<Fields<Parsed<typeof topicSchema>>>().toExtend<Fields<Topic>>()
    expectTypeOf<Fields<Parsed<typeof activityFieldSchema>>>().toExtend<Fields<ActivityField>>()
    expectTypeOf<Fields<Parsed<typeof mediaSchema>>>().toExtend<Fields<Media>>()
  })

  it('pages and their blocks', () => {
    expectTypeOf<Fields<Parsed<typeof pageSchema>>>().toExtend<Fields<Page>>()
    expectTypeOf<Parsed<typeof blockSchema>['blockType']>().toEqualTypeOf<CmsBlock['blockType']>()
    expectTypeOf<Fields<SiteBlock<'richText'>>>().toExtend<Fields<CmsBlockOf<'richText'>>>()
    expectTypeOf<Fields<SiteBlock<'callout'>>>().toExtend<Fields<CmsBlockOf<'callout'>>>()
    expectTypeOf<SiteBlock<'callout'>['tone']>().toEqualTypeOf<CmsBlockOf<'callout'>['tone']>()
    expectTypeOf<Fields<SiteBlock<'steps'>>>().toExtend<Fields<CmsBlockOf<'steps'>>>()
    expectTypeOf<Fields<SiteBlock<'steps'>['steps'][number]>>().toExtend<Fields<CmsBlockOf<'steps'>['steps'][number]>>()
    expectTypeOf<Fields<SiteBlock<'faq'>>>().toExtend<Fields<CmsBlockOf<'faq'>>>()
    expectTypeOf<Fields<SiteBlock<'faq'>['items'][number]>>().toExtend<Fields<CmsBlockOf<'faq'>['items'][number]>>()
    expectTypeOf<Fields<SiteBlock<'image'>>>().toExtend<Fields<CmsBlockOf<'image'>>>()
    expectTypeOf<Fields<SiteBlock<'video'>>>().toExtend<Fields<CmsBlockOf<'video'>>>()
    expectTypeOf<Fields<SiteBlock<'contactCard'>>>().toExtend<Fields<CmsBlockOf<'contactCard'>>>()
    expectTypeOf<Fields<SiteBlock<'documentList'>>>().toExtend<Fields<CmsBlockOf<'documentList'>>>()
    expectTypeOf<Fields<SiteBlock<'eventList'>>>().toExtend<Fields<CmsBlockOf<'eventList'>>>()
    expectTypeOf<Fields<SiteBlock<'organisationList'>>>().toExtend<Fields<CmsBlockOf<'organisationList'>>>()
    expectTypeOf<Fields<SiteBlock<'networkList'>>>().toExtend<Fields<CmsBlockOf<'networkList'>>>()
    expectTypeOf<NonNullable<SiteBlock<'networkList'>['level']>>().toEqualTypeOf<
      NonNullable<CmsBlockOf<'networkList'>['level']>
    >()
  })

  it('globals: navigation, site settings, alert banner', () => {
    type SiteNavigation = Parsed<typeof navigationSchema>
    expectTypeOf<Fields<SiteNavigation>>().toExtend<Fields<Navigation>>()
    expectTypeOf<Fields<NonNullable<SiteNavigation['header']>[number]>>().toExtend<
      Fields<NonNullable<Navigation['header']>[number]>
    >()
    type Settings = Parsed<typeof siteSettingsSchema>
    expectTypeOf<Fields<Settings>>().toExtend<Fields<SiteSetting>>()
    expectTypeOf<Fields<Settings['address']>>().toExtend<Fields<SiteSetting['address']>>()
    expectTypeOf<Fields<Settings['legalPages']>>().toExtend<Fields<SiteSetting['legalPages']>>()
    expectTypeOf<Fields<Parsed<typeof alertBannerSchema>>>().toExtend<Fields<AlertBanner>>()
    expectTypeOf<Parsed<typeof alertBannerSchema>['priority']>().toEqualTypeOf<AlertBanner['priority']>()
  })
})
