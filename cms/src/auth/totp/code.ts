import type { User } from '@ki/contract/payload-types'
import type { PayloadRequest } from 'payload'

import { isRecoveryCodeShape, useRecoveryCode } from './recoveryCodes'
import { base32Decode, matchingStep } from './rfc6238'
import { openSecret } from './secretBox'

/** The second factor's stored state, as the database holds it (hidden fields, never in an API answer). */
export type TotpState = Pick<User, 'id' | 'totpEnabled' | 'totpSecret' | 'totpLastStep' | 'totpRecoveryCodes'>

/**
 * The last step used per account in this process, set before anything is awaited: two sign-ins sent at the same
 * moment with the same code cannot both pass while the first is still writing `totpLastStep`.
 */
const lastStepInProcess = new Map<User['id'], number>()

const hashesOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((hash): hash is string => typeof hash === 'string') : []

export const recoveryCodesLeft = (user: Pick<User, 'totpRecoveryCodes'>): number =>
  hashesOf(user.totpRecoveryCodes).length

/** The account's secret in Base32, or undefined (none, or sealed with another PAYLOAD_SECRET). */
export const secretOf = (sealed: string | null | undefined, req: PayloadRequest): string | undefined =>
  sealed ? openSecret(sealed, req.payload.secret) : undefined

/**
 * Whether `code` is the account's current app code (this step or one either side, later than the last one used)
 * or one of its unused recovery codes. A match is used up at once: the step is remembered, the recovery code
 * removed, in the request's transaction.
 */
export async function useCode(req: PayloadRequest, user: TotpState, code: unknown): Promise<boolean> {
  if (typeof code !== 'string' || code.trim() === '') return false
  if (isRecoveryCodeShape(code)) {
    const left = useRecoveryCode(hashesOf(user.totpRecoveryCodes), code)
    if (!left) return false
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { totpRecoveryCodes: left },
      req,
      returning: false,
    })
    return true
  }
  const secret = secretOf(user.totpSecret, req)
  if (!secret) return false
  const lastUsed = Math.max(user.totpLastStep ?? -1, lastStepInProcess.get(user.id) ?? -1)
  const step = matchingStep(base32Decode(secret), code, Date.now(), lastUsed)
  if (step === undefined) return false
  lastStepInProcess.set(user.id, step)
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { totpLastStep: step },
    req,
    returning: false,
  })
  return true
}

/** Forgets what this process remembers of an account's codes (it was switched off or reset). */
export const forgetSteps = (id: User['id']): void => {
  lastStepInProcess.delete(id)
}
