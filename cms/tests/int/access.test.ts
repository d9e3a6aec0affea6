import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '../../src/access/roles'
import { startTestCms, type TestCms } from './payload'
import {
  contentSlugs,
  createEntry,
  createUser,
  entries,
  graphql,
  login,
  rest,
  retitleEntry,
  seedEntry,
  type ContentSlug,
  type TestUser,
} from './fixtures'

let cms: TestCms
const users = {} as Record<Role, TestUser>
/** The organisation the MSO account belongs to, and another one. */
let ownOrganisation: number
let otherOrganisation: number

beforeAll(async () => {
  cms = await startTestCms()
  ownOrganisation = (await seedEntry(cms.payload, 'organisations', 'eigen', { name: 'Eigener Verein' })).id
  otherOrganisation = (await seedEntry(cms.payload, 'organisations', 'fremd', { name: 'Anderer Verein' })).id
  users.admin = await createUser(cms.payload, 'admin@example.org', ['admin'])
  users.editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  users.translator = await createUser(cms.payload, 'uebersetzung@example.org', ['translator'])
  users.mso = await createUser(cms.payload, 'verein@example.org', ['mso'], ownOrganisation)
})
afterAll(async () => {
  await cms?.close()
})

type RoleName = 'anonymous' | Role
const roleNames: RoleName[] = ['anonymous', 'editor', 'translator', 'mso', 'admin']
const userOf = (role: RoleName) => (role === 'anonymous' ? undefined : users[role])

