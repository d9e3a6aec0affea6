import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CMS_DIR = join(ROOT, 'cms')
export const SITE_DIR = join(ROOT, 'site')
export const CONTENT_DIR = process.env.CONTENT_DIR ?? join(ROOT, 'content')
/** Everything an installation creates at run time lives here (ignored by git). */
export const DATA_DIR = process.env.DATA_DIR ? join(process.env.DATA_DIR) : join(ROOT, 'data')
