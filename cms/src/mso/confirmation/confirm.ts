import type { Organisation } from '@ki/contract/payload-types'
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

type Checked = { refused: Response } | { organisation: Organisation; issued: Date }

/** The link's checks, the same for the page and its button: forged, expired and used links get a page saying so. */
async function checkLink(req: PayloadRequest, text: string | null | undefined): Promise<Checked> {
  const token = readConfirmationToken(req.payload.secret, text)
  if ('forged' in token) return { refused: confirmationPage(400, INVALID) }
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: token.organisation,
    depth: 0,
    locale: 'de',
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!organisation) return { refused: confirmationPage(404, INVALID) }
  const expires = new Date(token.issued.getTime() + confirmationLinkDays() * 24 * 60 * 60 * 1000)
  if (Date.now() > expires.getTime())
    return {
      refused: confirmationPage(410, {
        title: 'Dieser Link ist abgelaufen',
        paragraphs: [
          `Der Link war bis zum ${germanDate.format(expires)} gültig. Es wurde nichts gespeichert.`,
          'Bitte melden Sie sich an und prüfen Sie Ihre Angaben dort; die Redaktion gibt Änderungen frei.',
        ],
        link: editLink(req, organisation.id),
      }),
    }
  const record = await confirmationOf(req.payload, organisation.id, req)
  if (record?.confirmedAt && new Date(record.confirmedAt).getTime() >= token.issued.getTime())
    return {
      refused: confirmationPage(409, {
        title: 'Dieser Link wurde bereits verwendet',
        paragraphs: [
          `Die Angaben für „${organisation.name}“ wurden am ${germanDate.format(new Date(record.confirmedAt))} bestätigt. Es wurde nichts weiter gespeichert.`,
        ],
        link: editLink(req, organisation.id),
      }),
    }
  return { organisation, issued: token.issued }
}

/**
 * GET /api/organisation-confirmations/confirm?token=…: the link of "Sind Ihre Angaben noch aktuell?". It only asks:
 * mail filters and link previews open links by themselves, and an entry nobody read must not count as confirmed.
 * The page names the organisation and has the one button that confirms (POST, below); no login needed.
 */
export const confirmPageEndpoint: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token')
    const checked = await checkLink(req, token)
    if ('refused' in checked) return checked.refused
    return confirmationPage(200, {
      title: 'Sind Ihre Angaben noch aktuell?',
      paragraphs: [
        `Bitte prüfen Sie den Eintrag „${checked.organisation.name}“ im Verzeichnis der Migrantenorganisationen. Stimmt alles, bestätigen Sie es mit dem Knopf; die Website zeigt dann das Datum.`,
      ],
      form: { token: token ?? '', button: 'Ja, die Angaben sind aktuell' },
      link: editLink(req, checked.organisation.id),
    })
  },
}

/**
 * POST /api/organisation-confirmations/confirm (the page's button): checks the link again, records today as the
 * organisation's confirmation and tells the publisher (the entry shows "Angaben bestätigt am …"). A forged, expired
 * or used link gets a German page saying so, and nothing changes.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const form = new URLSearchParams(req.text ? await req.text() : '')
    const checked = await checkLink(req, form.get('token'))
    if ('refused' in checked) return checked.refused
    const { organisation } = checked
    const now = new Date()
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
