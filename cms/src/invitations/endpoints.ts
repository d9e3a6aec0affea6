import type { Invitation, Organisation } from '@ki/contract/payload-types'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { userHasRole } from '../access/roles'
import { passwordProblem } from '../collections/Users/passwordPolicy'
import { cmsOrigin } from '../mail/cmsOrigin'
import { mailHtml } from '../mail/html'
import { invitationForm, invitationPage } from './page'
import { invitationTtlDays, newInvitationToken, verifiedHash } from './token'

const json = (status: number, body: unknown) => Response.json(body, { status })
const refusal = (status: number, message: string) => json(status, { errors: [{ message }] })

const germanDateTime = (date: Date) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
    date,
  ) + ' Uhr'

const isAddress = (value: unknown): value is string =>
  typeof value === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())

async function jsonOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  const body: unknown = req.json ? await req.json().catch(() => ({})) : {}
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
}

const organisationIdOf = (value: unknown): number | undefined => {
  const id = typeof value === 'string' ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined
}

async function findOrganisation(req: PayloadRequest, id: number): Promise<Organisation | undefined> {
  const { docs } = await req.payload.find({
    collection: 'organisations',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    locale: 'de',
    overrideAccess: true,
    req,
  })
  return docs[0]
}

/** Deletes the organisation's invitations not yet accepted: their links stop working. */
async function dropOpenInvitations(req: PayloadRequest, organisation: number): Promise<number> {
  const { docs } = await req.payload.delete({
    collection: 'invitations',
    where: { and: [{ organisation: { equals: organisation } }, { acceptedAt: { exists: false } }] },
    overrideAccess: true,
    req,
  })
  return docs.length
}

/** Runs `work` in one transaction: everything it writes is kept, or nothing. */
async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * POST /api/invitations/invite { organisation, email }: an editor invites the organisation's contact person. An
 * earlier open invitation of the organisation is replaced (its link stops working); the mail carries the new link.
 */