/** True when the call went through, false when access control refused it; any other error fails the test. */
async function allowed(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

let counter = 0
const unique = () => `m${++counter}`

type AsRole = { user: TestUser | undefined; overrideAccess: false; depth: 0 }

/** Creating and renaming, the two operations whose data differ per collection; users are the odd one out. */
type Writes = { create: () => Promise<unknown>; retitle: (id: number, title: string) => Promise<unknown> }

function contentWrites<S extends ContentSlug>(collection: S, asRole: AsRole): Writes {
  const { payload } = cms
  return {
    create: async () =>
      createEntry(payload, collection, await entries[collection].make(unique()), {
        locale: 'de',
        draft: entries[collection].drafts,
        ...asRole,
      }),
    retitle: (id, title) => retitleEntry(payload, collection, id, title, { locale: 'en', ...asRole }),
  }
}

function userWrites(asRole: AsRole): Writes {
  const { payload } = cms
  return {
    create: () =>
      payload.create({
        collection: 'users',
        data: { email: `${unique()}@example.org`, password: 'geheim-und-lang-123', roles: ['editor'] },
        ...asRole,
      }),
    retitle: (id, name) => payload.update({ collection: 'users', id, data: { name }, locale: 'en', ...asRole }),
  }
}

/** What `role` may do with someone else's entries of `collection`: "crud" with "-" for each refused operation. */
async function abilities(collection: ContentSlug | 'users', role: RoleName): Promise<string> {
  const { payload } = cms
  const asRole: AsRole = { user: userOf(role), overrideAccess: false, depth: 0 }
  const writes = collection === 'users' ? userWrites(asRole) : contentWrites(collection, asRole)
  const seed = async () =>
    collection === 'users'
      ? (await createUser(payload, `${unique()}@example.org`, ['editor'])).id
      : (await seedEntry(payload, collection, unique())).id

  const create = await allowed(writes.create)
  const target = await seed()
  const read = await allowed(async () => {
    const found = await payload.find({ collection, where: { id: { equals: target } }, locale: 'de', ...asRole })
    if (found.docs.length !== 1) throw Object.assign(new Error('not visible'), { status: 404 })
  })
  // Updates are made in English: translators may change translations, never the German source.
  const update = await allowed(() => writes.retitle(target, `Changed ${unique()}`))
  const remove = await allowed(async () => payload.delete({ collection, id: await seed(), ...asRole }))
  return [create, read, update, remove].map((granted, index) => (granted ? 'crud'[index] : '-')).join('')
}

describe('access matrix (Local API, overrideAccess: false)', () => {
  it('role × collection × create/read/update/delete on entries that are not the role’s own', async () => {
    const publicContent = { anonymous: '-r--', editor: 'crud', translator: '-ru-', mso: '-r--', admin: 'crud' }
    const expected: Record<ContentSlug | 'users', Record<RoleName, string>> = {
      pages: publicContent,
      topics: publicContent,
      documents: publicContent,
      // An organisation account reads only its own organisation and events (admin/msoAdmin.ts).
      events: { ...publicContent, mso: 'c---' },
      organisations: { ...publicContent, mso: '----' },
      'activity-fields': publicContent,
      indicators: publicContent,
      contacts: publicContent,
      networks: publicContent,
      media: publicContent,
      users: { anonymous: '----', editor: '----', translator: '----', mso: '----', admin: 'crud' },
    }
    const actual = {} as Record<ContentSlug | 'users', Record<RoleName, string>>
    for (const collection of [...contentSlugs, 'users'] as const) {
      actual[collection] = {} as Record<RoleName, string>
      for (const role of roleNames) actual[collection][role] = await abilities(collection, role)
    }
    expect(actual).toEqual(expected)
  })

  it('globals: everyone reads; editors update navigation and alert banner; only admins update site settings', async () => {
    const { payload } = cms
    const actual: Record<string, Record<RoleName, string>> = {}
    type InGerman = AsRole & { locale: 'de' }
    const changes = {
      navigation: (asRole: InGerman) =>
        payload.updateGlobal({ slug: 'navigation', data: { header: [{ label: 'Start', path: '' }] }, ...asRole }),
      'alert-banner': (asRole: InGerman) =>
        payload.updateGlobal({ slug: 'alert-banner', data: { message: 'Geschlossen' }, ...asRole }),
      'site-settings': (asRole: InGerman) =>
        payload.updateGlobal({
          slug: 'site-settings',
          data: { siteName: 'KI Oberhausen', organisation: 'Stadt Oberhausen', feedbackEmail: 'a@example.org' },
          ...asRole,
        }),
    }
    for (const slug of ['navigation', 'alert-banner', 'site-settings'] as const) {
      actual[slug] = {} as Record<RoleName, string>
      for (const role of roleNames) {
        const asRole: InGerman = { user: userOf(role), overrideAccess: false, locale: 'de', depth: 0 }
        const read = await allowed(() => payload.findGlobal({ slug, ...asRole }))
        const update = await allowed(() => changes[slug](asRole))
        actual[slug][role] = `${read ? 'r' : '-'}${update ? 'u' : '-'}`
      }
    }
    expect(actual).toEqual({
      navigation: { anonymous: 'r-', editor: 'ru', translator: 'r-', mso: 'r-', admin: 'ru' },
      'alert-banner': { anonymous: 'r-', editor: 'ru', translator: 'r-', mso: 'r-', admin: 'ru' },
      'site-settings': { anonymous: 'r-', editor: 'r-', translator: 'r-', mso: 'r-', admin: 'ru' },
    })
  })
})

const draftCollections = ['pages', 'documents', 'events', 'organisations'] as const

/** Where an anonymous reader finds a draft of `collection`: counts and statuses, all zero or refused when it is hidden. */
async function draftSeenAnonymously<S extends (typeof draftCollections)[number]>(collection: S) {
  const { payload } = cms
  const { data, file } = await entries[collection].make(`entwurf-${collection}`)
  const draft = await createEntry(
    payload,
    collection,
    { data: { ...data, _status: 'draft' as const }, file },
    { draft: true, locale: 'de', depth: 0, overrideAccess: true },
  )
  const local = await payload.find({
    collection,
    where: { id: { equals: draft.id } },
    draft: true,
    locale: 'de',
    depth: 0,
    overrideAccess: false,
  })
  const byId = await allowed(() =>
    payload.findByID({ collection, id: draft.id, draft: true, locale: 'de', depth: 0, overrideAccess: false }),
  )
  const list = await rest('GET', `/api/${collection}?draft=true&depth=0&limit=100`)
  const one = await rest('GET', `/api/${collection}/${draft.id}?draft=true`)
  const versions = await rest('GET', `/api/${collection}/versions`)
  return {
    local: local.docs.length,
    byId,
    rest: (list.body.docs as { id: number }[]).filter((doc) => doc.id === draft.id).length,
    restById: one.status,
    versions: versions.status,
  }
}

describe('anonymous readers', () => {
  it('never see a draft: pages, documents, events, organisations via Local API, REST and GraphQL', async () => {
    const seen: Record<string, unknown> = {}
    for (const collection of draftCollections) seen[collection] = await draftSeenAnonymously(collection)
    const nothing = { local: 0, byId: false, rest: 0, restById: 404, versions: 403 }
    expect(seen).toEqual({ pages: nothing, documents: nothing, events: nothing, organisations: nothing })

    const onlyDrafts = 'draft: true, where: { title: { like: "entwurf" } }'
    const gql = await graphql(`{ Pages(${onlyDrafts}) { docs { title } } Events(${onlyDrafts}) { docs { title } } }`)
    const titles = gql.data as { Pages: { docs: { title: string }[] }; Events: { docs: { title: string }[] } }
    expect([titles.Pages.docs.map((doc) => doc.title), titles.Events.docs.map((doc) => doc.title)]).toEqual([[], []])
  })

  it('see the published version while an editor works on a newer draft', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'stand', { title: 'Veröffentlicht' })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Noch nicht freigegeben' },
      draft: true,
      locale: 'de',
      user: users.editor,
      overrideAccess: false,
    })
    const local = await payload.findByID({
      collection: 'pages',
      id: page.id,
      draft: true,
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    const restDraft = await rest('GET', `/api/pages/${page.id}?draft=true&locale=de`)
    const staff = await payload.findByID({
      collection: 'pages',
      id: page.id,
      draft: true,
      locale: 'de',
      depth: 0,
      user: users.editor,
      overrideAccess: false,
    })
    expect([local.title, restDraft.body.title, staff.title]).toEqual([
      'Veröffentlicht',
      'Veröffentlicht',
      'Noch nicht freigegeben',
    ])
  })

  it('never read user accounts (Local API, REST, GraphQL)', async () => {
    const local = await allowed(() => cms.payload.find({ collection: 'users', depth: 0, overrideAccess: false }))
    const list = await rest('GET', '/api/users')
    const one = await rest('GET', `/api/users/${users.admin.id}`)
    const me = await rest('GET', '/api/users/me')
    const gql = await graphql('{ Users { docs { email } } }')
    const gqlErrors = gql.errors?.map((error) => [error.path, error.extensions?.statusCode])
    expect([local, list.status, one.status, me.body.user, gql.data?.Users ?? null, gqlErrors]).toEqual([
      false,
      403,
      403,
      null,
      null,
      [[['Users'], 403]],
    ])
  })

  it('see the contact person, e-mail and phone of an organisation only when it consented', async () => {
    const { payload } = cms
    const contact = { person: 'Ayşe Yılmaz', email: 'kontakt@verein.example', phone: '0208 123456' }
    const without = await seedEntry(payload, 'organisations', 'ohne', {
      name: 'Verein ohne Zustimmung',
      contact: { ...contact, consent: false },
    })
    const withConsent = await seedEntry(payload, 'organisations', 'mit', {
      name: 'Verein mit Zustimmung',
      contact: { ...contact, consent: true },
    })
    const event = await seedEntry(payload, 'events', 'kontakt', { organiser: without.id })
    const contactOf = async (id: number) =>
      (await payload.findByID({ collection: 'organisations', id, locale: 'de', depth: 0, overrideAccess: false }))
        .contact
    const viaRest = async (id: number) => (await rest('GET', `/api/organisations/${id}`)).body.contact
    const viaEvent = (
      await payload.findByID({ collection: 'events', id: event.id, locale: 'de', depth: 1, overrideAccess: false })
    ).organiser as { contact: unknown }
    const gql = await graphql(`{ Organisation(id: ${without.id}) { contact { consent person email phone } } }`)

    expect(await contactOf(without.id)).toEqual({ consent: false })
    expect(await viaRest(without.id)).toEqual({ consent: false })
    expect(viaEvent.contact).toEqual({ consent: false })
    expect(gql.data?.Organisation).toEqual({ contact: { consent: false, person: null, email: null, phone: null } })
    expect(await contactOf(withConsent.id)).toEqual({ consent: true, ...contact })
    expect(await viaRest(withConsent.id)).toEqual({ consent: true, ...contact })
    const staff = await payload.findByID({
      collection: 'organisations',
      id: without.id,
      locale: 'de',
      depth: 0,
      user: users.editor,
      overrideAccess: false,
    })
    expect(staff.contact).toEqual({ consent: false, ...contact })
  })
})

