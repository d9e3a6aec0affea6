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

/** A usable link's organisation, or the page to answer with. */
type Checked = { answer: Response } | { organisation: Organisation; issued: Date }

/** How long a second press of the button (a double click, a reload) still gets "Vielen Dank!". */
const JUST_CONFIRMED_MS = 2 * 60 * 1000

const thanks = (req: PayloadRequest, organisation: Organisation, confirmedAt: Date) =>
  confirmationPage(200, {
    title: 'Vielen Dank!',
    paragraphs: [
      `Die Angaben für „${organisation.name}“ sind bestätigt (${germanDate.format(confirmedAt)}). Die Website zeigt das Datum nach dem nächsten Bau.`,
      'Wenn sich doch etwas geändert hat, können Sie Ihre Angaben nach der Anmeldung bearbeiten:',
    ],
    link: editLink(req, organisation.id),
  })

/**
 * The link's checks, the same for the page and its button: forged, expired and used links get a page saying so. A
 * second press of the button (`pressed`) right after the first gets the thanks again, not "bereits verwendet".
 */
async function checkLink(req: PayloadRequest, text: string | null | undefined, pressed = false): Promise<Checked> {
  const token = readConfirmationToken(req.payload.secret, text)
  if ('forged' in token) return { answer: confirmationPage(400, INVALID) }
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id: token.organisation,
    depth: 0,
    locale: 'de',
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!organisation) return { answer: confirmationPage(404, INVALID) }
  const expires = new Date(token.issued.getTime() + confirmationLinkDays() * 24 * 60 * 60 * 1000)
  if (Date.now() > expires.getTime())
    return {
      answer: confirmationPage(410, {
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
      answer:
        pressed && Date.now() - new Date(record.confirmedAt).getTime() < JUST_CONFIRMED_MS
          ? thanks(req, organisation, new Date(record.confirmedAt))
          : confirmationPage(409, {
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
    if ('answer' in checked) return checked.answer
    return confirmationPage(200, {
      title: 'Sind Ihre Angaben noch aktuell?',
      paragraphs: [
        `Bitte prüfen Sie den Eintrag „${checked.organisation.name}“ im Verzeichnis der Migrantenorganisationen. Stimmt alles, klicken Sie auf „Ja, die Angaben sind aktuell“; die Website zeigt dann das Datum.`,
      ],
      form: { token: token ?? '', button: 'Ja, die Angaben sind aktuell' },
      link: editLink(req, checked.organisation.id),
    })
  },
}

/**
 * POST /api/organisation-confirmations/confirm (the page's button): checks the link again, records today as the
 * organisation's confirmation and tells the publisher (the entry shows "Angaben bestätigt am …"). A forged, expired
 * or used link gets a German page saying so, and nothing changes; a second press within two minutes (a double
 * click) gets the thanks again and records nothing more.
 */
export const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const form = new URLSearchParams(req.text ? await req.text() : '')
    const checked = await checkLink(req, form.get('token'), true)
    if ('answer' in checked) return checked.answer
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
    return thanks(req, organisation, now)
  },
}
