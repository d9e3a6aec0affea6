/**
 * Online backups of an installation and their restore (npm run backup / npm run restore).
 *
 * An archive (`.tar.gz`) holds
 *   manifest.json        format, creation time, database kind, and the SHA-256 and size of every other file
 *   database/cms.db      SQLite: a consistent copy made with `VACUUM INTO` while the CMS keeps writing (WAL included)
 *   database/cms.pgdump  PostgreSQL: `pg_dump --format=custom`, one snapshot of the whole database
 *   uploads/…            DATA_DIR/uploads/media and /documents, as they were right after the database copy
 *   secret               DATA_DIR/secret when there is one (the PAYLOAD_SECRET that API keys are encrypted with)
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import * as tar from 'tar'

import { databaseKind, redactUri } from '../../cms/src/database-uri'
import { UserError } from './processes'

export const BACKUP_FORMAT = 'ki-portal-backup'
const FORMAT_VERSION = 1
const UPLOAD_FOLDERS = ['media', 'documents'] as const

export type Installation = {
  /** DATABASE_URI: `file:/absolute/path.db` or `postgres://…`. */
  databaseUri: string
  /** DATA_DIR: the uploads and the secret live here. */
  dataDir: string
}

type ManifestFile = { sha256: string; bytes: number }

export type Manifest = {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  database: { kind: 'sqlite' | 'postgres'; file: string }
  files: Record<string, ManifestFile>
}

export type BackupSummary = { file: string; bytes: number; files: number; uploads: number; seconds: number }

/** `file:/x/cms.db` → `/x/cms.db` (the URI is absolute: scripts/lib/env.ts `absoluteDatabaseUri`). */
const sqlitePath = (uri: string) => uri.slice('file:'.length).split('?')[0]

function sqlDatabaseKind(uri: string): 'sqlite' | 'postgres' {
  const kind = databaseKind(uri)
  if (kind === 'mongodb')
    throw new UserError(
      `Backups cover SQLite and PostgreSQL; for MongoDB (${redactUri(uri)}) use mongodump/mongorestore.`,
    )
  return kind
}

/** A libpq connection: the URI without its password, the password in PGPASSWORD (not on any command line). */
function postgresConnection(uri: string): { uri: string; env: NodeJS.ProcessEnv } {
  const url = new URL(uri)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { uri: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

/** Runs a PostgreSQL client tool; its error output becomes one line naming the tool and the database. */
async function runPostgresTool(tool: string, args: string[], databaseUri: string): Promise<string> {
  const connection = postgresConnection(databaseUri)
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, [...args, '--dbname', connection.uri], { env: connection.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new UserError(
          error.code === 'ENOENT'
            ? `${tool} is not installed: install Debian's postgresql-client (apt-get install postgresql-client).`
            : `${tool} could not be started: ${error.message}`,
        ),
      ),
    )
    child.once('exit', (code) => {
      if (code === 0) resolvePromise(stdout)
      else {
        const reason = stderr.trim().split('\n').filter(Boolean).slice(0, 2).join(' ') || `exit code ${code}`
        reject(new UserError(`${tool} failed on ${redactUri(databaseUri)}: ${reason}`))
      }
    })
  })
}

