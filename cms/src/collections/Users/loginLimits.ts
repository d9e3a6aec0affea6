import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientKey, saltedKey, WindowLimit } from '../../lib/clientLimit'

/** Failed sign-ins one client may make in 15 minutes, whichever accounts it tries. */
export const ATTEMPTS_PER_CLIENT = 10
/** Failed attempts on one account (from anyone) before each further attempt waits: 2 s, 4 s, … at most a minute. */
export const FREE_FAILURES = 5
const MAX_WAIT_SECONDS = 60
/** "Passwort vergessen" answers no sooner than this, whether the account exists (an e-mail is sent) or not. */
export const FORGOT_PASSWORD_MS = 1500

const perClient = new WindowLimit({ limit: ATTEMPTS_PER_CLIENT, windowMs: 15 * 60_000 })
const forgotPerClient = new WindowLimit({ limit: 5, windowMs: 15 * 60_000 })

/** Per account (by salted hash of the address, known or not): failures since the last success, and when it may try again. */
const accounts = new Map<string, { failures: number; nextAt: number }>()
const MAX_ACCOUNTS = 10_000

const accountKey = (email: unknown) =>
  saltedKey(`account ${typeof email === 'string' ? email.trim().toLowerCase() : ''}`)

const tooMany = (seconds: number) =>
  new APIError(
    `Zu viele Anmeldeversuche. Bitte versuchen Sie es in ${seconds} Sekunden erneut.`,
    429,
    { retryAfter: seconds },
    true,
  )

/** What Payload's password check costs (PBKDF2-SHA256, 600,000 rounds): spent for unknown accounts too. */
const derive = promisify(pbkdf2)
const spendPasswordCheck = async (password: unknown) =>
  derive(typeof password === 'string' ? password : '', randomBytes(32), 600_000, 32, 'sha256')

async function isAccount(req: PayloadRequest, email: unknown): Promise<boolean> {
  const address = typeof email === 'string' ? email.trim().toLowerCase() : ''
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: address } },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * In front of Payload's login (REST, GraphQL, Local API): a client that tries too often waits, and an account that
 * was guessed at too often makes every next attempt wait longer (at most a minute) — the owner is slowed, never
 * locked out; Payload's own account lock is off (Users: maxLoginAttempts 0). Every attempt counts as failed until
 * `clearFailuresOnLogin` says otherwise. An unknown account costs the same password check as a known one, and both
 * get Payload's same answer.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword') {
    const wait = forgotPerClient.hit(clientKey(req.headers))
    if (wait > 0) throw tooMany(wait)
    req.context.forgotPasswordStartedAt = Date.now()
    // Payload returns at once for an unknown account and skips afterOperation: wait the floor here instead.
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (!(await isAccount(req, email))) await new Promise((resolve) => setTimeout(resolve, FORGOT_PASSWORD_MS))
    return args
  }
  if (operation !== 'login') return args
  const now = Date.now()
  const client = clientKey(req.headers)
  const wait = perClient.hit(client, now)
  if (wait > 0) throw tooMany(wait)
  req.context.loginClientKey = client
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const key = accountKey(data?.email)
  const account = accounts.get(key) ?? { failures: 0, nextAt: 0 }
  if (account.nextAt > now) throw tooMany(Math.ceil((account.nextAt - now) / 1000))
  account.failures++
  const over = account.failures - FREE_FAILURES
  account.nextAt = over > 0 ? now + Math.min(2 ** over, MAX_WAIT_SECONDS) * 1000 : 0
  if (accounts.size >= MAX_ACCOUNTS && !accounts.has(key)) accounts.clear()
  accounts.set(key, account)
  req.context.loginAccountKey = key
  if (!(await isAccount(req, data?.email))) await spendPasswordCheck(data?.password)
  return args
}

/** A successful sign-in forgets the account's failures and does not count against the client. */
export const clearFailuresOnLogin: CollectionAfterLoginHook = ({ req }) => {
  const { loginAccountKey, loginClientKey } = req.context
  if (typeof loginAccountKey === 'string') accounts.delete(loginAccountKey)
  if (typeof loginClientKey === 'string') perClient.forgive(loginClientKey)
}

/** "Passwort vergessen" takes the same time whether the account exists or not (at least FORGOT_PASSWORD_MS). */
export const evenForgotPasswordTiming: CollectionAfterOperationHook<'users'> = async ({ operation, req, result }) => {
  if (operation !== 'forgotPassword') return result
  const started = req.context.forgotPasswordStartedAt
  const left = typeof started === 'number' ? started + FORGOT_PASSWORD_MS - Date.now() : 0
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left))
  return result
}
