import {
  accessibleFormats,
  localeCodes,
  READER_TEXT_MAX,
  readerMessageKinds,
  readerThanksAnchors,
  type LocaleCode,
} from '@ki/contract'
import type { ReaderMessage } from '@ki/contract/payload-types'
import type { PayloadHandler, PayloadRequest } from 'payload'

import { clientKey, WindowLimit } from '../../lib/clientLimit'
import { withoutPersonalData } from '../../lib/personalData'
import { boundedText } from '../../lib/requestBody'
import { confirmationPage } from '../../mso/confirmation/page'
import { concernedCollections, isOneOf } from './options'

/** A form with a text of 500 characters, each percent-encoded (up to 12 bytes for an emoji), and the other fields. */
export const MAX_BODY_BYTES = 8192

/** Messages one client may send per minute: more than a person reading sends, far fewer than a script. */
export const MESSAGES_PER_MINUTE = 10

const perClient = new WindowLimit({ limit: MESSAGES_PER_MINUTE, windowMs: 60_000 })

const MAX_PAGE_LENGTH = 500
const MAX_EMAIL_LENGTH = 254

/** The public site's origin (SITE_URL), the only place a form posted without JavaScript is sent back to. */
function siteOrigin(): string {
  return new URL(process.env.SITE_URL?.trim() || 'http://localhost:4321').origin
}

/** The page's path when it is one of the site's (`/de/…`), else undefined. */
function sitePath(raw: string | null): string | undefined {
  if (!raw || raw.length > MAX_PAGE_LENGTH || !raw.startsWith('/') || raw.startsWith('//')) return undefined
  if (/[\s\p{Cc}]/u.test(raw)) return undefined
  const url = new URL(raw, siteOrigin())
  return url.origin === siteOrigin() ? `${url.pathname}${url.search}` : undefined
}

type Message = Pick<ReaderMessage, 'kind' | 'pageAddress' | 'locale' | 'text' | 'personalDataRemoved'> &
  Partial<Pick<ReaderMessage, 'format' | 'email' | 'entry'>>

/** A form's problem: German, with the field it concerns. */
type Problem = { field: string; message: string }

const problem = (field: string, message: string): { problem: Problem } => ({ problem: { field, message } })

/** The entry a message concerns (`documents:12`), when it exists. */
async function concernedEntry(req: PayloadRequest, raw: string | null): Promise<ReaderMessage['entry'] | undefined> {
  const [collection, id] = (raw ?? '').split(':')
  if (!isOneOf(concernedCollections, collection) || !/^\d{1,12}$/.test(id ?? '')) return undefined
  const found = await req.payload.findByID({
    collection,
    id: Number(id),
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: {},
    req,
  })
  return found ? { relationTo: collection, value: Number(id) } : undefined
}

/** The stored message a form describes, or what is wrong with it. */
async function messageOf(
  req: PayloadRequest,
  form: URLSearchParams,
): Promise<{ message: Message } | { problem: Problem }> {
  const kind = form.get('kind')
  if (!isOneOf(readerMessageKinds, kind))
    return problem('kind', 'Bitte wählen Sie „Ja“ oder „Nein“, „Fehler melden“ oder „Barrierefreie Fassung anfordern“.')
  const pageAddress = sitePath(form.get('page'))
  if (!pageAddress)
    return problem('page', 'Die Seite, zu der die Nachricht gehört, fehlt oder ist keine Seite dieser Website.')
  const locale = form.get('locale')
  if (!isOneOf<LocaleCode>(localeCodes, locale))
    return problem('locale', 'Die Sprache der Seite fehlt oder ist unbekannt.')
  const raw = (form.get('text') ?? '').trim()
  if ([...raw].length > READER_TEXT_MAX)
    return problem('text', `Der Text ist zu lang: höchstens ${READER_TEXT_MAX} Zeichen, Ihrer hat ${[...raw].length}.`)
  if (kind === 'error' && raw === '')
    return problem('text', 'Bitte beschreiben Sie kurz, was auf der Seite falsch ist.')
  const filtered = withoutPersonalData(raw)
  const message: Message = {
    kind,
    pageAddress,
    locale,
    text: filtered.text || null,
    personalDataRemoved: filtered.removed,
    entry: await concernedEntry(req, form.get('entry')),
  }
  if (kind !== 'accessible-format') return { message }
  const format = form.get('format')
  if (!isOneOf(accessibleFormats, format))
    return problem('format', 'Bitte wählen Sie, in welcher Form Sie das Dokument brauchen.')
  const email = (form.get('email') ?? '').trim()
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return problem(
      'email',
      'Bitte geben Sie eine E-Mail-Adresse an, an die wir die Antwort schicken können (z. B. name@example.org).',
    )
  if (message.entry?.relationTo !== 'documents')
    return problem('entry', 'Eine barrierefreie Fassung gibt es nur für die Dokumente dieser Website.')
  // The e-mail address is what the reader gives us to answer: stored as given, deleted after the request is closed.
  return { message: { ...message, format, email } }
}

