import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Compressing every answer again costs more CPU than a cached API answer itself (README: CMS_COMPRESS); in
  // production a reverse proxy compresses, on localhost nothing needs it.
  compress: process.env.CMS_COMPRESS === 'on',
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
