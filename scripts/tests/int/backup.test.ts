/**
 * npm run backup / npm run restore, run as an operator runs them (child processes of scripts/backup.ts and
 * scripts/restore.ts) on the seeded content: SQLite by default, PostgreSQL when TEST_DATABASE_URI points at one.
 * The restored installation is compared with the original row by row in every table and file by file.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const baseUri = process.env.TEST_DATABASE_URI ?? ''
const kind = baseUri.startsWith('postgres') ? 'postgres' : baseUri.startsWith('mongodb') ? 'mongodb' : 'sqlite'
const PROBE_TITLE = 'Kurz vor der Sicherung angelegt'

type Installation = { dataDir: string; databaseUri: string; drop: () => void }
const created: Installation[] = []

function psql(uri: string, sql: string): string {
  const result = spawnSync('psql', ['--no-psqlrc', '-qAt', '-v', 'ON_ERROR_STOP=1', '-c', sql, uri], {
    encoding: 'utf8',
    // COPY of the versions tables runs to tens of MB (spawnSync's default is 1 MB).
    maxBuffer: 512 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`psql: ${result.error?.message ?? result.stderr}`)
  return result.stdout
}

/** An empty installation: a temporary DATA_DIR and a database that does not exist yet (SQLite) or has no tables. */
function emptyInstallation(): Installation {
  const dataDir = mkdtempSync(join(tmpdir(), 'ki-backup-'))
  let databaseUri = `file:${join(dataDir, 'cms.db')}`
  let drop = () => {}
  if (kind === 'postgres') {
    const name = `ki_backup_${process.pid}_${created.length}_${Date.now().toString(36)}`
    psql(baseUri, `CREATE DATABASE ${name}`)
    const url = new URL(baseUri)
    url.pathname = `/${name}`
    databaseUri = url.toString()
    drop = () => psql(baseUri, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
  const installation = {
    dataDir,
    databaseUri,
    drop: () => {
      drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
  created.push(installation)
  return installation
}

const environment = (installation: Installation) => ({
  ...process.env,
  DATABASE_URI: installation.databaseUri,
  DATA_DIR: installation.dataDir,
  ADMIN_EMAIL: 'backup-test@example.org',
  ADMIN_PASSWORD: 'ein-langes-Testkennwort-2026',
})

/** Runs scripts/<script>.ts as `npm run <script>` does; resolves with its exit code and output. */
function run(script: string, args: string[], installation: Installation) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', `${script}.ts`), ...args], {
      cwd: ROOT,
      env: environment(installation),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('exit', (code) => resolvePromise({ code, stdout, stderr }))
  })
}

/** Every row of every table, each row as one line, sorted: two databases with equal dumps hold the same records. */
function tableRows(uri: string): Record<string, string[]> {
  const rows: Record<string, string[]> = {}
  if (kind === 'sqlite') {
    const database = new DatabaseSync(uri.slice('file:'.length), { readOnly: true })
    const tables = database
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => String(row.name))
    for (const table of tables)
      rows[table] = database
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort()
    database.close()
  } else {
    const tables = psql(
      uri,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
      .split('\n')
      .filter(Boolean)
    for (const table of tables)
      rows[table] = psql(uri, `COPY (SELECT * FROM public."${table}") TO STDOUT`).split('\n').filter(Boolean).sort()
  }
  return rows
}

/** SHA-256 of every uploaded file, by its path below DATA_DIR/uploads. */
function uploadChecksums(dataDir: string): Record<string, string> {
  const uploads = join(dataDir, 'uploads')
  const sums: Record<string, string> = {}
  for (const entry of readdirSync(uploads, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      sums[relative(uploads, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  return sums
}

/** Starts fixtures/create-page-and-hold.ts; resolves with the new page's id once it is saved, and a way to stop it. */
function createPageAndHold(installation: Installation) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'create-page-and-hold.ts'), PROBE_TITLE],
    { cwd: ROOT, env: environment(installation), stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise<{ id: number | string; stop: () => Promise<void> }>((resolvePromise, reject) => {
    let output = ''
    child.once('exit', (code) => reject(new Error(`create-page-and-hold exited with ${code}: ${output}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"id"'))
      if (!line) return
      child.removeAllListeners('exit')
      const { id } = JSON.parse(line) as { id: number | string }
      const stop = () =>
        new Promise<void>((resolveStop) => {
          child.once('exit', () => resolveStop())
          child.kill('SIGKILL')
        })
      resolvePromise({ id, stop })
    })
  })
}

describe.skipIf(kind === 'mongodb')(`backup and restore (${kind})`, () => {
  let original: Installation
  let archive: string
  let probe: number | string
  let walBytes = 0
  let copy: Installation

  beforeAll(async () => {
    original = emptyInstallation()
    const seeded = await run('seed', [], original)
    expect(seeded.stderr.split('\n').filter((line) => line.startsWith('✗'))).toEqual([])
    expect(seeded.code).toBe(0)
    // An editor saves a page while the CMS runs; the backup follows seconds later, the writer still connected.
    const holder = await createPageAndHold(original)
    probe = holder.id
    if (kind === 'sqlite') walBytes = statSync(join(original.dataDir, 'cms.db-wal')).size
    archive = join(original.dataDir, 'backups', 'test.tar.gz')
    const backup = await run('backup', [archive], original)
    await holder.stop()
    expect(backup.stderr.split('\n').filter((line) => line.startsWith('✗'))).toEqual([])
    expect(backup.stdout).toMatch(/^✔ Backup written: .*test\.tar\.gz \(/m)
  }, 1_500_000)

  afterAll(() => {
    for (const installation of created) installation.drop()
  })

  it(
    'a restore into an empty installation holds every record and every uploaded file of the original',
    { timeout: 300_000 },
    async () => {
      copy = emptyInstallation()
      const restored = await run('restore', [archive], copy)
      expect(restored.stderr).toBe('')
      expect(restored.code).toBe(0)

      const before = tableRows(original.databaseUri)
      const after = tableRows(copy.databaseUri)
      expect(Object.keys(after)).toEqual(Object.keys(before))
      for (const table of Object.keys(before))
        expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] })
      const records = Object.values(before).reduce((sum, rows) => sum + rows.length, 0)
      expect(records).toBeGreaterThan(1000)
      expect(before.pages.length).toBeGreaterThanOrEqual(20)

      const files = uploadChecksums(original.dataDir)
      expect(Object.keys(files).length).toBeGreaterThan(5)
      expect(uploadChecksums(copy.dataDir)).toEqual(files)
      expect(readFileSync(join(copy.dataDir, 'secret'), 'utf8')).toBe(
        readFileSync(join(original.dataDir, 'secret'), 'utf8'),
      )
      expect(restored.stdout).toMatch(
        new RegExp(
          `^✔ Restored .*: ${records - (before.payload_migrations?.length ?? 0)} records, ${Object.keys(files).length} uploaded files, the secret`,
          'm',
        ),
      )
    },
  )

  it('a page saved seconds before the backup, still in the write-ahead log, is in the backup', () => {
    if (kind === 'sqlite') expect(walBytes).toBeGreaterThan(0)
    const titles =
      kind === 'sqlite'
        ? new DatabaseSync(copy.databaseUri.slice('file:'.length), { readOnly: true })
            .prepare('SELECT title FROM pages_locales WHERE _parent_id = ?')
            .all(probe)
            .map((row) => row.title)
        : psql(copy.databaseUri, `SELECT title FROM pages_locales WHERE _parent_id = ${Number(probe)}`)
            .split('\n')
            .filter(Boolean)
    expect(titles).toEqual([PROBE_TITLE])
  })

  it(
    'refuses to restore over an installation with content, and replaces it with --force',
    { timeout: 300_000 },
    async () => {
      const refused = await run('restore', [archive], copy)
      expect(refused.code).toBe(1)
      expect(refused.stderr.trim()).toMatch(
        /^✗ The installation is not empty \(\d+ records in .*, \d+ uploaded files in .*\): restore into an empty one, or pass --force to replace its content\.$/,
      )
      const forced = await run('restore', [archive, '--force'], copy)
      expect(forced.code).toBe(0)
      expect(tableRows(copy.databaseUri)).toEqual(tableRows(original.databaseUri))
    },
  )

  it('a damaged archive is refused before anything is restored, naming the damaged file', async () => {
    const unpacked = mkdtempSync(join(tmpdir(), 'ki-backup-damaged-'))
    await tar.extract({ file: archive, cwd: unpacked })
    const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as {
      files: Record<string, unknown>
    }
    const upload = Object.keys(manifest.files).find((path) => path.startsWith('uploads/media/'))
    expect(upload).toMatch(/^uploads\/media\//)
    writeFileSync(join(unpacked, upload!), 'nicht das Original')
    const damaged = join(unpacked, 'damaged.tar.gz')
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, ['manifest.json', ...Object.keys(manifest.files)])

    const empty = emptyInstallation()
    const refused = await run('restore', [damaged], empty)
    rmSync(unpacked, { recursive: true, force: true })
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toBe(
      `✗ ${damaged}: ${upload} does not match its checksum (the archive is damaged); nothing was restored.`,
    )
    expect(readdirSync(empty.dataDir).filter((name) => name !== 'secret')).toEqual([])
  })
})
