import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { SiteSettings } from './globals/SiteSettings'
import { locales, sourceLocale } from './i18n/locales'
import { requireSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL || '',
  secret: requireSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – KI Portal' },
  },
  collections: [Pages, Topics, Media, Users],
  globals: [SiteSettings],
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
  telemetry: false,
})
