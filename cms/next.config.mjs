import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Security headers on every answer of the CMS (admin and API). The admin runs with this policy: Next.js inlines
 * its bootstrap scripts and Payload's UI sets inline styles, so scripts and styles allow 'unsafe-inline' but only
 * from this origin; nothing may frame the admin (clickjacking) and no other host is contacted. HSTS belongs to the
 * TLS-terminating proxy (README, Deploy).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // NEXT_DIST_DIR (relative to cms/, e.g. `.next-b`): a second build folder, for a test stack beside `npm start`'s.
  // Next.js adds the folder's types to the tsconfig it builds with, so such a build gets its own (scripts/lib/cms.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the CMS with tsc before anything is built (scripts/lib/checks.ts); next build need not again.
  typescript: {
    ignoreBuildErrors: true,
    tsconfigPath: process.env.NEXT_DIST_DIR ? `${process.env.NEXT_DIST_DIR}.tsconfig.json` : 'tsconfig.json',
  },
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // Compressing every answer again costs more CPU than a cached API answer itself (README: CMS_COMPRESS); in
  // production a reverse proxy compresses, on localhost nothing needs it.
  compress: process.env.CMS_COMPRESS === 'on',
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  // The contract package (cms/contract) is TypeScript source, compiled with the CMS.
  transpilePackages: ['@ki/contract'],
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every answer for the colour-scheme client hint (`Accept-CH` / `Critical-CH: Sec-CH-Prefers-Color-Scheme`)
 * for the admin's dark mode. On a navigation to any other address Chromium then sends the request a second time with
 * the hint: the link of "Sind Ihre Angaben noch aktuell?" (then a GET that confirmed, now a page with a button) was used
 * up by the first request and the reader saw "Dieser Link wurde bereits verwendet". The hint is asked for on the admin
 * only.
 */
const adminOnlyClientHints = async () =>
  (await withPayloadConfig.headers()).map((rule) =>
    rule.headers.some(({ key }) => key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )

export default { ...withPayloadConfig, headers: adminOnlyClientHints }
