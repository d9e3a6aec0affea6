import type { Organisation } from '@ki/contract/payload-types'
import type { PayloadRequest, TaskConfig } from 'payload'

import { cmsOrigin } from '../../mail/cmsOrigin'
import { mailHtml } from '../../mail/html'
import { daily } from '../../scheduling/recordWhenDue'
import { confirmationToken } from './links'
import { recordConfirmation } from './records'
import { confirmationIntervalMonths, confirmationLinkDays, monthsBefore } from './settings'

const germanDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' })

/** Who is asked: the organisation's own accounts, else the contact address of its entry. */
async function recipientsOf(req: PayloadRequest, organisation: Organisation): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ organisation: { equals: organisation.id } }, { roles: { contains: 'mso' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const accounts = docs.map((user) => user.email)
  if (accounts.length > 0) return accounts
  return organisation.contact?.email ? [organisation.contact.email] : []
}

export function confirmationMail(
  organisation: Pick<Organisation, 'name'>,
  links: { confirm: string; edit: string },
  expires: Date,
) {
  const paragraphs = [
    'Guten Tag,',
    `das Kommunale Integrationszentrum führt „${organisation.name}“ im Verzeichnis der Migrantenorganisationen. Damit das Verzeichnis stimmt, fragen wir einmal im Jahr: Sind Ihre Angaben noch aktuell?`,
    `Wenn ja, öffnen Sie diesen Link und klicken Sie dort auf „Ja, die Angaben sind aktuell“ (gültig bis ${germanDate.format(expires)}, keine Anmeldung nötig):`,
    links.confirm,
    'Wenn sich etwas geändert hat, melden Sie sich bitte an und bearbeiten Sie Ihre Angaben; die Redaktion gibt die Änderung frei:',
  ]
  return {
    subject: 'Sind Ihre Angaben noch aktuell?',
    text: [...paragraphs, links.edit].join('\n\n'),
    html: mailHtml({ paragraphs, link: { href: links.edit, label: 'Angaben bearbeiten' } }),
  }
}

/**
 * Mails one organisation "Sind Ihre Angaben noch aktuell?" with its signed link and records when it was asked.
 * False when there is nobody to ask (no account, no contact address).
 */
export async function askOrganisation(req: PayloadRequest, organisation: Organisation, now = new Date()) {
  const to = await recipientsOf(req, organisation)
  if (to.length === 0) return false
  const origin = cmsOrigin(req)
  const expires = new Date(now.getTime() + confirmationLinkDays() * 24 * 60 * 60 * 1000)
  const token = confirmationToken(req.payload.secret, organisation.id, now)
  const mail = confirmationMail(
    organisation,
    {
      confirm: `${origin}${req.payload.config.routes.api}/organisation-confirmations/confirm?token=${encodeURIComponent(token)}`,
      edit: `${origin}${req.payload.config.routes.admin}/collections/organisations/${organisation.id}`,
    },
    expires,
  )
  await req.payload.sendEmail({ to, ...mail })
  await recordConfirmation(req.payload, organisation.id, { requestedAt: now.toISOString(), requestedFrom: to }, req)
  return true
}

/**
 * The yearly "Sind Ihre Angaben noch aktuell?": every published organisation neither asked nor confirmed within
 * CONFIRMATION_INTERVAL_MONTHS gets the mail with its signed link, and the time it was asked is recorded so that it is
 * asked again only an interval later. An organisation without an account or contact address is skipped and named.
 */
export async function askOrganisations(req: PayloadRequest, now = new Date()) {
  const since = monthsBefore(now, confirmationIntervalMonths())
  const [{ docs: organisations }, { docs: records }] = await Promise.all([
    req.payload.find({
      collection: 'organisations',
      where: { _status: { equals: 'published' } },
      limit: 0,
      pagination: false,
      depth: 0,
      locale: 'de',
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'organisation-confirmations',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const lastContact = new Map(
    records.map((record) => {
      const id = typeof record.organisation === 'object' ? record.organisation.id : record.organisation
      const times = [record.confirmedAt, record.requestedAt].filter((each): each is string => Boolean(each))
      return [id, Math.max(0, ...times.map((each) => new Date(each).getTime()))]
    }),
  )
  const asked: string[] = []
  const unreachable: string[] = []
  for (const organisation of organisations) {
    if ((lastContact.get(organisation.id) ?? 0) > since.getTime()) continue
    if (await askOrganisation(req, organisation, now)) asked.push(organisation.name)
    else unreachable.push(organisation.name)
  }
  if (unreachable.length > 0)
    req.payload.logger.warn(`Angaben-Bestätigung: keine E-Mail-Adresse für ${unreachable.join(', ')}`)
  return { asked, unreachable }
}

/** The queue the confirmation mails run on; its autorun (./index.ts) checks every few minutes for the daily job. */
export const CONFIRMATION_QUEUE = 'confirmations'

/** Payload's jobs queue runs the mails once a day at 9:00 (the CMS's clock), in the CMS process. */
export const askForConfirmationTask: TaskConfig<'askForConfirmation'> = {
  slug: 'askForConfirmation',
  label: 'Sind Ihre Angaben noch aktuell? (E-Mail an Organisationen)',
  retries: 2,
  schedule: [daily('0 0 9 * * *', CONFIRMATION_QUEUE)],
  outputSchema: [
    { name: 'asked', type: 'number', required: true },
    { name: 'unreachable', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const { asked, unreachable } = await askOrganisations(req)
    return { output: { asked: asked.length, unreachable: unreachable.length } }
  },
}
