import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The signed link of "Sind Ihre Angaben noch aktuell?": `<organisation id>.<issued, ms>.<HMAC-SHA256>` keyed with the
 * CMS secret, so nobody can make one for another organisation or another day. Expiry and reuse are checked against
 * the time it was issued (./confirm.ts); the token itself holds nothing secret.
 */
const PURPOSE = 'organisation-confirmation'

const signature = (secret: string, organisation: string, issued: number) =>
  createHmac('sha256', secret).update(`${PURPOSE}:${organisation}:${issued}`).digest('base64url')

export function confirmationToken(secret: string, organisation: number | string, issued: Date): string {
  const id = String(organisation)
  return `${id}.${issued.getTime()}.${signature(secret, id, issued.getTime())}`
}

export type ReadToken = { organisation: string; issued: Date } | { forged: true }

/** The organisation and issue time of a token whose signature holds; `forged` for anything else. */
export function readConfirmationToken(secret: string, token: string | null | undefined): ReadToken {
  const parts = (token ?? '').split('.')
  if (parts.length !== 3) return { forged: true }
  const [organisation, issuedText, given] = parts
  const issued = Number(issuedText)
  if (!/^\d+$/.test(organisation) || !Number.isSafeInteger(issued)) return { forged: true }
  const expected = Buffer.from(signature(secret, organisation, issued))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { forged: true }
  return { organisation, issued: new Date(issued) }
}