const psql = (databaseUri: string, sql: string) =>
  runPostgresTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--tuples-only', '--no-align', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    databaseUri,
  )

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file below `dir`, as paths relative to it with `/` separators, sorted. */
async function filesBelow(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** SQLite: a consistent copy while other connections write; `VACUUM INTO` reads one snapshot, WAL included. */
function copySqlite(databaseUri: string, target: string): void {
  const source = sqlitePath(databaseUri)
  if (!existsSync(source)) throw new UserError(`There is no database to back up at ${source}.`)
  const database = new DatabaseSync(source, { readOnly: true })
  try {
    database.exec('PRAGMA busy_timeout = 30000')
    database.prepare('VACUUM INTO ?').run(target)
  } catch (error) {
    throw new UserError(`The SQLite database ${source} could not be copied: ${(error as Error).message}`)
  } finally {
    database.close()
  }
}

/** `ki-backup-20261201-163000.tar.gz` in `target` when it is a folder (or ends with /), else `target` itself. */
export function backupFileName(target: string, now = new Date()): string {
  const isFolder = target.endsWith('/') || (existsSync(target) && statSync(target).isDirectory())
  if (!isFolder) return target
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return join(target, `ki-backup-${stamp}.tar.gz`)
}

/**
 * Writes one archive of the database and the uploads while the CMS keeps serving. The database is copied first,
 * then the uploads: every file a copied record names is in the archive (Payload stores the file before the record).
 * The archive appears under its name only when complete.
 */
export async function createBackup(installation: Installation, target: string): Promise<BackupSummary> {
  const started = Date.now()
  const kind = sqlDatabaseKind(installation.databaseUri)
  const file = backupFileName(target)
  await mkdir(dirname(file), { recursive: true })
  const staging = await mkdtemp(join(dirname(file), '.backup-'))
  try {
    await mkdir(join(staging, 'database'))
    const databaseFile = kind === 'sqlite' ? 'database/cms.db' : 'database/cms.pgdump'
    if (kind === 'sqlite') copySqlite(installation.databaseUri, join(staging, databaseFile))
    else
      await runPostgresTool(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', '--file', join(staging, databaseFile)],
        installation.databaseUri,
      )
    let uploads = 0
    for (const folder of UPLOAD_FOLDERS) {
      const source = join(installation.dataDir, 'uploads', folder)
      if (!existsSync(source)) continue
      await cp(source, join(staging, 'uploads', folder), { recursive: true })
      uploads += (await filesBelow(join(staging, 'uploads', folder))).length
    }
    const secret = join(installation.dataDir, 'secret')
    if (existsSync(secret)) await cp(secret, join(staging, 'secret'))

    const files: Record<string, ManifestFile> = {}
    for (const path of await filesBelow(staging))
      files[path] = { sha256: await sha256(join(staging, path)), bytes: statSync(join(staging, path)).size }
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: { kind, file: databaseFile },
      files,
    }
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    const partial = `${file}.partial`
    await tar.create({ gzip: true, portable: true, file: partial, cwd: staging }, [
      'manifest.json',
      ...Object.keys(files),
    ])
    await chmod(partial, 0o600)
    await rename(partial, file)
    return {
      file,
      bytes: statSync(file).size,
      files: Object.keys(files).length,
      uploads,
      seconds: (Date.now() - started) / 1000,
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

function readManifest(text: string, archive: string): Manifest {
  let manifest: Partial<Manifest>
  try {
    manifest = JSON.parse(text) as Partial<Manifest>
  } catch {
    throw new UserError(`${archive}: manifest.json is not valid JSON; nothing was restored.`)
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== FORMAT_VERSION)
    throw new UserError(`${archive}: not a backup of this portal (manifest format ${String(manifest.format)}).`)
  if (!manifest.database || !manifest.files || !(manifest.database.file in manifest.files))
    throw new UserError(`${archive}: manifest.json names no database file; nothing was restored.`)
  return manifest as Manifest
}

/** Extracts the archive and checks every file against the manifest: nothing missing, nothing extra, nothing changed. */
export async function verifyBackup(archive: string, into: string): Promise<Manifest> {
  if (!existsSync(archive)) throw new UserError(`${archive}: no such file.`)
  try {
    await tar.extract({ file: archive, cwd: into, strict: true })
  } catch (error) {
    throw new UserError(`${archive}: cannot be read as a .tar.gz archive (${(error as Error).message}).`)
  }
  if (!existsSync(join(into, 'manifest.json')))
    throw new UserError(`${archive}: has no manifest.json; not a backup of this portal.`)
  const manifest = readManifest(await readFile(join(into, 'manifest.json'), 'utf8'), archive)
  const present = (await filesBelow(into)).filter((path) => path !== 'manifest.json')
  for (const path of Object.keys(manifest.files))
    if (!present.includes(path))
      throw new UserError(`${archive}: ${path} is listed in the manifest but missing; nothing was restored.`)
  for (const path of present) {
    const expected = manifest.files[path]
    if (!expected) throw new UserError(`${archive}: ${path} is not in the manifest; nothing was restored.`)
    if ((await sha256(join(into, path))) !== expected.sha256)
      throw new UserError(
        `${archive}: ${path} does not match its checksum (the archive is damaged); nothing was restored.`,
      )
  }
  return manifest
}

/** What the installation already holds: rows outside Payload's migration table, and uploaded files. */
export async function installationContent(installation: Installation): Promise<{ rows: number; files: number }> {
  let files = 0
  for (const folder of UPLOAD_FOLDERS) files += (await filesBelow(join(installation.dataDir, 'uploads', folder))).length
  const kind = sqlDatabaseKind(installation.databaseUri)
  let rows = 0
  if (kind === 'sqlite') {
    const path = sqlitePath(installation.databaseUri)
    if (existsSync(path) && statSync(path).size > 0) {
      const database = new DatabaseSync(path, { readOnly: true })
      try {
        const tables = database
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
          .all()
          .map((row) => String(row.name))
          .filter((name) => name !== 'payload_migrations')
        for (const table of tables)
          rows += Number(database.prepare(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0)
      } finally {
        database.close()
      }
    }
  } else {
    // One statement: the row count of every table in the public schema but the migration table.
    const counts = await psql(
      installation.databaseUri,
      `SELECT coalesce(sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', table_name), false, true, '')))[1]::text::bigint), 0)
         FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'payload_migrations'`,
    )
    rows = Number(counts.trim())
  }
  return { rows, files }
}

export type RestoreSummary = { rows: number; uploads: number; seconds: number; secret: boolean }

/**
 * Restores an archive into an installation. The archive is verified in full before anything is touched; an
 * installation with content (records or uploads) is refused unless `force`. The database is replaced as a whole.
 * The CMS must not run on the target while this runs.
 */
export async function restoreBackup(
  archive: string,
  installation: Installation,
  { force = false }: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const started = Date.now()
  const kind = sqlDatabaseKind(installation.databaseUri)
  await mkdir(installation.dataDir, { recursive: true })
  const staging = await mkdtemp(join(installation.dataDir, '.restore-'))
  try {
    const manifest = await verifyBackup(archive, staging)
    if (manifest.database.kind !== kind)
      throw new UserError(
        `${archive} holds a ${manifest.database.kind} database, DATABASE_URI (${redactUri(installation.databaseUri)}) is ${kind}: set DATABASE_URI to a ${manifest.database.kind} database.`,
      )
    const existing = await installationContent(installation)
    if ((existing.rows > 0 || existing.files > 0) && !force)
      throw new UserError(
        `The installation is not empty (${existing.rows} records in ${redactUri(installation.databaseUri)}, ${existing.files} uploaded files in ${installation.dataDir}): restore into an empty one, or pass --force to replace its content.`,
      )

    const databaseFile = join(staging, manifest.database.file)
    if (kind === 'sqlite') {
      const path = sqlitePath(installation.databaseUri)
      await mkdir(dirname(path), { recursive: true })
      for (const suffix of ['-wal', '-shm', '']) await rm(`${path}${suffix}`, { force: true })
      await cp(databaseFile, path)
    } else {
      await psql(installation.databaseUri, 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
      await runPostgresTool(
        'pg_restore',
        ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', databaseFile],
        installation.databaseUri,
      )
    }
    let uploads = 0
    for (const folder of UPLOAD_FOLDERS) {
      const target = join(installation.dataDir, 'uploads', folder)
      await rm(target, { recursive: true, force: true })
      const source = join(staging, 'uploads', folder)
      if (!existsSync(source)) continue
      await mkdir(dirname(target), { recursive: true })
      await rename(source, target)
      uploads += (await filesBelow(target)).length
    }
    const secret = existsSync(join(staging, 'secret'))
    if (secret) {
      await rename(join(staging, 'secret'), join(installation.dataDir, 'secret'))
      await chmod(join(installation.dataDir, 'secret'), 0o600)
    }
    const restored = await installationContent(installation)
    return { rows: restored.rows, uploads, seconds: (Date.now() - started) / 1000, secret }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
