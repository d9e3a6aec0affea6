import { describe, expect, it } from 'vitest'

import {
  hashRecoveryCode,
  isRecoveryCodeShape,
  newRecoveryCodes,
  useRecoveryCode,
} from '../../src/auth/totp/recoveryCodes'
import { base32Decode, base32Encode, matchingStep, otpauthUri, stepAt, totp } from '../../src/auth/totp/rfc6238'
import { openSecret, sealSecret } from '../../src/auth/totp/secretBox'

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", codes are 8 digits.
const rfcKey = Buffer.from('12345678901234567890', 'ascii')
const appendixB: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('RFC 6238 TOTP', () => {
  it.each(appendixB)('gives the Appendix B SHA-1 code at %i s', (seconds, code) => {
    expect(totp(rfcKey, seconds * 1000, 8, 'sha1')).toBe(code)
  })

  it('shows the last six digits of those codes to the apps (6-digit codes)', () => {
    expect(totp(rfcKey, 59_000)).toBe('287082')
    expect(totp(rfcKey, 1111111109_000)).toBe('081804')
  })

  it('round-trips Base32 as authenticator apps read it (RFC 4648 test vectors)', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI')
    expect(base32Encode(Buffer.from('f'))).toBe('MY')
    expect(base32Decode('mzxw 6ytb-oi======').toString()).toBe('foobar')
    expect(base32Encode(rfcKey)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
  })

  it('accepts the code of the step before and after now, not two steps away', () => {
    const now = 1111111111_000
    const step = stepAt(now)
    expect(matchingStep(rfcKey, totp(rfcKey, now), now)).toBe(step)
    expect(matchingStep(rfcKey, totp(rfcKey, now - 30_000), now)).toBe(step - 1)
    expect(matchingStep(rfcKey, totp(rfcKey, now + 30_000), now)).toBe(step + 1)
    expect(matchingStep(rfcKey, totp(rfcKey, now - 60_000), now)).toBeUndefined()
    expect(matchingStep(rfcKey, totp(rfcKey, now + 60_000), now)).toBeUndefined()
  })

  it('does not accept a code again once its step (or a later one) has signed in', () => {
    const now = 1234567890_000
    const code = totp(rfcKey, now)
    expect(matchingStep(rfcKey, code, now, stepAt(now))).toBeUndefined()
    expect(matchingStep(rfcKey, totp(rfcKey, now - 30_000), now, stepAt(now))).toBeUndefined()
    expect(matchingStep(rfcKey, totp(rfcKey, now + 30_000), now, stepAt(now))).toBe(stepAt(now) + 1)
  })

  it('refuses anything but six digits', () => {
    const now = 59_000
    expect(matchingStep(rfcKey, '94287082', now)).toBeUndefined()
    expect(matchingStep(rfcKey, '', now)).toBeUndefined()
    expect(matchingStep(rfcKey, '28708a', now)).toBeUndefined()
    expect(matchingStep(rfcKey, '287 082', now)).toBe(stepAt(now))
  })

  it('writes the otpauth URI the apps scan, with issuer and account', () => {
    expect(otpauthUri({ secret: 'GEZDGNBV', account: 'anna@example.org', issuer: 'KI Oberhausen' })).toBe(
      'otpauth://totp/KI%20Oberhausen%3Aanna%40example.org?secret=GEZDGNBV&issuer=KI+Oberhausen&algorithm=SHA1&digits=6&period=30',
    )
  })
})

describe('recovery codes', () => {
  it('are ten different codes of four groups of four characters', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/)
    expect(codes.every(isRecoveryCodeShape)).toBe(true)
    expect(isRecoveryCodeShape('123456')).toBe(false)
  })

  it('each sign in once, typed in any case and without hyphens', () => {
    const codes = newRecoveryCodes(3)
    const hashes = codes.map(hashRecoveryCode)
    const left = useRecoveryCode(hashes, codes[1].toLowerCase().replace(/-/g, ''))
    expect(left).toEqual([hashes[0], hashes[2]])
    expect(useRecoveryCode(left!, codes[1])).toBeUndefined()
  })
})

describe('stored secret', () => {
  it('opens only with the PAYLOAD_SECRET it was sealed with', () => {
    const sealed = sealSecret('GEZDGNBVGY3TQOJQ', 'first-secret-0123456789')
    expect(sealed).not.toContain('GEZDGNBV')
    expect(openSecret(sealed, 'first-secret-0123456789')).toBe('GEZDGNBVGY3TQOJQ')
    expect(openSecret(sealed, 'other-secret-0123456789')).toBeUndefined()
  })
})
