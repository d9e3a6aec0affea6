import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { requireSecret } from '../../secret'

/**
 * The shared secret the publisher sends to claim changes and report builds: PUBLISHER_TOKEN, or one derived from
 * PAYLOAD_SECRET when unset (`npm start` runs CMS and publisher with the same environment). A production publisher
 * on its own gets PUBLISHER_TOKEN only, so it never holds the secret that signs editors' sessions.
 */
export function publisherToken(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLISHER_TOKEN
  if (configured && configured.length >= 16) return configured
  if (configured) throw new Error('PUBLISHER_TOKEN is too short: use at least 16 random characters.')
  return createHmac('sha256', requireSecret(env)).update('ki-portal site publisher').digest('hex')
}

/** The header the publisher sends: `Authorization: Publisher <token>`. */
export const publisherAuthorization = (token: string) => `Publisher ${token}`

/** True when the request carries the publisher's token (compared in constant time). */
export function isPublisher(req: Pick<PayloadRequest, 'headers'>): boolean {
  const header = req.headers.get('authorization') ?? ''
  const match = /^Publisher (.+)$/.exec(header)
  if (!match) return false
  const sent = Buffer.from(match[1])
  const expected = Buffer.from(publisherToken())
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}
