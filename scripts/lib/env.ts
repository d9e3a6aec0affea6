import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, isAbsolute, resolve } from 'node:path'

import { databaseKind } from '../../cms/src/database-uri'
import { DATA_DIR, ROOT } from './paths'
import { UserError } from './processes'

export type RuntimeConfig = {
  databaseUri: string
  cmsPort: number
  sitePort: number
  /** Where the site build reads the CMS API. */
  cmsUrl: string
  env: NodeJS.ProcessEnv
}

function port(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name}=${raw} is not a port number (1–65535).`)
  }
  return value
}

/** PAYLOAD_SECRET from the environment, or one generated once and kept in data/secret. */
function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = join(DATA_DIR, 'secret')
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

/** A relative SQLite path is relative to the project root, whatever folder a process runs in. */
export function absoluteDatabaseUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri
  const path = uri.slice('file:'.length)
  return `file:${isAbsolute(path) ? path : resolve(ROOT, path)}`
}

export function runtimeConfig(): RuntimeConfig {
  const databaseUri = absoluteDatabaseUri(process.env.DATABASE_URI || `file:${join(DATA_DIR, 'cms.db')}`)
  try {
    databaseKind(databaseUri)
  } catch (error) {
    throw new UserError((error as Error).message)
  }
  const cmsPort = port('CMS_PORT', 3000)
  const sitePort = port('SITE_PORT', 4321)
  const cmsUrl = process.env.CMS_URL || `http://localhost:${cmsPort}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAYLOAD_SECRET: payloadSecret(),
    DATABASE_URI: databaseUri,
    CMS_URL: cmsUrl,
    SITE_URL: process.env.SITE_URL || `http://localhost:${sitePort}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  return { databaseUri, cmsPort, sitePort, cmsUrl, env }
}
