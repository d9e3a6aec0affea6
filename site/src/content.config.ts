import { defineCollection } from 'astro:content'
import { cmsCollectionLoader, cmsGlobalLoader } from './loaders/cms.ts'
import * as schemas from './loaders/schemas.ts'

export const collections = {
  pages: defineCollection({ loader: cmsCollectionLoader('pages', schemas.pageSchema) }),
  topics: defineCollection({ loader: cmsCollectionLoader('topics', schemas.topicSchema) }),
  documents: defineCollection({ loader: cmsCollectionLoader('documents', schemas.documentSchema) }),
  events: defineCollection({ loader: cmsCollectionLoader('events', schemas.eventSchema) }),
  organisations: defineCollection({ loader: cmsCollectionLoader('organisations', schemas.organisationSchema) }),
  activityFields: defineCollection({ loader: cmsCollectionLoader('activity-fields', schemas.activityFieldSchema) }),
  indicators: defineCollection({ loader: cmsCollectionLoader('indicators', schemas.indicatorSchema) }),
  contacts: defineCollection({ loader: cmsCollectionLoader('contacts', schemas.contactSchema) }),
  networks: defineCollection({ loader: cmsCollectionLoader('networks', schemas.networkSchema) }),
  media: defineCollection({ loader: cmsCollectionLoader('media', schemas.mediaSchema) }),
  navigation: defineCollection({ loader: cmsGlobalLoader('navigation', schemas.navigationSchema) }),
  siteSettings: defineCollection({ loader: cmsGlobalLoader('site-settings', schemas.siteSettingsSchema) }),
  alertBanner: defineCollection({ loader: cmsGlobalLoader('alert-banner', schemas.alertBannerSchema) }),
}
