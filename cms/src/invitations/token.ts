import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** Days an invitation link works (INVITATION_TTL_DAYS, default 7). */
export function invitationTtlDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.INVITATION_TTL_DAYS?.trim() || 7)
  return Number.isFinite(days) && days > 0 ? days : 7
}

const signature = (secret: string, random: string) =>
  createHmac('sha256', secret).update(`invitation:${random}`).digest('base64url').slice(0, 32)

/** What the database keeps of a link: its hash, so a copy of the database opens no account. */
export const hashOf = (random: string): string => createHash('sha256').update(random).digest('hex')

/** A new link token `<random>.<signature>` and the hash stored with the invitation. */
export function newInvitationToken(secret: string): { token: string; hash: string } {
  const random = randomBytes(24).toString('base64url')
  return { token: `${random}.${signature(secret, random)}`, hash: hashOf(random) }
}

/** The stored hash a token stands for, or undefined when it is not one this CMS signed (forged, cut off). */
export function verifiedHash(secret: string, token: unknown): string | undefined {
  if (typeof token !== 'string') return undefined
  const [random, given, ...rest] = token.split('.')
  if (!random || !given || rest.length > 0) return undefined
  const expected = Buffer.from(signature(secret, random))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined
  return hashOf(random)
}