describe('organisation accounts (mso)', () => {
  it('cannot edit another organisation (Local API and REST)', async () => {
    const { payload } = cms
    const local = await allowed(() =>
      payload.update({
        collection: 'organisations',
        id: otherOrganisation,
        data: { name: 'Übernommen' },
        locale: 'de',
        user: users.mso,
        overrideAccess: false,
      }),
    )
    const token = await login(users.mso.email)
    const viaRest = await rest('PATCH', `/api/organisations/${otherOrganisation}`, {
      token,
      json: { name: 'Übernommen' },
    })
    const other = await payload.findByID({
      collection: 'organisations',
      id: otherOrganisation,
      draft: true,
      locale: 'de',
      depth: 0,
      overrideAccess: true,
    })
    expect([local, viaRest.status, other.name]).toEqual([false, 403, 'Anderer Verein'])
  })

  it('edits its own organisation only as a draft: the published entry stays until an editor publishes', async () => {
    const { payload } = cms
    const changed = await payload.update({
      collection: 'organisations',
      id: ownOrganisation,
      data: { description: 'Wir bieten Hausaufgabenhilfe an.', _status: 'published' },
      locale: 'de',
      depth: 0,
      user: users.mso,
      overrideAccess: false,
    })
    expect(changed._status).toBe('draft')
    const published = async () =>
      (
        await payload.findByID({
          collection: 'organisations',
          id: ownOrganisation,
          locale: 'de',
          depth: 0,
          overrideAccess: false,
        })
      ).description ?? null
    expect(await published()).toBe(null)

    const review = await payload.findByID({
      collection: 'organisations',
      id: ownOrganisation,
      draft: true,
      locale: 'de',
      depth: 0,
      user: users.editor,
      overrideAccess: false,
    })
    expect([review.description, review._status]).toEqual(['Wir bieten Hausaufgabenhilfe an.', 'draft'])
    await payload.update({
      collection: 'organisations',
      id: ownOrganisation,
      data: { _status: 'published' },
      locale: 'de',
      user: users.editor,
      overrideAccess: false,
    })
    expect(await published()).toBe('Wir bieten Hausaufgabenhilfe an.')
  })

  it('submits an event for its own organisation: stored as a draft with itself as organiser', async () => {
    const { payload } = cms
    const { data } = await entries.events.make('mso')
    const event = await payload.create({
      collection: 'events',
      data: { ...data, title: 'Sprachcafé', organiser: otherOrganisation, _status: 'published' },
      locale: 'de',
      depth: 0,
      user: users.mso,
      overrideAccess: false,
    })
    const stored = await payload.findByID({
      collection: 'events',
      id: event.id,
      draft: true,
      locale: 'de',
      depth: 0,
      overrideAccess: true,
    })
    const visible = await payload.find({
      collection: 'events',
      where: { title: { equals: 'Sprachcafé' } },
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect([stored._status, stored.organiser, visible.docs.length]).toEqual(['draft', ownOrganisation, 0])
  })

  it('never reads drafts through the version history', async () => {
    const token = await login(users.mso.email)
    const statuses: Record<string, number> = {}
    for (const collection of draftCollections)
      statuses[collection] = (await rest('GET', `/api/${collection}/versions`, { token })).status
    expect(statuses).toEqual({ pages: 403, documents: 403, events: 403, organisations: 403 })
  })

  it('cannot give itself another role or organisation', async () => {
    const { payload } = cms
    await payload.update({
      collection: 'users',
      id: users.mso.id,
      data: { roles: ['editor'], organisation: otherOrganisation },
      user: users.mso,
      overrideAccess: false,
    })
    const account = await payload.findByID({ collection: 'users', id: users.mso.id, depth: 0, overrideAccess: true })
    expect([account.roles, account.organisation]).toEqual([['mso'], ownOrganisation])
  })
})

describe('translators', () => {
  const translatable = contentSlugs

  it('cannot change the German source of any collection', async () => {
    const { payload } = cms
    const refused: Record<string, string | false> = {}
    for (const collection of translatable) {
      const entry = await seedEntry(payload, collection, `quelle-${collection}`)
      try {
        await retitleEntry(payload, collection, entry.id, 'Geändert', {
          locale: 'de',
          depth: 0,
          user: users.translator,
          overrideAccess: false,
        })
        refused[collection] = false
      } catch (error) {
        refused[collection] = `${(error as { status?: number }).status}`
      }
    }
    expect(refused).toEqual(Object.fromEntries(translatable.map((collection) => [collection, '403'])))
  })

  it('cannot create or delete, but saves an English translation (and the German text stays)', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'uebersetzen', { title: 'Elternarbeit' })
    const asTranslator = { user: users.translator, overrideAccess: false, depth: 0 } as const
    const create = await allowed(() =>
      payload.create({ collection: 'pages', data: { title: 'Neu', slug: 'neu' }, locale: 'en', ...asTranslator }),
    )
    const remove = await allowed(() => payload.delete({ collection: 'pages', id: page.id, ...asTranslator }))
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Working with parents' },
      locale: 'en',
      ...asTranslator,
    })
    const [german, english] = await Promise.all(
      (['de', 'en'] as const).map((locale) =>
        payload.findByID({ collection: 'pages', id: page.id, locale, depth: 0, overrideAccess: false }),
      ),
    )
    expect([create, remove, german.title, english.title]).toEqual([
      false,
      false,
      'Elternarbeit',
      'Working with parents',
    ])
  })
  it('publishing a translation publishes only that language: a pending German draft stays a draft', async () => {
    const { payload } = cms
    const page = await seedEntry(payload, 'pages', 'entwurf-offen', { title: 'Freigegeben' })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Entwurf der Redaktion' },
      draft: true,
      locale: 'de',
      user: users.editor,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'Approved', _status: 'published' },
      user: users.translator,
      overrideAccess: false,
    })
    const read = (locale: 'de' | 'en', draft: boolean) =>
      payload.findByID({
        collection: 'pages',
        id: page.id,
        locale,
        draft,
        depth: 0,
        user: draft ? users.editor : undefined,
        overrideAccess: false,
      })
    const titles = await Promise.all([read('de', false), read('en', false), read('de', true), read('en', true)])
    expect(titles.map((doc) => doc.title)).toEqual(['Freigegeben', 'Approved', 'Entwurf der Redaktion', 'Approved'])
  })
})

