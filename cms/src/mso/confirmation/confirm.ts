import type { Endpoint, PayloadRequest } from 'payload'

import { cmsOrigin } from '../../mail/cmsOrigin'
import { readConfirmationToken } from './links'
import { confirmationPage } from './page'
import { confirmationOf, recordConfirmation } from './records'
import { confirmationLinkDays } from './settings'

const germanDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' })

const editLink = (req: PayloadRequest, id: number | string) => ({
  href: `${cmsOrigin(req)}${req.payload.config.routes.admin}/collections/organisations/${id}`,
  label: 'Angaben ansehen und bearbeiten (Anmeldung nötig)',
})

const INVALID = {
  title: 'Dieser Link ist ungültig',
  paragraphs: [
    'Der Link aus der E-Mail „Sind Ihre Angaben noch aktuell?“ ist unvollständig oder verändert. Es wurde nichts gespeichert.',
    'Bitte öffnen Sie den Link genau so, wie er in der E-Mail steht, oder wenden Sie sich an das Kommunale Integrationszentrum.',
  ],
}

/**
 * GET /api/organisation-confirmations/confirm?token=…: the one click of "Sind Ihre Angaben noch aktuell?". A valid,
 * unexpired, unused link records today as the organisation's confirmation and tells the publisher (the entry shows
 * "Angaben bestätigt am …"); a forged, expired or used link gets a German page saying so, and nothing changes.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const token = readConfirmationToken(req.payload.secret, req.searchParams.get('token'))
    if ('forged' in token) return confirmationPage(400, INVALID)
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id: token.organisation,
      depth: 0,
      locale: 'de',
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!organisation) return confirmationPage(404, INVALID)
    const now = new Date()
    const expires = new Date(token.issued.getTime() + confirmationLinkDays() * 24 * 60 * 60 * 1000)
    if (now.getTime() > expires.getTime())
      return confirmationPage(410, {
        title: 'Dieser Link ist abgelaufen',
        paragraphs: [
          `Der Link war bis zum ${germanDate.format(expires)} gültig. Es wurde nichts gespeichert.`,
          'Bitte melden Sie sich an und prüfen Sie Ihre Angaben dort; die Redaktion gibt Änderungen frei.',
        ],
        link: editLink(req, organisation.id),
      })
    const record = await confirmationOf(req.payload, organisation.id, req)
    if (record?.confirmedAt && new Date(record.confirmedAt).getTime() >= token.issued.getTime())
      return confirmationPage(409, {
        title: 'Dieser Link wurde bereits verwendet',
        paragraphs: [
          `Die Angaben für „${organisation.name}“ wurden am ${germanDate.format(new Date(record.confirmedAt))} bestätigt. Es wurde nichts weiter gespeichert.`,
        ],
        link: editLink(req, organisation.id),
      })
    await recordConfirmation(req.payload, organisation.id, { confirmedAt: now.toISOString() }, req)
    // The entry's page shows the date: the publisher rebuilds it like a change of the entry.
    await req.payload.create({
      collection: 'site-changes',
      data: {
        status: 'pending',
        operation: 'changed',
        target: 'organisations',
        entryId: String(organisation.id),
        entryTitle: organisation.name.slice(0, 200),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return confirmationPage(200, {
      title: 'Vielen Dank!',
      paragraphs: [
        `Die Angaben für „${organisation.name}“ sind bestätigt (${germanDate.format(now)}). Die Website zeigt das Datum nach dem nächsten Bau.`,
        'Wenn sich doch etwas geändert hat, können Sie Ihre Angaben nach der Anmeldung bearbeiten:',
      ],
      link: editLink(req, organisation.id),
    })
  },
}
