import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmationToken } from '../../src/mso/confirmation/links'
import { recordConfirmation } from '../../src/mso/confirmation/records'
import { unconfirmedOrganisations } from '../../src/mso/confirmation/unconfirmed'
import { createUser, rest, restRaw } from './fixtures'
import { startTestCms, type TestCms } from './payload'
import { startSmtpServer } from './smtp'

let cms: TestCms
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let organisationId: number
let withoutAccountId: number

const germanToday = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
  new Date(),
)

async function publishedOrganisation(name: string, slug: string, contactEmail?: string) {
  const created = await cms.payload.create({
    collection: 'organisations',
    data: {
      name,
      slug,
      district: 'osterfeld',
      description: 'Beratung auf Türkisch und Deutsch.',
      contact: contactEmail ? { email: contactEmail, consent: false } : undefined,
      _status: 'published',
    },
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  return created.id
}

/** Runs the confirmation queue as the CMS's autorun would when the daily job is due. */
async function runConfirmationJob() {
  await cms.payload.jobs.queue({ task: 'askForConfirmation', input: {}, queue: 'confirmations' })
  await cms.payload.jobs.run({ queue: 'confirmations' })
}

const publicConfirmedAt = async (id: number) => {
  const { body } = await rest('GET', `/api/organisations/${id}?locale=de&depth=0`)
  return body.confirmedAt
}

/** The path and query of a link in a mail, for the REST handler that stands in for the CMS's web server. */
const pathOf = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  process.env.SMTP_FROM = 'KI Oberhausen <ki@example.org>'
  cms = await startTestCms()
  organisationId = await publishedOrganisation('Türkischer Elternverein', 'tuerkischer-elternverein')
  withoutAccountId = await publishedOrganisation('Polnische Mission', 'polnische-mission', 'info@mission.example')
  await createUser(cms.payload, 'vorstand@elternverein.example', ['mso'], organisationId)
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
  delete process.env.SMTP_HOST
  delete process.env.SMTP_PORT
  delete process.env.SMTP_FROM
})

