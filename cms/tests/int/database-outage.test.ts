/**
 * A publish while the database is briefly unreachable (a PostgreSQL restart, a network blip between CMS and
 * database): the editor is told so in German, nothing is stored half, and once the database is back the same
 * publish goes through and reaches the publisher's queue. The CMS talks to PostgreSQL through a TCP proxy on
 * loopback that the test cuts off (every open connection closed, new ones refused) and opens again.
 *
 * PostgreSQL only: an SQLite database is a file of the CMS's own machine, which cannot become unreachable in
 * this way (a write blocked by another process's lock waits for it instead).
 */
import { createServer, connect, type Server, type Socket } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, entries, login, rest } from './fixtures'
import { startTestCms, testDatabaseKind, type TestCms } from './payload'

/** A TCP proxy to `target` that can refuse every connection for a while. */
class CuttableProxy {
  private server: Server | undefined
  private readonly sockets = new Set<Socket>()
  port = 0

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    if (this.server) return
    const server = createServer((client) => {
      const upstream = connect(this.target)
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => socket.destroy())
      }
      client.pipe(upstream).pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve))
    const address = server.address()
    if (typeof address === 'object' && address) this.port = address.port
    this.server = server
  }

  /** Closes every open connection and stops listening: a new connection is refused. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = undefined
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }
}

const onPostgres = testDatabaseKind() === 'postgres'

let cms: TestCms
let proxy: CuttableProxy
let token: string

beforeAll(async () => {
  if (!onPostgres) return
  const target = new URL(process.env.TEST_DATABASE_URI as string)
  proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 5432) })
  await proxy.open()
  cms = await startTestCms({
    databaseUriFor: (uri) => {
      const url = new URL(uri)
      url.hostname = '127.0.0.1'
      url.port = String(proxy.port)
      return url.toString()
    },
  })
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  token = await login('redaktion@example.org')
  // Migrating a fresh PostgreSQL database through the proxy takes a while on a busy machine.
}, 300_000)
afterAll(async () => {
  await proxy?.open()
  await cms?.close()
  await proxy?.cut()
})

type Event = { id: number; title: string }

describe.skipIf(!onPostgres)('a publish while the database is briefly unreachable', () => {
  it('is refused in German with nothing stored, and goes through once the database is back', async () => {
    const { data } = await entries.events.make('1')
    const created = await rest('POST', '/api/events?locale=de', {
      token,
      json: { ...data, title: 'Sprachcafé', _status: 'published' },
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as Event).id
    const stored = async () => ({
      title: (await cms.payload.findByID({ collection: 'events', id, depth: 0, overrideAccess: true })).title,
      versions: (await cms.payload.countVersions({ collection: 'events', where: { parent: { equals: id } } }))
        .totalDocs,
      changes: (await cms.payload.count({ collection: 'site-changes', overrideAccess: true })).totalDocs,
    })
    const before = await stored()
    expect(before.title).toBe('Sprachcafé')

    await proxy.cut()
    const refused = await rest('PATCH', `/api/events/${id}?locale=de`, {
      token,
      json: { title: 'Sprachcafé am Dienstag', _status: 'published' },
    })
    expect(refused.status).toBe(503)
    expect(refused.body.errors).toEqual([
      {
        name: 'DatabaseUnavailable',
        message:
          'Die Datenbank ist gerade nicht erreichbar. Ihre Änderung wurde nicht gespeichert. Bitte versuchen Sie es in einigen Sekunden noch einmal.',
      },
    ])

    await proxy.open()
    // Nothing of the refused publish was stored: title, versions and the publisher's queue are as before.
    expect(await stored()).toEqual(before)

    const published = await rest('PATCH', `/api/events/${id}?locale=de`, {
      token,
      json: { title: 'Sprachcafé am Dienstag', _status: 'published' },
    })
    expect(published.status).toBe(200)
    const after = await stored()
    expect(after.title).toBe('Sprachcafé am Dienstag')
    expect(after.versions).toBe(before.versions + 1)
    // The publisher learns of it as of any publish: one more change waiting for a build.
    expect(after.changes).toBe(before.changes + 1)
  }, 120_000)
})
