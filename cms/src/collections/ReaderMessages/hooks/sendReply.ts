import type { ReaderMessage } from '@ki/contract/payload-types'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { mailHtml } from '../../../mail/html'
import { formatLabel } from '../options'

const refuse = (message: string) => new ValidationError({ errors: [{ path: 'reply', message }] })

/**
 * "Antwort per E-Mail": a new reply text is mailed to the address the reader gave, before the save (a mail that
 * cannot be sent leaves the message unchanged and says so at the field); `repliedAt` records when.
 */
export const sendReply: CollectionBeforeChangeHook<ReaderMessage> = async ({ data, originalDoc, req }) => {
  const reply = data.reply?.trim()
  if (!reply || reply === originalDoc?.reply?.trim()) return data
  const email = data.email ?? originalDoc?.email
  if ((data.kind ?? originalDoc?.kind) !== 'accessible-format')
    throw refuse('Antworten per E-Mail gibt es nur auf Anfragen einer barrierefreien Fassung.')
  if (!email) throw refuse('Diese Anfrage hat keine E-Mail-Adresse (mehr): Die Antwort kann nicht gesendet werden.')
  const paragraphs = [
    'Guten Tag,',
    `Sie haben beim Kommunalen Integrationszentrum Oberhausen eine ${formatLabel(data.format ?? originalDoc?.format)} angefragt (Seite ${data.pageAddress ?? originalDoc?.pageAddress ?? ''}).`,
    ...reply.split(/\n\s*\n/),
  ]
  try {
    await req.payload.sendEmail({
      to: email,
      subject: 'Ihre Anfrage einer barrierefreien Fassung',
      text: paragraphs.join('\n\n'),
      html: mailHtml({ paragraphs }),
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'Rückmeldungen: Antwort-E-Mail nicht gesendet')
    throw refuse(
      'Die E-Mail konnte nicht gesendet werden (der E-Mail-Server antwortet nicht). Die Antwort wurde nicht gespeichert; bitte versuchen Sie es später erneut.',
    )
  }
  return { ...data, reply, repliedAt: new Date().toISOString() }
}