/** Whether the client asked for JSON (the page's script) rather than a page (a form posted without JavaScript). */
const wantsJson = (req: PayloadRequest) => (req.headers.get('accept') ?? '').includes('application/json')

const NOT_SENT = 'Ihre Nachricht wurde nicht gesendet'

/** The answer to a message that is not stored: JSON for the script, a small German page for a plain form post. */
function refusal(req: PayloadRequest, status: number, { field, message }: Problem, back?: string, headers = {}) {
  if (wantsJson(req)) return Response.json({ errors: [{ message, field }] }, { status, headers })
  const page = confirmationPage(status, {
    title: NOT_SENT,
    paragraphs: [message],
    link: back ? { href: back, label: 'Zurück zur Seite' } : undefined,
  })
  for (const [name, value] of Object.entries(headers)) page.headers.set(name, String(value))
  return page
}

/**
 * POST /api/reader-messages/send, a form (`application/x-www-form-urlencoded`, so that the site needs no CORS
 * preflight) from a page of the site: `kind`, `page` (its path), `locale`, `entry` (`documents:12`, when the page
 * shows one), `text`; for an accessible format also `format` and `email`. Stores the message for the editors
 * ("Rückmeldungen") with e-mail addresses, phone numbers and the like cut out of the text; no IP address, cookie or
 * user agent. The page's script (Accept: application/json) gets 201 JSON; a form posted without JavaScript is sent
 * back to its page's thanks (303 to `…#rueckmeldung-danke`). Bodies over 8 kB get 413, more than 10 messages a
 * minute from one client 429 (counted by a salted hash of its address, in memory only), a form with a problem 400
 * with a German message naming it.
 */
export const sendReaderMessage: PayloadHandler = async (req) => {
  const wait = perClient.hit(clientKey(req.headers))
  if (wait > 0)
    return refusal(
      req,
      429,
      {
        field: '',
        message: `Sie haben viele Nachrichten kurz nacheinander gesendet. Bitte versuchen Sie es in ${wait} Sekunden erneut.`,
      },
      undefined,
      { 'Retry-After': String(wait) },
    )
  const text = await boundedText(req, MAX_BODY_BYTES)
  if (text === null)
    return refusal(req, 413, { field: '', message: `Die Nachricht ist zu groß: höchstens ${MAX_BODY_BYTES} Bytes.` })
  const form = new URLSearchParams(text)
  const back = sitePath(form.get('page'))
  const backUrl = back ? `${siteOrigin()}${back}` : undefined
  const checked = await messageOf(req, form)
  if ('problem' in checked) return refusal(req, 400, checked.problem, backUrl)
  await req.payload.create({
    collection: 'reader-messages',
    data: { ...checked.message, state: 'open' },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (wantsJson(req)) return Response.json({ message: 'Vielen Dank für Ihre Nachricht.' }, { status: 201 })
  const anchor =
    checked.message.kind === 'accessible-format' ? readerThanksAnchors.request : readerThanksAnchors.feedback
  return new Response(null, {
    status: 303,
    headers: { location: `${siteOrigin()}${checked.message.pageAddress}#${anchor}`, 'cache-control': 'no-store' },
  })
}
