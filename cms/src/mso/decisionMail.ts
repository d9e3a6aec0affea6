import type { Event, Organisation, User } from '@ki/contract/payload-types'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { cmsOrigin } from '../mail/cmsOrigin'
import { mailHtml } from '../mail/html'
import { decisionOf, isSubmittedCollection } from './pendingChange'

type Submitted = Organisation | Event

const nameOf = (doc: Submitted): string => ('name' in doc ? doc.name : doc.title)

const idOf = (value: number | User | null | undefined) =>
  typeof value === 'object' && value !== null ? value.id : (value ?? undefined)

/** The mail telling an organisation's account that an editor approved or rejected its change. */
export function decisionMail(
  doc: Submitted,
  kind: 'approved' | 'rejected',
  reason: string | undefined,
  link: string,
): { subject: string; text: string; html: string } {
  const name = nameOf(doc)
  const paragraphs =
    kind === 'rejected'
      ? [
          'Guten Tag,',
          `die Redaktion hat Ihre Änderung an „${name}“ nicht freigegeben. Die Begründung:`,
          reason ?? '',
          'Die veröffentlichte Fassung bleibt unverändert. Sie können Ihre Angaben überarbeiten und erneut einreichen:',
        ]
      : [
          'Guten Tag,',
          `die Redaktion hat Ihre Änderung an „${name}“ freigegeben. Sie erscheint nach dem nächsten Bau auf der Website.`,
        ]
  const subject =
    kind === 'rejected' ? `Ihre Änderung an „${name}“ wurde abgelehnt` : `Ihre Änderung an „${name}“ ist freigegeben`
  return {
    subject,
    text: [...paragraphs, link].join('\n\n'),
    html: mailHtml({ paragraphs, link: { href: link, label: 'Eintrag öffnen' } }),
  }
}

async function submitterAddress(req: PayloadRequest, doc: Submitted): Promise<string | undefined> {
  const id = idOf(doc.workflow?.submittedBy)
  if (id === undefined) return undefined
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  // Only organisation accounts get the decision by mail; the editorial team sees it in the admin.
  return user && user.roles.includes('mso') ? user.email : undefined
}

/**
 * afterChange of organisations and events: when an editor decides on a submitted change (In Prüfung → Veröffentlicht,
 * or → Entwurf with a reason: the rejection), the organisation account that submitted it gets a mail with the decision
 * and the reason. A mail that cannot be sent does not undo the decision; it is logged.
 */
export const tellSubmitterOfDecision: CollectionAfterChangeHook<Submitted> = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  if (!isSubmittedCollection(collection.slug) || previousDoc?.workflow?.state !== 'review') return doc
  const decision = decisionOf(doc)
  if (decision.kind !== 'approved' && decision.kind !== 'rejected') return doc
  const to = await submitterAddress(req, doc)
  if (!to) return doc
  const link = `${cmsOrigin(req)}${req.payload.config.routes.admin}/collections/${collection.slug}/${doc.id}`
  const mail = decisionMail(doc, decision.kind, decision.kind === 'rejected' ? decision.reason : undefined, link)
  try {
    await req.payload.sendEmail({ to, ...mail })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Entscheidung an ${to} nicht versendet (${collection.slug} ${doc.id})`,
    })
  }
  return doc
}
