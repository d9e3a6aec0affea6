import type { PayloadRequest } from 'payload'

import { cmsOrigin } from '../../mail/cmsOrigin'
import { mailHtml } from '../../mail/html'

export const forgotPasswordSubject = (): string => 'Neues Passwort für die Redaktion'

/** "Passwort vergessen?": a German mail with the link to the admin's reset page (valid one hour, Payload's default). */
export const forgotPasswordHtml = ({ req, token }: { req?: PayloadRequest; token?: string } = {}): string => {
  if (!req || !token) throw new Error('forgotPasswordHtml needs the request and the reset token.')
  const { routes, admin } = req.payload.config
  const href = `${cmsOrigin(req)}${routes.admin}${admin.routes.reset}/${encodeURIComponent(token)}`
  return mailHtml({
    paragraphs: [
      'Guten Tag,',
      'für Ihr Konto in der Redaktion wurde ein neues Passwort angefordert. Über den folgenden Link können Sie innerhalb einer Stunde ein neues Passwort festlegen.',
      'Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr bisheriges Passwort bleibt gültig.',
    ],
    link: { href, label: 'Neues Passwort festlegen' },
  })
}