export const inviteContact: PayloadHandler = async (req) => {
  if (!userHasRole(req, 'admin', 'editor')) return refusal(403, 'Nur die Redaktion kann Zugänge einladen.')
  const body = await jsonOf(req)
  const organisationId = organisationIdOf(body.organisation)
  const organisation = organisationId === undefined ? undefined : await findOrganisation(req, organisationId)
  if (!organisation) return refusal(400, 'Die Organisation gibt es nicht.')
  const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : ''
  if (!isAddress(email))
    return json(400, { errors: [{ message: 'Bitte geben Sie eine gültige E-Mail-Adresse an.', path: 'email' }] })
  const { token, hash } = newInvitationToken(req.payload.secret)
  const expiresAt = new Date(Date.now() + invitationTtlDays() * 24 * 60 * 60 * 1000)
  await inTransaction(req, async () => {
    await dropOpenInvitations(req, organisation.id)
    await req.payload.create({
      collection: 'invitations',
      data: {
        email,
        organisation: organisation.id,
        invitedBy: req.user?.id,
        expiresAt: expiresAt.toISOString(),
        tokenHash: hash,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
  })
  const link = `${cmsOrigin(req)}/api/invitations/accept?token=${encodeURIComponent(token)}`
  await req.payload.sendEmail({
    to: email,
    subject: `Einladung: Zugang für ${organisation.name}`,
    html: mailHtml({
      paragraphs: [
        'Guten Tag,',
        `das Kommunale Integrationszentrum lädt Sie ein, den Eintrag „${organisation.name}“ im Portal selbst aktuell zu halten: Angaben ändern und Veranstaltungen einreichen. Die Redaktion prüft jede Änderung, bevor sie erscheint.`,
        `Über den folgenden Link legen Sie Ihr Passwort fest. Der Link gilt bis ${germanDateTime(expiresAt)} und nur einmal.`,
        'Wenn Sie diese Einladung nicht erwartet haben, können Sie die E-Mail ignorieren; ohne den Link entsteht kein Konto.',
      ],
      link: { href: link, label: 'Zugang einrichten' },
    }),
  })
  return json(201, {
    message: `Die Einladung an ${email} ist versendet. Der Link gilt bis ${germanDateTime(expiresAt)}.`,
    expiresAt: expiresAt.toISOString(),
  })
}

/**
 * POST /api/invitations/revoke { organisation }: an editor ends the organisation's access. Open invitations stop
 * working, and its accounts are deleted, which ends their sessions (a session names an account that no longer exists).
 */
export const revokeAccess: PayloadHandler = async (req) => {
  if (!userHasRole(req, 'admin', 'editor')) return refusal(403, 'Nur die Redaktion kann Zugänge entziehen.')
  const organisationId = organisationIdOf((await jsonOf(req)).organisation)
  if (organisationId === undefined || !(await findOrganisation(req, organisationId)))
    return refusal(400, 'Die Organisation gibt es nicht.')
  const accounts = await inTransaction(req, async () => {
    await dropOpenInvitations(req, organisationId)
    const { docs } = await req.payload.delete({
      collection: 'users',
      where: { and: [{ organisation: { equals: organisationId } }, { roles: { equals: 'mso' } }] },
      overrideAccess: true,
      req,
    })
    return docs.length
  })
  return json(200, {
    message:
      accounts === 0
        ? 'Offene Einladungen gelten nicht mehr; ein Konto gab es noch nicht.'
        : `Zugang entzogen: ${accounts === 1 ? 'ein Konto' : `${accounts} Konten`} gelöscht, offene Einladungen gelten nicht mehr.`,
  })
}

/** GET /api/invitations/status?organisation=…: the open invitation and the accounts of an organisation (editors). */
export const invitationStatus: PayloadHandler = async (req) => {
  if (!userHasRole(req, 'admin', 'editor')) return refusal(403, 'Nur für die Redaktion.')
  const organisationId = organisationIdOf(req.searchParams.get('organisation'))
  if (organisationId === undefined) return refusal(400, 'Die Organisation fehlt.')
  const [invitations, accounts] = await Promise.all([
    req.payload.find({
      collection: 'invitations',
      where: { and: [{ organisation: { equals: organisationId } }, { acceptedAt: { exists: false } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'users',
      where: { and: [{ organisation: { equals: organisationId } }, { roles: { equals: 'mso' } }] },
      limit: 50,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const open = invitations.docs[0]
  return json(200, {
    open: open
      ? { email: open.email, expiresAt: open.expiresAt, expired: new Date(open.expiresAt) < new Date() }
      : null,
    accounts: accounts.docs.map(({ email }) => email),
  })
}

type Usable = { invitation: Invitation; token: string } | { refused: Response }

const unusable = (title: string, text: string) => ({
  refused: invitationPage(
    410,
    title,
    text,
    '<p>Bitte bitten Sie das Kommunale Integrationszentrum um eine neue Einladung.</p>',
  ),
})

/** The invitation a link stands for, or the German page saying why it cannot be used. Reads, writes nothing. */
async function usableInvitation(req: PayloadRequest, token: unknown): Promise<Usable> {
  const hash = verifiedHash(req.payload.secret, token)
  if (!hash || typeof token !== 'string')
    return unusable('Dieser Link ist ungültig', 'Der Einladungslink ist unvollständig oder wurde verändert.')
  const { docs } = await req.payload.find({
    collection: 'invitations',
    where: { tokenHash: { equals: hash } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const invitation = docs[0]
  if (!invitation)
    return unusable('Dieser Link gilt nicht mehr', 'Die Einladung wurde durch eine neuere ersetzt oder zurückgezogen.')
  if (invitation.acceptedAt)
    return {
      refused: invitationPage(
        410,
        'Dieser Link wurde bereits verwendet',
        'Mit dieser Einladung wurde schon ein Zugang eingerichtet. Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.',
        `<p><a href="${cmsOrigin(req)}${req.payload.config.routes.admin}/login">Zur Anmeldung</a></p>`,
      ),
    }
  if (new Date(invitation.expiresAt) < new Date())
    return unusable(
      'Dieser Link ist abgelaufen',
      `Die Einladung galt bis ${germanDateTime(new Date(invitation.expiresAt))}.`,
    )
  return { invitation, token }
}

/** GET /api/invitations/accept?token=…: the German page where the invited person sets a password. */
export const acceptInvitationForm: PayloadHandler = async (req) => {
  const usable = await usableInvitation(req, req.searchParams.get('token'))
  if ('refused' in usable) return usable.refused
  return invitationPage(
    200,
    'Zugang einrichten',
    'Legen Sie ein Passwort fest. Danach melden Sie sich mit Ihrer E-Mail-Adresse und diesem Passwort an.',
    invitationForm(usable.token, usable.invitation.email),
  )
}

/**
 * POST /api/invitations/accept (the form): checks the link again and the password policy, then creates the
 * organisation's account and uses up the invitation, in one transaction. A refusal shows the form with the reason.
 */
export const acceptInvitation: PayloadHandler = async (req) => {
  const form = new URLSearchParams(req.text ? await req.text() : '')
  const usable = await usableInvitation(req, form.get('token'))
  if ('refused' in usable) return usable.refused
  const { invitation, token } = usable
  const password = form.get('password') ?? ''
  const again = (status: number, problem: string) =>
    invitationPage(
      status,
      'Zugang einrichten',
      'Bitte prüfen Sie Ihre Eingabe.',
      invitationForm(token, invitation.email, problem),
    )
  const problem =
    passwordProblem(password, invitation.email) ??
    (password !== form.get('repeat') ? 'Die beiden Passwörter stimmen nicht überein.' : undefined)
  if (problem) return again(400, problem)
  const existing = await req.payload.count({
    collection: 'users',
    where: { email: { equals: invitation.email } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0)
    return invitationPage(
      409,
      'Für diese Adresse gibt es schon ein Konto',
      `Mit ${invitation.email} kann man sich bereits anmelden. Bitte wenden Sie sich an das Kommunale Integrationszentrum.`,
    )
  const organisation =
    typeof invitation.organisation === 'object' ? invitation.organisation.id : invitation.organisation
  try {
    await inTransaction(req, async () => {
      await req.payload.create({
        collection: 'users',
        data: { email: invitation.email, password, roles: ['mso'], organisation },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await req.payload.update({
        collection: 'invitations',
        id: invitation.id,
        data: { acceptedAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
    })
  } catch (error) {
    if (error instanceof ValidationError) return again(400, error.data.errors.map(({ message }) => message).join(' '))
    throw error
  }
  return invitationPage(
    201,
    'Ihr Zugang ist eingerichtet',
    `Sie können sich jetzt mit ${invitation.email} und Ihrem Passwort anmelden.`,
    `<p><a href="${cmsOrigin(req)}${req.payload.config.routes.admin}/login">Zur Anmeldung</a></p>`,
  )
}
