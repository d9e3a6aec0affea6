import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createUser, login, rest, type RestResponse } from './fixtures'
import { queueDailyRuns, startTestCms, type TestCms } from './payload'

// The defaults, whatever the calling shell sets: the read cache on.
process.env.API_CACHE = 'on'

let cms: TestCms
let editor: string
let translator: string

beforeAll(async () => {
  cms = await startTestCms()
  await queueDailyRuns(cms.payload)
  await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  await createUser(cms.payload, 'uebersetzung@example.org', ['translator'])
  editor = await login('redaktion@example.org')
  translator = await login('uebersetzung@example.org')
})
afterAll(async () => {
  await cms?.close()
})

/** The field errors of a refused save, as the admin shows them at the field: `[path, message]`. */
function fieldErrors(answer: RestResponse): [string, string][] {
  const errors = answer.body.errors as { data?: { errors?: { path: string; message: string }[] } }[] | undefined
  return (errors ?? []).flatMap((error) =>
    (error.data?.errors ?? []).map((each): [string, string] => [each.path, each.message]),
  )
}

const save = (words: string[], locale = 'uk', token = editor) =>
  rest('POST', '/api/search-synonyms', { token, json: { locale, words } })

describe('search synonyms', () => {
  it('are stored trimmed and in lower case, with the group as their title', async () => {
    const saved = await save(['  Школа ', 'ШКОЛИ', 'школу'])
    expect(saved.status).toBe(201)
    const doc = saved.body.doc as { words: string[]; title: string; locale: string }
    expect([doc.locale, doc.words, doc.title]).toEqual(['uk', ['школа', 'школи', 'школу'], 'школа, школи, школу'])
  })

  it('lower-case Turkish by its own rules: "İL" is "il", not "i̇l"', async () => {
    const saved = await save(['İLÇE', 'semt'], 'tr')
    expect((saved.body.doc as { words: string[] }).words).toEqual(['ilçe', 'semt'])
  })

  it.each([
    [['школа'], 'Geben Sie mindestens 2 verschiedene Wörter ein, die für Lesende dasselbe bedeuten.'],
    [['школа', 'Школа'], '„школа“ steht zweimal in der Gruppe.'],
    [
      ['مدرسه‌ها', 'مدرسهها'],
      '„مدرسه‌ها“ und „مدرسهها“ sind für die Suche dasselbe Wort. Bitte behalten Sie eines davon.',
    ],
    [['ш', 'школа'], '„ш“ ist zu kurz: mindestens 2 Zeichen je Wort.'],
    [['школа', 'ш'.repeat(61)], `„${'ш'.repeat(20)}…“ ist zu lang: höchstens 60 Zeichen je Wort.`],
    [
      ['шко\tла', 'школи'],
      '„шко·ла“ enthält ein Steuerzeichen (z. B. Tabulator oder Zeilenumbruch). Bitte entfernen Sie es.',
    ],
    [['школа', '123'], '„123“ enthält keinen Buchstaben.'],
    [
      Array.from({ length: 21 }, (_, n) => `слово${'абвгдежзийклмнопрстуф'[n]}`),
      'Höchstens 20 Wörter je Gruppe (hier 21). Bitte teilen Sie die Gruppe auf.',
    ],
  ])('refuse %j with a German message at the words field, storing nothing', async (words, message) => {
    const before = await cms.payload.count({ collection: 'search-synonyms', overrideAccess: true })
    const answer = await save(words, 'fa')
    expect(answer.status).toBe(400)
    expect(fieldErrors(answer)).toEqual([['words', message]])
    const after = await cms.payload.count({ collection: 'search-synonyms', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('are written by editors only: anonymous readers and translators are refused', async () => {
    const anonymous = await rest('POST', '/api/search-synonyms', {
      json: { locale: 'bg', words: ['училище', 'училища'] },
    })
    const byTranslator = await save(['училище', 'училища'], 'bg', translator)
    expect([anonymous.status, byTranslator.status]).toEqual([403, 403])
    const existing = await save(['град', 'града'], 'bg')
    const id = (existing.body.doc as { id: number }).id
    const changed = await rest('PATCH', `/api/search-synonyms/${id}`, { json: { words: ['спам', 'спамове'] } })
    const deleted = await rest('DELETE', `/api/search-synonyms/${id}`)
    expect([changed.status, deleted.status]).toEqual([403, 403])
    const stored = await cms.payload.findByID({ collection: 'search-synonyms', id, overrideAccess: true, depth: 0 })
    expect(stored.words).toEqual(['град', 'града'])
  })

  it('are read by anyone (the site build), without the editors’ note, also from the read cache', async () => {
    const saved = await rest('POST', '/api/search-synonyms', {
      token: editor,
      json: { locale: 'bg', words: ['детска градина', 'детски градини'], note: 'Intern: Hinweis der Kita-Beratung' },
    })
    const id = (saved.body.doc as { id: number }).id
    const { REST_GET } = await import('@payloadcms/next/routes')
    const { default: config } = await import('../../src/payload.config')
    const { cachedRestGet } = await import('../../src/api-cache/route')
    const get = cachedRestGet(config, REST_GET(config))
    const read = async (token?: string) => {
      const response = await get(
        new Request(`http://localhost:3000/api/search-synonyms/${id}?depth=0`, {
          headers: token ? { Authorization: `JWT ${token}` } : {},
        }),
        { params: Promise.resolve({ slug: ['search-synonyms', String(id)] }) },
      )
      const body = (await response.json()) as { words: string[]; note?: string }
      return [response.headers.get('x-cache'), body.words, body.note ?? null]
    }
    expect(await read()).toEqual(['miss', ['детска градина', 'детски градини'], null])
    expect(await read(editor)).toEqual([
      'bypass',
      ['детска градина', 'детски градини'],
      'Intern: Hinweis der Kita-Beratung',
    ])
    expect(await read()).toEqual(['hit', ['детска градина', 'детски градини'], null])
  })
})