describe('user management', () => {
  it('an editor cannot create, change or delete accounts; an admin can (Local API and REST)', async () => {
    const { payload } = cms
    const asEditor = { user: users.editor, overrideAccess: false, depth: 0 } as const
    const editorCreates = await allowed(() =>
      payload.create({
        collection: 'users',
        data: { email: 'neu@example.org', password: 'geheim-und-lang-123', roles: ['editor'] },
        ...asEditor,
      }),
    )
    const editorPromotes = await allowed(() =>
      payload.update({ collection: 'users', id: users.translator.id, data: { roles: ['admin'] }, ...asEditor }),
    )
    const editorDeletes = await allowed(() =>
      payload.delete({ collection: 'users', id: users.translator.id, ...asEditor }),
    )
    const editorToken = await login(users.editor.email)
    const editorRest = await rest('POST', '/api/users', {
      token: editorToken,
      json: { email: 'rest@example.org', password: 'geheim-und-lang-123', roles: ['admin'] },
    })
    expect([editorCreates, editorPromotes, editorDeletes, editorRest.status]).toEqual([false, false, false, 403])

    const adminToken = await login(users.admin.email)
    const adminRest = await rest('POST', '/api/users', {
      token: adminToken,
      json: { email: 'rest@example.org', password: 'geheim-und-lang-123', roles: ['translator'] },
    })
    const created = (adminRest.body.doc as { id: number; roles: string[] }) ?? null
    const promoted = await payload.update({
      collection: 'users',
      id: created.id,
      data: { roles: ['editor'] },
      user: users.admin,
      overrideAccess: false,
      depth: 0,
    })
    await payload.delete({ collection: 'users', id: created.id, user: users.admin, overrideAccess: false })
    const left = await payload.count({
      collection: 'users',
      where: { email: { equals: 'rest@example.org' } },
      overrideAccess: true,
    })
    expect([adminRest.status, created.roles, promoted.roles, left.totalDocs]).toEqual([
      201,
      ['translator'],
      ['editor'],
      0,
    ])
  })
})
