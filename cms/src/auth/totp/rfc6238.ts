import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** RFC 6238 as authenticator apps expect it: HMAC-SHA-1, 6 digits, 30-second steps. */
export const DIGITS = 6
export const STEP_SECONDS = 30
/** Steps either side of now that still count (clock drift of the phone): ±1, as RFC 6238 §5.2 recommends. */
export const DRIFT_STEPS = 1
/** 160 bits, the HMAC-SHA-1 key length RFC 4226 §4 recommends. */
const SECRET_BYTES = 20

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** RFC 4648 Base32 without padding, as `otpauth://` URIs and the apps' "enter key" forms take it. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

/** Base32 back to bytes; spaces, hyphens, padding and case are ignored (as typed from the screen). */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '')
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const char of clean) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) throw new Error(`Not a Base32 character: ${char}`)
    value = ((value << 5) | index) & 0xffff
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

export type Algorithm = 'sha1' | 'sha256' | 'sha512'

/** RFC 4226 HOTP: the code for one counter value, with dynamic truncation. */
export function hotp(key: Uint8Array, counter: number, digits = DIGITS, algorithm: Algorithm = 'sha1'): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac(algorithm, key).update(message).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits
  return binary.toString().padStart(digits, '0')
}

/** The time step a moment falls in (RFC 6238 T, with T0 = 0). */
export const stepAt = (unixMs: number): number => Math.floor(unixMs / 1000 / STEP_SECONDS)

/** RFC 6238 TOTP: the code shown at a moment. */
export const totp = (key: Uint8Array, unixMs: number, digits = DIGITS, algorithm: Algorithm = 'sha1'): string =>
  hotp(key, stepAt(unixMs), digits, algorithm)

/**
 * The step whose code was entered, or undefined: only the current step and one either side count, and only steps
 * after `lastUsedStep`, so a code (or an older one) that has signed in once cannot sign in again.
 */
export function matchingStep(key: Uint8Array, code: string, unixMs: number, lastUsedStep = -1): number | undefined {
  const entered = code.replace(/\s/g, '')
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(entered)) return undefined
  const now = stepAt(unixMs)
  let found: number | undefined
  // Every candidate is computed and compared in constant time, so the answer's timing does not say which matched.
  for (let step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
    const same = timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(entered))
    if (same && step > lastUsedStep && found === undefined) found = step
  }
  return found
}

/** A new random secret (Base32). */
export const newSecret = (): string => base32Encode(randomBytes(SECRET_BYTES))

/** What authenticator apps scan: the `otpauth://totp/` URI (Google Authenticator's key URI format). */
export function otpauthUri({ secret, account, issuer }: { secret: string; account: string; issuer: string }): string {
  const label = encodeURIComponent(`${issuer}:${account}`)
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(DIGITS),
    period: String(STEP_SECONDS),
  })
  return `otpauth://totp/${label}?${params.toString()}`
}
