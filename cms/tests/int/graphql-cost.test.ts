import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedEntry } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
  for (const n of ['a', 'b', 'c']) await seedEntry(cms.payload, 'pages', `kosten-${n}`, { title: `Kosten ${n}` })
})
afterAll(async () => {
  await cms?.close()
})

type Answer = { status: number; messages: string[]; data: unknown }

/** An anonymous POST to /api/graphql through Payload's route handler, the way `next start` serves it. */
async function ask(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../../src/payload.config')
  const { refusedWith400 } = await import('../../src/graphql/queryCost')
  const response = await refusedWith400(GRAPHQL_POST(config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  )
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
  return {
    status: response.status,
    messages: (body.errors ?? []).map((error) => error.message),
    data: body.data,
  }
}

const aliased = (count: number, limit?: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `p${i}: Pages${limit ? `(limit: ${limit})` : ''} { docs { title } }`).join(' ')} }`

describe('GraphQL requests that would hold the CMS', () => {
  // Refused by validation, before execution: an executed query would answer `data`. (How fast: a timed assertion
  // fails on a loaded machine; the cost rule's work is one walk over the query.)
  it('190 aliased list queries are refused before they run, with 400 and a message', async () => {
    const answer = await ask(aliased(190))
    expect([answer.status, answer.messages, answer.data]).toEqual([
      400,
      ['Die Abfrage ist zu aufwendig: 190 Aliasse (höchstens 30).'],
      undefined,
    ])
  })

  it('a few lists asking for too many documents together are refused, also through variables', async () => {
    const literal = await ask(aliased(3, 400))
    const viaVariables = await ask(
      'query ($n: Int) { a: Pages(limit: $n) { docs { title } } b: Pages(limit: $n) { docs { title } } }',
      {
        n: 600,
      },
    )
    const everything = await ask('{ a: Pages(pagination: false) { docs { title } } b: Topics { docs { title } } }')
    const message = (documents: string) =>
      `Die Abfrage ist zu aufwendig: ${documents} angeforderte Einträge (höchstens 1.000). Bitte fragen Sie seitenweise ab (limit, page).`
    expect([literal, viaVariables, everything].map((answer) => [answer.status, answer.messages])).toEqual([
      [400, [message('1.200')]],
      [400, [message('1.200')]],
      [400, [message('1.010')]],
    ])
  })

  it('a deeply nested or very wide selection is refused', async () => {
    const fragmentCopies = Array.from({ length: 120 }, (_, i) => `t${i}: title`).join(' ')
    const wide = await ask(`fragment F on Page { ${fragmentCopies} } { Pages { docs { ...F } } }`)
    const nested = `{ Pages { docs { ${'parent { '.repeat(12)}title${' }'.repeat(12)} } } }`
    const deep = await ask(nested)
    expect(wide.messages).toEqual(['Die Abfrage ist zu aufwendig: 120 Aliasse (höchstens 30).'])
    expect([deep.status, deep.messages.filter((message) => message.startsWith('Die Abfrage'))]).toEqual([
      400,
      ['Die Abfrage ist zu tief verschachtelt: mehr als 10 Ebenen.'],
    ])
  })

  it('an ordinary query still answers', async () => {
    const answer = await ask(
      '{ Pages(limit: 50, sort: "title", where: { slug: { like: "seite-kosten" } }) { docs { title } } }',
    )
    expect([answer.status, answer.messages, answer.data]).toEqual([
      200,
      [],
      { Pages: { docs: [{ title: 'Kosten a' }, { title: 'Kosten b' }, { title: 'Kosten c' }] } },
    ])
  })
})