describe('"Sind Ihre Angaben noch aktuell?"', () => {
  let confirmLink = ''

  it('the job mails each organisation its signed link, to its account or else its contact address', async () => {
    await runConfirmationJob()
    const mails = smtp.messages().filter((mail) => mail.subject === 'Sind Ihre Angaben noch aktuell?')
    const recipients = mails.map((mail) =>
      (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
        to.value.map((each) => each.address),
      ),
    )
    expect(recipients.sort()).toEqual([['info@mission.example'], ['vorstand@elternverein.example']])
    const toAccount = mails.find((mail) => mail.text?.includes('Türkischer Elternverein'))
    const links = [...(toAccount?.text ?? '').matchAll(/https?:\/\/\S+/g)].map((match) => match[0])
    confirmLink = links.find((link) => link.includes('/confirm?token=')) ?? ''
    expect(confirmLink).toMatch(new RegExp(`/api/organisation-confirmations/confirm\\?token=${organisationId}\\.`))
    expect(links).toContain(`${new URL(confirmLink).origin}/admin/collections/organisations/${organisationId}`)
  })

  it('asks nobody again within the interval', async () => {
    const before = smtp.messages().length
    await runConfirmationJob()
    expect(smtp.messages().length).toBe(before)
  })

  it('the link only asks; its one button confirms without a login, and the entry shows the date', async () => {
    expect(await publicConfirmedAt(organisationId)).toBeNull()
    // Opening the link (as a mail filter's link check does too) changes nothing.
    const question = await restRaw('GET', pathOf(confirmLink))
    expect(question.status).toBe(200)
    expect(question.text).toContain('<h1>Sind Ihre Angaben noch aktuell?</h1>')
    expect(question.text).toContain(
      '<button type="submit" style="font:inherit;padding:.5rem 1rem">Ja, die Angaben sind aktuell</button>',
    )
    const token = new URL(confirmLink).searchParams.get('token') ?? ''
    expect(question.text).toContain(`<input type="hidden" name="token" value="${token}">`)
    expect(await publicConfirmedAt(organisationId)).toBeNull()

    const page = await restRaw('POST', '/api/organisation-confirmations/confirm', { fields: { token } })
    expect(page.status).toBe(200)
    expect(page.text).toContain('Vielen Dank!')
    expect(page.text).toContain(`Die Angaben für „Türkischer Elternverein“ sind bestätigt (${germanToday}).`)
    const confirmedAt = await publicConfirmedAt(organisationId)
    expect(typeof confirmedAt).toBe('string')
    expect(Date.now() - new Date(String(confirmedAt)).getTime()).toBeLessThan(60_000)
    const { docs } = await cms.payload.find({
      collection: 'site-changes',
      where: { entryId: { equals: String(organisationId) } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map(({ operation, target }) => ({ operation, target }))).toEqual([
      { operation: 'changed', target: 'organisations' },
    ])
  })

  it('a used, forged or expired link gets a German page and changes nothing', async () => {
    const confirmedAt = await publicConfirmedAt(organisationId)
    const token = new URL(confirmLink).searchParams.get('token') ?? ''
    const used = await restRaw('GET', pathOf(confirmLink))
    expect([used.status, used.text.includes('Dieser Link wurde bereits verwendet')]).toEqual([409, true])
    // A second press right after the first (a double click) gets the thanks again and records nothing more.
    const changes = async () =>
      (await cms.payload.count({ collection: 'site-changes', where: { entryId: { equals: String(organisationId) } } }))
        .totalDocs
    const changesBefore = await changes()
    const pressedAgain = await restRaw('POST', '/api/organisation-confirmations/confirm', { fields: { token } })
    expect([pressedAgain.status, pressedAgain.text.includes('Vielen Dank!')]).toEqual([200, true])
    expect([await publicConfirmedAt(organisationId), await changes()]).toEqual([confirmedAt, changesBefore])

    const forged = await restRaw(
      'GET',
      pathOf(confirmLink).replace(/.$/, (last) => (last === 'a' ? 'b' : 'a')),
    )
    expect([forged.status, forged.text.includes('Dieser Link ist ungültig')]).toEqual([400, true])
    const otherOrganisation = pathOf(confirmLink).replace(`token=${organisationId}.`, `token=${withoutAccountId}.`)
    expect((await restRaw('GET', otherOrganisation)).status).toBe(400)
    const otherToken = new URL(`http://localhost${otherOrganisation}`).searchParams.get('token') ?? ''
    const forgedPost = await restRaw('POST', '/api/organisation-confirmations/confirm', {
      fields: { token: otherToken },
    })
    expect([forgedPost.status, forgedPost.text.includes('Dieser Link ist ungültig')]).toEqual([400, true])
    expect(await publicConfirmedAt(withoutAccountId)).toBeNull()

    const old = confirmationToken(cms.payload.secret, withoutAccountId, new Date(Date.now() - 31 * 24 * 3600 * 1000))
    const expired = await restRaw('GET', `/api/organisation-confirmations/confirm?token=${old}`)
    expect([expired.status, expired.text.includes('Dieser Link ist abgelaufen')]).toEqual([410, true])
    expect(expired.text).not.toMatch(/at .*\.(ts|js):\d+/)
    const expiredPost = await restRaw('POST', '/api/organisation-confirmations/confirm', { fields: { token: old } })
    expect([expiredPost.status, expiredPost.text.includes('Dieser Link ist abgelaufen')]).toEqual([410, true])
    expect(await publicConfirmedAt(withoutAccountId)).toBeNull()
    expect(await publicConfirmedAt(organisationId)).toBe(confirmedAt)

    // Later than that, the button of a used link is refused like the link itself.
    const halfAnHourAgo = new Date(Date.now() - 30 * 60 * 1000).toISOString()
    await recordConfirmation(cms.payload, organisationId, { confirmedAt: halfAnHourAgo })
    const issuedBefore = confirmationToken(cms.payload.secret, organisationId, new Date(Date.now() - 60 * 60 * 1000))
    const late = await restRaw('POST', '/api/organisation-confirmations/confirm', { fields: { token: issuedBefore } })
    expect([late.status, late.text.includes('Dieser Link wurde bereits verwendet')]).toEqual([409, true])
    expect(await publicConfirmedAt(organisationId)).toBe(halfAnHourAgo)
  })

  it('editors see on the dashboard the entries not confirmed for 15 months', async () => {
    const longAgo = new Date(Date.now() - 16 * 31 * 24 * 3600 * 1000).toISOString()
    await recordConfirmation(cms.payload, withoutAccountId, { confirmedAt: longAgo })
    expect(
      (await unconfirmedOrganisations(cms.payload)).map(({ name, confirmedAt }) => ({ name, confirmedAt })),
    ).toEqual([{ name: 'Polnische Mission', confirmedAt: longAgo }])
    // Created today and never confirmed: not yet overdue; in 16 months it is.
    const later = new Date(Date.now() + 16 * 31 * 24 * 3600 * 1000)
    expect((await unconfirmedOrganisations(cms.payload, later)).map(({ name }) => name)).toEqual([
      'Polnische Mission',
      'Türkischer Elternverein',
    ])
  })
})
