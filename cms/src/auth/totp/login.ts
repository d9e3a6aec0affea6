import type { User } from '@ki/contract/payload-types'
import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { useCode } from './code'
import { CODE_FIELD } from './codeField'

export const CODE_MISSING =
  'Für dieses Konto ist die Zwei-Faktor-Anmeldung eingeschaltet. Bitte geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.'
export const CODE_WRONG =
  'Der Code ist falsch, abgelaufen oder wurde schon verwendet. Bitte geben Sie den aktuellen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.'

/**
 * 401 with `data.totpRequired`, like Payload's wrong-password answer otherwise: no field path, since the admin's form
 * keeps a field's server error until the next successful submit and would refuse to send a corrected code.
 */
const refusal = (message: string) => new APIError(message, 401, { totpRequired: true }, true)

/**
 * Payload's login handler passes only e-mail and password on; the code is read from the request's body here, before
 * the login runs (REST and the admin's login form; a GraphQL or Local API login has no code and is refused for an
 * account with a second factor).
 */
export const captureTotpCode: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'resetPassword') return args
  const code: unknown = req.data?.[CODE_FIELD]
  req.context.totpCode = typeof code === 'string' ? code : undefined
  req.context.totpOperation = operation
  return args
}

/**
 * After the password was right and before Payload signs a token: an account with a second factor needs a current
 * code (or a recovery code). Without it the login is refused, the session Payload had added is revoked and nothing
 * is stored (Payload's login rolls back); the attempt counts as failed for loginLimits.ts, since
 * clearFailuresOnLogin never runs.
 *
 * "Passwort zurücksetzen" (the mailed link) signs in too: for such an account the new password is kept, but no
 * session is handed out (`withholdResetSession`), so the next sign-in asks for the code.
 */
export const requireTotpCode: CollectionBeforeLoginHook<User> = async ({ req, user }) => {
  if (!user.totpEnabled) return user
  if (req.context.totpOperation === 'resetPassword' && !req.context.totpCode) {
    req.context.totpWithholdSession = true
    return user
  }
  const code = req.context.totpCode
  if (typeof code !== 'string' || code.trim() === '') throw refusal(CODE_MISSING)
  if (!(await useCode(req, user, code))) throw refusal(CODE_WRONG)
  return user
}

/** A password reset of an account with a second factor answers without a token, so Payload sets no session cookie. */
export const withholdResetSession: CollectionAfterOperationHook<'users'> = ({ operation, req, result }) => {
  if (operation !== 'resetPassword' || req.context.totpWithholdSession !== true) return result
  return { ...result, token: undefined }
}
