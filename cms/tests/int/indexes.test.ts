import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, testDatabaseKind, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

/** Every index of the migrated database as [table, first column]. */
async function leadingColumns(): Promise<[string, string][]> {
  if (testDatabaseKind() === 'sqlite') {
    const { drizzle } = await import('@payloadcms/db-sqlite/drizzle/libsql')
    const client = drizzle({ connection: { url: cms.databaseUri } }).$client
    try {
      const { rows } = await client.execute(
        `SELECT m.name AS tbl, (SELECT ii.name FROM pragma_index_info(il.name) ii WHERE ii.seqno = 0) AS first
         FROM sqlite_master m JOIN pragma_index_list(m.name) il WHERE m.type = 'table'`,
      )
      // Names are text; an expression index has no column name (NULL), which matches no parent column, as in PostgreSQL.
      const text = (value: unknown) => (typeof value === 'string' ? value : '')
      return rows.map((row) => [text(row.tbl), text(row.first)])
    } finally {
      client.close()
    }
  }
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: cms.databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ tablename: string; indexdef: string }>(
      `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    )
    return rows.map((row) => [
      row.tablename,
      /\(\s*"?([^",)\s]+)"?/.exec(row.indexdef.slice(row.indexdef.indexOf(' USING ')))?.[1] ?? '',
    ])
  } finally {
    await client.end()
  }
}

describe.skipIf(testDatabaseKind() === 'mongodb')('indexes', () => {
  it('every table Payload reads by parent (localized fields, hasMany texts) has an index that starts with the parent', async () => {
    const indexes = await leadingColumns()
    const tables = [...new Set(indexes.map(([table]) => table))].filter(
      (table) => /_(locales|texts|numbers)$/.test(table) && !table.startsWith('payload_'),
    )
    const parentOf = (table: string) => (table.endsWith('_locales') ? '_parent_id' : 'parent_id')
    const unindexed = tables.filter(
      (table) => !indexes.some(([other, first]) => other === table && first === parentOf(table)),
    )
    expect(unindexed).toEqual([])
    expect(tables).toEqual(
      expect.arrayContaining([
        'events_locales',
        'pages_locales',
        '_pages_v_locales',
        'documents_texts',
        'navigation_header_locales',
      ]),
    )
  })
})
