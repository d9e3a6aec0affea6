import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { locales, sourceLocale } from '@ki/contract'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { cityFavicon, portalName } from './admin/cityMark'
import { germanDates, germanDateTimeFormat } from './admin/germanDates'
import { answerPublicErrorsAsThrown } from './admin/publicErrors'
import { sieTranslations, withSieTexts } from './admin/translations'
import { ActivityFields } from './collections/ActivityFields'
import { Contacts } from './collections/Contacts'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Indicators } from './collections/Indicators'
import { Media } from './collections/Media'
import { Networks } from './collections/Networks'
import { Organisations } from './collections/Organisations'
import { SearchMisses } from './collections/SearchMisses'
import { SearchSynonyms } from './collections/SearchSynonyms'
import { ReaderMessages } from './collections/ReaderMessages'
import { deleteReaderPersonalDataTask } from './collections/ReaderMessages/deletePersonalData'
import { nightlySiteBuildTask } from './collections/SiteChanges/nightly'
import { Pages } from './collections/Pages'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { invitations } from './invitations'
import { msoAdmin } from './admin/msoAdmin'
import { answerBadBodies } from './hooks/answerBadBodies'
import { answerDatabaseUnavailable } from './hooks/answerDatabaseUnavailable'
import { mailAdapter } from './mail'
// Payload's generated types for `payload` itself (the generated file in the contract declares no module).
import type {} from './payload-generated'
import { boundedQueryCost } from './graphql/queryCost'
import { AlertBanner } from './globals/AlertBanner'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { apiCache } from './plugins/apiCache'
import { existingRelations } from './plugins/existingRelations'
import { fieldLimits } from './plugins/fieldLimits'
import { msoSelfService } from './mso'
import { plainJsonFields } from './plugins/plainJsonFields'
import { adminOrigins, apiReaderOrigins } from './origins'
import { publisher } from './plugins/publisher'
import { reviewWorkflow } from './plugins/workflow'
import { safeLinks } from './plugins/safeLinks'
import { translationExchange } from './translations/xliff/plugin'
import { scheduledPublishing } from './scheduling'
import { requireSecret } from './secret'
import { formatMegabytes, uploadLimitBytes } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL || '',
  secret: requireSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ` – ${portalName}`,
      description: `Redaktion des ${portalName}`,
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: cityFavicon }],
    },
    avatar: 'default',
    dateFormat: germanDateTimeFormat,
    components: {
      graphics: { Logo: '/admin/CityLogo#CityLogo', Icon: '/admin/CityIcon#CityIcon' },
      // The scheduling drawer shows our German refusals as errors, not as "geplant" (scheduling/); new entries open
      // in German, whatever content language the admin remembers (admin/NewEntriesInGerman.tsx).
      providers: [
        '/scheduling/ShowScheduleRefusals#ShowScheduleRefusals',
        '/admin/NewEntriesInGerman#NewEntriesInGerman',
      ],
      // "Übersetzungen: Arbeitsliste": per language what is missing, outdated (with the German change) or partial.
      views: {
        translations: { Component: '/components/TranslationsWorklist#TranslationsWorklist', path: '/uebersetzungen' },
        // Payload's login page with a field for the code of the Zwei-Faktor-Anmeldung (auth/totp/).
        login: { Component: '/auth/totp/LoginView#LoginView', path: '/login' },
      },
      afterNavLinks: ['/components/TranslationsWorklist/NavLink#TranslationsNavLink'],
    },
    timezones: { defaultTimezone: 'Europe/Berlin', supportedTimezones: [{ label: 'Berlin', value: 'Europe/Berlin' }] },
  },
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
    SearchSynonyms,
    ReaderMessages,
    Users,
  ],
  globals: [Navigation, SiteSettings, AlertBanner],
  upload: {
    limits: { fileSize: uploadLimitBytes() },
    abortOnLimit: true,
    responseOnLimit: `Die Datei ist zu groß: höchstens ${formatMegabytes(uploadLimitBytes())} MB.`,
  },
  // German only: an editor whose browser asks for English must not get Payload's English texts beside our labels.
  i18n: { supportedLanguages: { de }, fallbackLanguage: 'de', translations: { de: sieTranslations } },
  // Every error a hook throws for editors (German, public) reaches them as thrown, at its field where it names one.
  // A body that is not a JSON object, or a form that cannot be read, is the client's error: 400, not 500.
  // A database briefly unreachable is said so (503), not "Something went wrong.".
  hooks: { afterError: [answerPublicErrorsAsThrown, answerBadBodies, answerDatabaseUnavailable] },
  editor: withSieTexts(lexicalEditor()),
  localization: {
    locales: locales.map(({ code, label, rtl }) => ({ code, label, rtl })),
    defaultLocale: sourceLocale,
    fallback: true,
  },
  db: databaseAdapter(),
  // SMTP (SMTP_HOST …) or, without it, .eml files in <DATA_DIR>/outbox: mail/index.ts.
  email: mailAdapter(),
  // Scheduled publish and unpublish (versions.drafts.schedulePublish) run in this process: scheduling/index.ts; so
  // does the daily deletion of readers' personal data after their message is closed (collections/ReaderMessages/).
  jobs: { ...scheduledPublishing, tasks: [deleteReaderPersonalDataTask, nightlySiteBuildTask()] },
  sharp,
  // Requests asking for too many fields, aliases, levels or documents are refused before they run.
  graphQL: { disablePlaygroundInProduction: true, validationRules: boundedQueryCost },
  // The generated types belong to the contract, which the site reads too; the CMS augments `payload` with them
  // itself (payload-generated.ts), so the generated file declares no module.
  typescript: { outputFile: path.resolve(dirname, '../contract/src/payload-types.ts'), declare: false },
  // The session cookie counts only from the admin's own origins; browsers read answers from those and the site.
  csrf: adminOrigins(),
  cors: apiReaderOrigins(),
  plugins: [
    // Every text, rich-text and JSON field has a length limit, on every save (drafts too), German at the field.
    fieldLimits(),
    // Every relationship and upload must point at an entry that exists: checked in each field's validation.
    existingRelations(),
    // JSON fields are plain text areas: Payload's Monaco editor would be fetched from cdn.jsdelivr.net.
    plainJsonFields(),
    // Every rich-text link goes to https://, http://, mailto:, tel: or this site (fields/url.ts), never javascript:.
    safeLinks(),
    // Entwurf → In Prüfung → Veröffentlicht → Archiviert, for the collections with the workflow fields.
    reviewWorkflow(),
    // Accounts for organisations: "Zugang einladen" in an organisation's entry, accepted through the mailed link.
    invitations(),
    publisher({ notOnSite: ['users', 'search-misses', 'reader-messages', 'invitations'] }),
    // Organisations keep their entries current: submitted changes compared, decisions mailed, yearly confirmation.
    msoSelfService(),
    // An organisation account's admin: its organisation and events only, drafts and "Zur Prüfung einreichen".
    msoAdmin(),
    // "Übersetzungen austauschen": XLIFF 2.0 export and import for translators (translations/xliff/).
    translationExchange(),
    // German dates and 24-hour time in every date picker, the plugins' collections included.
    germanDates(),
    // Every write empties the REST read cache (api-cache/), uploads included; last, so that it sees every collection.
    apiCache({ unreadByAnonymous: ['search-misses', 'reader-messages', 'site-previews'] }),
  ],
  telemetry: false,
})
