import type { User } from '@ki/contract/payload-types'
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { userHasRole } from '../../access/roles'
import { portalName } from '../../admin/cityMark'
import { forgetSteps, secretOf, useCode, type TotpState } from './code'
import { hashRecoveryCode, newRecoveryCodes } from './recoveryCodes'
import { base32Decode, matchingStep, newSecret, otpauthUri } from './rfc6238'
import { sealSecret } from './secretBox'

type Answer = { status: number; body: Record<string, unknown> }

const answer = ({ status, body }: Answer) => Response.json(body, { status })
/** A refusal in the shape Payload's own errors have, with the message at the code field of TwoFactorField. */
const refusal = (status: number, message: string): Answer => ({
  status,
  body: { errors: [{ message, data: { errors: [{ path: 'code', message }] } }] },
})

const SIGN_IN_FIRST = refusal(401, 'Bitte melden Sie sich an.')
const CODE_WRONG = refusal(
  400,
  'Der Code stimmt nicht. Bitte geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.',
)

async function codeOf(req: PayloadRequest): Promise<unknown> {
  const body: unknown = req.json ? await req.json().catch(() => ({})) : {}
  return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined
}

/** The account's stored state, hidden fields included (they never leave this folder). */
const stateOf = (req: PayloadRequest, id: User['id']) =>
  req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } }, req })

const cleared = {
  totpEnabled: false,
  totpSecret: null,
  totpPendingSecret: null,
  totpLastStep: null,
  totpRecoveryCodes: null,
}

/** Groups of four, as the apps' "Schlüssel eingeben" forms show them. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

/**
 * "Einrichten": a new secret, kept as waiting for confirmation (the second factor is not on yet), shown once as
 * Base32 text and as a QR code drawn here (SVG, no request to anyone else).
 */
async function setUp(req: PayloadRequest): Promise<Answer> {
  if (!req.user) return SIGN_IN_FIRST
  const user = await stateOf(req, req.user.id)
  if (!user) return SIGN_IN_FIRST
  if (user.totpEnabled)
    return refusal(
      409,
      'Die Zwei-Faktor-Anmeldung ist bereits eingeschaltet. Um ein anderes Gerät zu verwenden, schalten Sie sie zuerst aus.',
    )
  const secret = newSecret()
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { totpPendingSecret: sealSecret(secret, req.payload.secret) },
    req,
    returning: false,
  })
  const uri = otpauthUri({ secret, account: user.email, issuer: portalName })
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return {
    status: 200,
    body: { secret: grouped(secret), uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` },
  }
}

/** "Bestätigen": the first code from the app switches the second factor on and gives the recovery codes, once. */
async function confirm(req: PayloadRequest): Promise<Answer> {
  if (!req.user) return SIGN_IN_FIRST
  const code = await codeOf(req)
  const user = await stateOf(req, req.user.id)
  if (!user) return SIGN_IN_FIRST
  const secret = secretOf(user.totpPendingSecret, req)
  if (user.totpEnabled || !secret)
    return refusal(409, 'Bitte beginnen Sie die Einrichtung neu: es wartet keine Einrichtung auf Bestätigung.')
  const step = typeof code === 'string' ? matchingStep(base32Decode(secret), code, Date.now()) : undefined
  if (step === undefined) return CODE_WRONG
  const recoveryCodes = newRecoveryCodes()
  forgetSteps(user.id)
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: {
      totpEnabled: true,
      totpSecret: user.totpPendingSecret,
      totpPendingSecret: null,
      totpLastStep: step,
      totpRecoveryCodes: recoveryCodes.map(hashRecoveryCode),
    },
    req,
    returning: false,
  })
  return { status: 200, body: { message: 'Die Zwei-Faktor-Anmeldung ist eingeschaltet.', recoveryCodes } }
}

/** "Ausschalten": only with a current code or a recovery code, so a left-open session alone cannot switch it off. */
async function switchOff(req: PayloadRequest): Promise<Answer> {
  if (!req.user) return SIGN_IN_FIRST
  const code = await codeOf(req)
  const user: TotpState | null = await stateOf(req, req.user.id)
  if (!user?.totpEnabled) return refusal(409, 'Die Zwei-Faktor-Anmeldung ist nicht eingeschaltet.')
  if (!(await useCode(req, user, code))) return CODE_WRONG
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: cleared, req, returning: false })
  forgetSteps(user.id)
  return { status: 200, body: { message: 'Die Zwei-Faktor-Anmeldung ist ausgeschaltet.' } }
}

/** "Zurücksetzen" by an admin for another account (lost phone and recovery codes); the owner can then set it up anew. */
async function reset(req: PayloadRequest): Promise<Answer> {
  if (!req.user) return SIGN_IN_FIRST
  if (!userHasRole(req, 'admin'))
    return refusal(403, 'Nur die Administration kann die Zwei-Faktor-Anmeldung anderer Konten zurücksetzen.')
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id < 1) return refusal(404, 'Dieses Konto gibt es nicht.')
  if (id === req.user.id)
    return refusal(
      403,
      'Ihre eigene Zwei-Faktor-Anmeldung schalten Sie mit einem Code aus; zurücksetzen kann sie eine andere Person der Administration.',
    )
  const user = await stateOf(req, id)
  if (!user) return refusal(404, 'Dieses Konto gibt es nicht.')
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: cleared, req, returning: false })
  forgetSteps(user.id)
  req.payload.logger.info({ msg: 'TOTP reset by an admin', account: user.id, by: req.user.id })
  return { status: 200, body: { message: 'Die Zwei-Faktor-Anmeldung dieses Kontos ist zurückgesetzt.' } }
}

const post = (path: string, run: (req: PayloadRequest) => Promise<Answer>): Endpoint => {
  const handler: PayloadHandler = async (req) => answer(await run(req))
  return { path, method: 'post', handler }
}

/** Under /api/users: the account's own set-up, confirmation and switch-off, and an admin's reset of another. */
export const totpEndpoints: Endpoint[] = [
  post('/totp/setup', setUp),
  post('/totp/confirm', confirm),
  post('/totp/disable', switchOff),
  post('/:id/totp/reset', reset),
]
