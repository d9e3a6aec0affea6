import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEntry, createUser, entries, rejection, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser
let mso: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
  const organisation = await cms.payload.create({
    collection: 'organisations',
    data: { name: 'Verein Regel', slug: 'verein-regel', district: 'sterkrade', _status: 'published' },
    locale: 'de',
    depth: 0,
    overrideAccess: true,
  })
  mso = await createUser(cms.payload, 'verein@example.org', ['mso'], organisation.id)
})
afterAll(async () => {
  await cms?.close()
})

/** Saves an event with the given rule as `user`, as a draft or published; returns how long the CMS was busy. */
async function save(user: TestUser, rule: string, draft: boolean) {
  const { data } = await entries.events.make('sprachtreff')
  const { messages } = await rejection(
    createEntry(
      cms.payload,
      'events',
      {
        data: {
          ...data,
          title: 'Sprachtreff',
          slug: `sprachtreff-${Math.random().toString(36).slice(2, 8)}`,
          recurrence: { rule },
          _status: draft ? 'draft' : 'published',
        },
      },
      { draft, user, overrideAccess: false, locale: 'de', depth: 0 },
    ),
  )
  return { messages }
}

const noDate =
  'Die Wiederholungsregel ergibt keinen einzigen Termin. Bitte prüfen Sie FREQ, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS und UNTIL.'
const badInterval = 'INTERVAL muss eine ganze Zahl ab 1 sein (1 = jedes Mal, 2 = jedes zweite Mal, …).'

describe('recurrence rules that would stop the CMS', () => {
  it('an organisation cannot store a never-ending or dateless rule as a draft, and the refusal is quick', async () => {
    const before = await cms.payload.count({ collection: 'events', overrideAccess: true })
    const negative = await save(mso, 'FREQ=WEEKLY;INTERVAL=-1', true)
    const dateless = await save(mso, 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', true)
    const injected = await save(mso, 'FREQ=WEEKLY\r\nATTENDEE:mailto:x@example.org', true)
    expect([negative.messages, dateless.messages, injected.messages]).toEqual([
      [badInterval],
      [noDate],
      ['Die Wiederholungsregel darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.'],
    ])
    expect(await cms.payload.count({ collection: 'events', overrideAccess: true })).toEqual(before)
  })

  it('an editor publishing such a rule is refused too', async () => {
    const dateless = await save(editor, 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', false)
    const zero = await save(editor, 'FREQ=WEEKLY;COUNT=0', false)
    expect([dateless.messages, zero.messages]).toEqual([
      [noDate],
      ['COUNT muss eine ganze Zahl zwischen 1 und 500 sein.'],
    ])
  })
})
