/**
 * Direct access to the database Payload uses, for the baselines: the bulk insert of the same rows and the
 * same reads the REST cases make, without Payload in between. SQLite through the adapter's libsql client,
 * PostgreSQL through its pg pool.
 */
import { measureLatency, type Latency } from './latency'

/** The entries the REST and SQL latency steps read: list filters, detail ids, localized reads. */
export type QuerySamples = {
  list: { topic: number; from: string }[]
  detail: { id: number }[]
  localized: { id: number; locale: string }[]
}

export type Row = Record<string, unknown>
export type Db = {
  kind: 'sqlite' | 'postgres'
  query(sql: string, params?: unknown[]): Promise<Row[]>
  /** Every row of every table Payload manages (its migration ledger left out). */
  snapshot(): Promise<Map<string, Row[]>>
  /** Deletes every row of the snapshot's tables and inserts the snapshot again, in one transaction; returns the insert seconds. */
  reinsert(snapshot: Map<string, Row[]>): Promise<{ deleteSeconds: number; insertSeconds: number; rows: number }>
}

type LibsqlClient = {
  execute(statement: { sql: string; args: unknown[] } | string): Promise<{ rows: Row[]; columns: string[] }>
  batch(statements: ({ sql: string; args: unknown[] } | string)[], mode: 'write'): Promise<unknown>
}
type PgClient = { query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>; release(): void }
type PgPool = { query(text: string, values?: unknown[]): Promise<{ rows: Row[] }>; connect(): Promise<PgClient> }

/** Rows per INSERT statement: below SQLite's and PostgreSQL's limits on bound parameters (32766 / 65535). */
function chunkSize(columns: number): number {
  return Math.max(1, Math.min(500, Math.floor(30000 / Math.max(1, columns))))
}

function inserts(
  table: string,
  rows: Row[],
  quote: (name: string) => string,
  placeholder: (index: number) => string,
): { sql: string; args: unknown[] }[] {
  if (rows.length === 0) return []
  const columns = Object.keys(rows[0])
  const statements: { sql: string; args: unknown[] }[] = []
  const size = chunkSize(columns.length)
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size)
    const args: unknown[] = []
    const values = chunk.map(
      (row) => `(${columns.map((column) => (args.push(row[column]), placeholder(args.length))).join(', ')})`,
    )
    statements.push({
      sql: `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${values.join(', ')}`,
      args,
    })
  }
  return statements
}

const SKIPPED_TABLES = new Set(['payload_migrations'])

/** `payload.db` of the SQLite or PostgreSQL adapter (typed structurally: `payload` resolves from cms/ only). */
export function openDb(payload: { db: unknown }): Db {
  const adapter = payload.db as { name?: string; client?: LibsqlClient; pool?: PgPool }
  if (adapter.pool) return postgresDb(adapter.pool)
  if (adapter.client) return sqliteDb(adapter.client)
  throw new Error(`bench: the database adapter "${adapter.name ?? '?'}" is neither SQLite nor PostgreSQL`)
}

function sqliteDb(client: LibsqlClient): Db {
  const quote = (name: string) => `"${name}"`
  const query = async (sql: string, params: unknown[] = []) =>
    (await client.execute({ sql, args: params })).rows.map((row) => ({ ...row }))
  return {
    kind: 'sqlite',
    query,
    async snapshot() {
      const tables = await query(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      const result = new Map<string, Row[]>()
      for (const { name } of tables) {
        if (SKIPPED_TABLES.has(String(name))) continue
        const { rows, columns } = await client.execute(`SELECT * FROM ${quote(String(name))}`)
        result.set(
          String(name),
          rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]]))),
        )
      }
      return result
    },
    async reinsert(snapshot) {
      await client.execute('PRAGMA foreign_keys = OFF')
      const deleteStarted = performance.now()
      await client.batch(
        [...snapshot.keys()].map((table) => `DELETE FROM ${quote(table)}`),
        'write',
      )
      const deleteSeconds = (performance.now() - deleteStarted) / 1000
      const statements = [...snapshot].flatMap(([table, rows]) => inserts(table, rows, quote, () => '?'))
      const started = performance.now()
      await client.batch(statements, 'write')
      const insertSeconds = (performance.now() - started) / 1000
      await client.execute('PRAGMA foreign_keys = ON')
      return { deleteSeconds, insertSeconds, rows: [...snapshot.values()].reduce((sum, rows) => sum + rows.length, 0) }
    },
  }
}

function jsonParameter(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)
    ? JSON.stringify(value)
    : value
}

