import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ActivityFields } from './collections/ActivityFields'
import { Contacts } from './collections/Contacts'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Indicators } from './collections/Indicators'
import { Media } from './collections/Media'
import { Networks } from './collections/Networks'
import { Organisations } from './collections/Organisations'
import { SearchMisses } from './collections/SearchMisses'
import { Pages } from './collections/Pages'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { withExistingRelations } from './fields/existingRelation'
import { AlertBanner } from './globals/AlertBanner'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { apiCache } from './plugins/apiCache'
import { locales, sourceLocale } from './i18n/locales'
import { requireSecret } from './secret'
import { formatMegabytes, uploadLimitBytes } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL || '',
  secret: requireSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – KI Portal' },
    avatar: 'default',
    timezones: { defaultTimezone: 'Europe/Berlin', supportedTimezones: [{ label: 'Berlin', value: 'Europe/Berlin' }] },
  },
  // Every relationship must point at an entry that exists: checked in each field's validation.
  collections: [
    Pages,
    Topics,
    Documents,
    Events,
    Organisations,
    ActivityFields,
    Indicators,
    Contacts,
    Networks,
    Media,
    SearchMisses,
    Users,
  ].map((collection) => ({ ...collection, fields: withExistingRelations(collection.fields) })),
  globals: [Navigation, SiteSettings, AlertBanner].map((global) => ({
    ...global,
    fields: withExistingRelations(global.fields),
  })),
  upload: {
    limits: { fileSize: uploadLimitBytes() },
    abortOnLimit: true,
    responseOnLimit: `Die Datei ist zu groß: höchstens ${formatMegabytes(uploadLimitBytes())} MB.`,
  },
  i18n: { supportedLanguages: { de, en }, fallbackLanguage: 'de' },
  editor: lexicalEditor(),
  localization: {
    locales: locales.map(({ code, label, rtl }) => ({ code, label, rtl })),
    defaultLocale: sourceLocale,
    fallback: true,
  },
  db: databaseAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  cors: [process.env.SITE_URL || 'http://localhost:4321'],
  // Every write empties the REST read cache (api-cache/), uploads included; last, so that it sees every collection.
  plugins: [apiCache({ unreadByAnonymous: ['search-misses'] })],
  telemetry: false,
})
