import type { PayloadRequest } from 'payload'

import { adminOrigins } from '../origins'

/**
 * The CMS's address for links in mails: the configured public address (CMS_PUBLIC_URL), else the origin the request
 * came in on when it is one of the admin's own (never a Host header someone made up), else the first of those.
 */
export function cmsOrigin(req: Pick<PayloadRequest, 'payload' | 'url' | 'headers'>): string {
  const configured = req.payload.config.serverURL
  if (configured) return configured.replace(/\/+$/, '')
  const trusted = adminOrigins()
  const host = req.headers.get('host')
  if (req.url && host) {
    try {
      const origin = `${new URL(req.url).protocol}//${host}`
      if (trusted.includes(origin)) return origin
    } catch {
      // A request without a parseable URL (Local API) gets the configured origin below.
    }
  }
  return trusted[0]
}