function postgresDb(pool: PgPool): Db {
  const quote = (name: string) => `"${name}"`
  const numbered = (sql: string) => {
    let index = 0
    return sql.replace(/\?/g, () => `$${++index}`)
  }
  return {
    kind: 'postgres',
    query: async (sql, params = []) => (await pool.query(numbered(sql), params)).rows,
    async snapshot() {
      const { rows: tables } = await pool.query(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
      )
      const result = new Map<string, Row[]>()
      for (const { name } of tables) {
        if (SKIPPED_TABLES.has(String(name))) continue
        result.set(String(name), (await pool.query(`SELECT * FROM ${quote(String(name))}`)).rows)
      }
      return result
    },
    async reinsert(snapshot) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        // Foreign keys are checked by triggers, which `replica` skips: the rows are the ones just read, so they are consistent.
        await client.query('SET LOCAL session_replication_role = replica')
        const deleteStarted = performance.now()
        await client.query(`DELETE FROM ${[...snapshot.keys()].map(quote).join('; DELETE FROM ')}`)
        const deleteSeconds = (performance.now() - deleteStarted) / 1000
        const started = performance.now()
        for (const statement of [...snapshot].flatMap(([table, rows]) =>
          inserts(table, rows, quote, (index) => `$${index}`),
        )) {
          // pg reads json(b) columns back as objects and arrays; as parameters they must be JSON text again.
          await client.query(statement.sql, statement.args.map(jsonParameter))
        }
        await client.query('COMMIT')
        const insertSeconds = (performance.now() - started) / 1000
        return {
          deleteSeconds,
          insertSeconds,
          rows: [...snapshot.values()].reduce((sum, rows) => sum + rows.length, 0),
        }
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      } finally {
        client.release()
      }
    },
  }
}

/** The reads of the three REST cases, written as the SQL a hand-written backend would run. */
export const directQueries = {
  /** Upcoming scheduled events of one topic, first 20 by start, with the total count. */
  async list(db: Db, { topic, from }: { topic: number; from: string }): Promise<number> {
    // `id IN (subquery)`, not a correlated EXISTS: SQLite plans EXISTS through the topics index per event (147 ms at 10k, 0.25 ms this way).
    const where = `e._status = 'published' AND e.status = 'scheduled' AND e.start >= ? AND e.id IN (SELECT r.parent_id FROM events_rels r WHERE r.path = 'topics' AND r.topics_id = ?)`
    const rows = await db.query(
      `SELECT e.id, e.slug, e.start, e.status, e.place_name, l.title FROM events e LEFT JOIN events_locales l ON l._parent_id = e.id AND l._locale = 'de' WHERE ${where} ORDER BY e.start LIMIT 20`,
      [from, topic],
    )
    await db.query(`SELECT count(*) AS total FROM events e WHERE ${where}`, [from, topic])
    return rows.length
  },
  /** One document with its German texts, keywords and its topics (depth 1). */
  async detail(db: Db, { id }: { id: number }): Promise<number> {
    const [document] = await db.query(`SELECT * FROM documents WHERE id = ? AND _status = 'published'`, [id])
    await db.query(`SELECT * FROM documents_locales WHERE _parent_id = ? AND _locale = 'de'`, [id])
    await db.query(`SELECT * FROM documents_texts WHERE parent_id = ?`, [id])
    await db.query(`SELECT * FROM documents_file_languages WHERE parent_id = ?`, [id])
    const rels = await db.query(`SELECT * FROM documents_rels WHERE parent_id = ? ORDER BY "order"`, [id])
    const topics = rels.map((rel) => Number(rel.topics_id)).filter(Boolean)
    if (topics.length > 0) {
      const marks = topics.map(() => '?').join(', ')
      await db.query(`SELECT * FROM topics WHERE id IN (${marks})`, topics)
      await db.query(`SELECT * FROM topics_locales WHERE _parent_id IN (${marks}) AND _locale = 'de'`, topics)
    }
    return document ? 1 : 0
  },
  /** One page in a translation language, German where the translation is missing. */
  async localized(db: Db, { id, locale }: { id: number; locale: string }): Promise<number> {
    const [page] = await db.query(`SELECT * FROM pages WHERE id = ? AND _status = 'published'`, [id])
    await db.query(`SELECT * FROM pages_locales WHERE _parent_id = ? AND _locale IN (?, 'de')`, [id, locale])
    await db.query(
      `SELECT * FROM pages_blocks_rich_text WHERE _parent_id = ? AND _locale IN (?, 'de') ORDER BY _order`,
      [id, locale],
    )
    await db.query(`SELECT * FROM pages_rels WHERE parent_id = ?`, [id])
    return page ? 1 : 0
  },
}

/** The REST cases' reads as SQL on `db`, at concurrency 1 and 16: the baseline of the REST measurement. */
export async function measureDirect(
  db: Db,
  samples: QuerySamples,
  requests: number,
): Promise<Record<keyof QuerySamples, { c1: Latency; c16: Latency }>> {
  const pick = <T>(list: T[], index: number) => list[index % list.length]
  const cases: Record<keyof QuerySamples, (index: number) => Promise<number>> = {
    list: (index) => directQueries.list(db, pick(samples.list, index)),
    detail: (index) => directQueries.detail(db, pick(samples.detail, index)),
    localized: (index) => directQueries.localized(db, pick(samples.localized, index)),
  }
  const measure = async (name: keyof QuerySamples) => {
    const call = async (index: number) => {
      if ((await cases[name](index)) === 0 && name !== 'list') throw new Error(`${name}: no row`)
    }
    return {
      c1: await measureLatency(call, { requests, concurrency: 1 }),
      c16: await measureLatency(call, { requests, concurrency: 16 }),
    }
  }
  return { list: await measure('list'), detail: await measure('detail'), localized: await measure('localized') }
}
