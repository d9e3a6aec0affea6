import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import { base32Encode } from './rfc6238'

/** How many one-time recovery codes an enrolment gives; each signs in once instead of a code from the app. */
export const RECOVERY_CODE_COUNT = 10

/** 80 random bits as four groups of four Base32 characters (`ABCD-EFGH-…`): too many to guess, easy to type. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => base32Encode(randomBytes(10)).match(/.{4}/g)!.join('-'))
}

const normalise = (code: string) => code.toUpperCase().replace(/[\s-]/g, '')

/** Looks like a recovery code (16 Base32 characters, hyphens and spaces aside), not like a six-digit app code. */
export const isRecoveryCodeShape = (code: string): boolean => /^[A-Z2-7]{16}$/.test(normalise(code))

/**
 * Stored as SHA-256, never as text: 80 random bits need no slow hash (nothing to guess from a dictionary), and a
 * copy of the database does not sign anyone in.
 */
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(normalise(code)).digest('hex')

/** The stored hashes without the one this code matches, or undefined when it matches none. */
export function useRecoveryCode(hashes: readonly string[], code: string): string[] | undefined {
  const entered = Buffer.from(hashRecoveryCode(code), 'hex')
  const index = hashes.findIndex((hash) => {
    const stored = Buffer.from(hash, 'hex')
    return stored.length === entered.length && timingSafeEqual(stored, entered)
  })
  if (index < 0) return undefined
  return hashes.filter((_, i) => i !== index)
}
