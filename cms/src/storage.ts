import { join, resolve } from 'node:path'

import { projectRoot } from './database'

/** Everything created at run time: DATA_DIR, default <project>/data. */
export const dataDir = (): string =>
  process.env.DATA_DIR ? resolve(process.env.DATA_DIR) : join(projectRoot(), 'data')

/** Uploaded files live under DATA_DIR, one folder per collection. */
export function uploadDir(collection: 'media' | 'documents'): string {
  return join(dataDir(), 'uploads', collection)
}

/** The largest upload the CMS accepts, in bytes (UPLOAD_LIMIT_MB, default 40 MB). */
export function uploadLimitBytes(): number {
  const megabytes = Number(process.env.UPLOAD_LIMIT_MB || 40)
  return Math.round((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 40) * 1024 * 1024)
}

/** Bytes as megabytes the way an editor reads them: 1,5 (German decimal comma, at most one decimal). */
export function formatMegabytes(bytes: number): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)
}
