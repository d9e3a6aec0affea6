import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transition } from '../../src/hooks/workflow/transition'
import { pendingChangeOf } from '../../src/mso/pendingChange'
import { createUser, rejection, rest, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'
import { startSmtpServer } from './smtp'

let cms: TestCms
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let editor: TestUser
let mso: TestUser
let organisationId: number
let otherId: number

/** A published organisation, as the editorial team entered it (German and English description). */
async function publishedOrganisation(name: string, slug: string) {
  const created = await cms.payload.create({
    collection: 'organisations',
    data: { name, slug, district: 'sterkrade', description: 'Wir treffen uns dienstags.', _status: 'published' },
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  await cms.payload.update({
    collection: 'organisations',
    id: created.id,
    data: { description: 'We meet on Tuesdays.', _status: 'published' },
    locale: 'en',
    depth: 0,
    overrideAccess: true,
  })
  return created.id
}

/** The organisation account edits its entry in one locale, with its own access: the save is its submission. */
const submit = (locale: 'de' | 'en', description: string, id = organisationId) =>
  cms.payload.update({
    collection: 'organisations',
    id,
    data: { description },
    locale,
    depth: 0,
    user: mso,
    overrideAccess: false,
  })

/** The first mail the test SMTP server received whose subject contains `text` (mails go out after the save). */
async function mailAbout(text: string) {
  for (let tries = 0; tries < 50; tries += 1) {
    const found = smtp.messages().find((message) => message.subject?.includes(text))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(
    `No mail about "${text}": ${smtp
      .messages()
      .map((message) => message.subject)
      .join(', ')}`,
  )
}

const addresses = (mail: Awaited<ReturnType<typeof mailAbout>>) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((each) => each.value.map((to) => to.address))

const publicDescription = async (id: number) => {
  const { status, body } = await rest('GET', `/api/organisations/${id}?locale=de&depth=0`)
  return { status, description: body.description }
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'KI Oberhausen <ki@example.org>'
  cms = await startTestCms({ reviewRequired: true })
  organisationId = await publishedOrganisation('Kulturverein Anadolu', 'kulturverein-anadolu')
  otherId = await publishedOrganisation('Frauentreff Nilufar', 'frauentreff-nilufar')
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  mso = await createUser(cms.payload, 'vorstand@anadolu.example', ['mso'], organisationId)
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  delete process.env.SMTP_FROM
})

describe('changes of an organisation account wait for an editor', () => {
  it('the editor sees the submitted change field by field in every locale, beside the published text', async () => {
    await submit('de', 'Wir treffen uns mittwochs im Bürgerzentrum.')
    await submit('en', 'We meet on Wednesdays.')
    const pending = await pendingChangeOf(cms.payload, editor, 'organisations', organisationId)
    expect(pending?.decision.kind).toBe('submitted')
    expect(pending?.changes.map(({ label, language, before, after }) => ({ label, language, before, after }))).toEqual([
      {
        label: 'Beschreibung',
        language: 'Deutsch',
        before: 'Wir treffen uns dienstags.',
        after: 'Wir treffen uns mittwochs im Bürgerzentrum.',
      },
      { label: 'Beschreibung', language: 'Englisch', before: 'We meet on Tuesdays.', after: 'We meet on Wednesdays.' },
    ])
    // Readers still see the published entry.
    expect(await publicDescription(organisationId)).toEqual({ status: 200, description: 'Wir treffen uns dienstags.' })
  })

  it('the organisation sees its own pending change and its state, but not the drafts of another organisation', async () => {
    const own = await pendingChangeOf(cms.payload, mso, 'organisations', organisationId)
    expect(own?.decision.kind).toBe('submitted')
    expect(own?.changes.map((change) => change.after)).toEqual([
      'Wir treffen uns mittwochs im Bürgerzentrum.',
      'We meet on Wednesdays.',
    ])
    await cms.payload.update({
      collection: 'organisations',
      id: otherId,
      data: { description: 'Interner Entwurf der Redaktion' },
      draft: true,
      locale: 'de',
      depth: 0,
      user: editor,
      overrideAccess: false,
    })
    // Signed in, an organisation account reads only its own entry (cms/src/admin/msoAdmin.ts); others' published
    // entries it reads like anyone else, without signing in.
    const other = cms.payload.findByID({
      collection: 'organisations',
      id: otherId,
      draft: true,
      locale: 'de',
      depth: 0,
      user: mso,
      overrideAccess: false,
    })
    await expect(other).rejects.toThrow('Nicht gefunden')
    const published = await cms.payload.findByID({
      collection: 'organisations',
      id: otherId,
      locale: 'de',
      depth: 0,
      overrideAccess: false,
    })
    expect(published.description).toBe('Wir treffen uns dienstags.')
  })

  it('a rejection keeps the public entry, shows the reason to the organisation and mails it to them', async () => {
    await transition(cms.payload, {
      collection: 'organisations',
      id: organisationId,
      action: 'sendBack',
      comment: 'Bitte nennen Sie die Adresse des Bürgerzentrums.',
      user: editor,
    })
    const seen = await pendingChangeOf(cms.payload, mso, 'organisations', organisationId)
    expect(seen?.decision).toMatchObject({
      kind: 'rejected',
      reason: 'Bitte nennen Sie die Adresse des Bürgerzentrums.',
    })
    expect(await publicDescription(organisationId)).toEqual({ status: 200, description: 'Wir treffen uns dienstags.' })
    const mail = await mailAbout('abgelehnt')
    expect(addresses(mail)).toEqual(['vorstand@anadolu.example'])
    expect(mail.subject).toBe('Ihre Änderung an „Kulturverein Anadolu“ wurde abgelehnt')
    expect(mail.text).toContain('Bitte nennen Sie die Adresse des Bürgerzentrums.')
    expect(mail.text).toContain(`/admin/collections/organisations/${organisationId}`)
  })

  it('an approval puts the change live, mails the organisation, and every version names who saved it', async () => {
    await submit('de', 'Wir treffen uns mittwochs im Bürgerzentrum, Steinbrinkstraße 1.')
    await transition(cms.payload, { collection: 'organisations', id: organisationId, action: 'approve', user: editor })
    expect(await publicDescription(organisationId)).toEqual({
      status: 200,
      description: 'Wir treffen uns mittwochs im Bürgerzentrum, Steinbrinkstraße 1.',
    })
    const mail = await mailAbout('freigegeben')
    expect(addresses(mail)).toEqual(['vorstand@anadolu.example'])
    const { docs } = await cms.payload.findVersions({
      collection: 'organisations',
      where: { parent: { equals: organisationId } },
      sort: '-updatedAt',
      limit: 3,
      depth: 0,
      locale: 'de',
      user: editor,
      overrideAccess: false,
    })
    expect(docs.map((version) => ({ status: version.version._status, by: version.version.lastChangedBy }))).toEqual([
      { status: 'published', by: editor.id },
      { status: 'draft', by: mso.id },
      { status: 'draft', by: editor.id },
    ])
    const { docs: changes } = await cms.payload.find({
      collection: 'site-changes',
      where: { and: [{ target: { equals: 'organisations' } }, { entryId: { equals: String(organisationId) } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(changes.map((change) => change.operation)).toEqual(['published'])
  })

  it('the organisation account cannot read who changed what, nor the confirmation records of others', async () => {
    const { docs } = await cms.payload.find({
      collection: 'organisations',
      where: { id: { equals: organisationId } },
      depth: 0,
      locale: 'de',
      user: mso,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.lastChangedBy)).toEqual([undefined])
  })

  it('an invalid submission gets German messages at its fields and stores nothing', async () => {
    const versions = async () =>
      (await cms.payload.countVersions({ collection: 'organisations', where: { parent: { equals: organisationId } } }))
        .totalDocs
    const before = await versions()
    const refused = await rejection(
      cms.payload.update({
        collection: 'organisations',
        id: organisationId,
        data: { website: 'javascript:alert(1)', contact: { email: 'info.verein.example' } },
        locale: 'de',
        depth: 0,
        user: mso,
        overrideAccess: false,
      }),
    )
    expect(refused.status).toBe(400)
    expect(refused.messages).toContain(
      'Adressen mit „javascript:“ sind nicht erlaubt; eine Adresse beginnt mit https:// oder http:// (Beispiel: https://verein.de).',
    )
    expect(refused.messages).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an.')
    expect(refused.messages.join(' ')).not.toMatch(/unknown|invalid|Invalid/)
    expect(await versions()).toBe(before)
  })
})
