import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RichTextBlock } from '@ki/contract/payload-types'

import { createUser, entries, rejection, type TestUser } from './fixtures'
import { startTestCms, type TestCms } from './payload'

let cms: TestCms
let editor: TestUser

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, 'redaktion@example.org', ['editor'])
})
afterAll(async () => {
  await cms?.close()
})

const asEditor = () => ({ user: editor, overrideAccess: false, locale: 'de', depth: 0 }) as const

/** A Lexical document with one paragraph holding one link to `url`. */
function textWithLink(url: string): RichTextBlock['content'] {
  const text = { type: 'text', text: 'Hier klicken', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
  const link = {
    type: 'link',
    fields: { linkType: 'custom', url, newTab: false },
    children: [text],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 3,
  }
  const paragraph = { type: 'paragraph', children: [link], direction: 'ltr', format: '', indent: 0, version: 1 }
  return { root: { type: 'root', children: [paragraph], direction: 'ltr', format: '', indent: 0, version: 1 } }
}

describe('links that a browser would run are refused on save', () => {
  it.each([
    'javascript:alert(document.cookie)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<b>x</b>',
  ])('an event registration address %j', async (url) => {
    const { data } = await entries.events.make(`anmeldung-${url.length}`)
    const { messages } = await rejection(
      cms.payload.create({ collection: 'events', data: { ...data, registration: { url } }, ...asEditor() }),
    )
    const scheme = new URL(url).protocol
    expect(messages).toEqual([
      `Adressen mit „${scheme}“ sind nicht erlaubt; eine Adresse beginnt mit https:// oder http:// (Beispiel: https://verein.de).`,
    ])
  })

  it('a link in an event description, and in a rich-text block of a page', async () => {
    const { data: event } = await entries.events.make('beschreibung')
    expect(
      await rejection(
        cms.payload.create({
          collection: 'events',
          data: { ...event, description: textWithLink('javascript:alert(1)') },
          ...asEditor(),
        }),
      ),
    ).toEqual({
      status: 400,
      messages: [
        'Link im Text: Adressen mit „javascript:“ sind nicht erlaubt; eine Adresse beginnt mit https://, http://, mailto: oder tel:.',
      ],
    })
    const { data: page } = await entries.pages.make('block')
    const { messages } = await rejection(
      cms.payload.create({
        collection: 'pages',
        data: { ...page, layout: [{ blockType: 'richText', content: textWithLink('data:text/html,<script>') }] },
        ...asEditor(),
      }),
    )
    expect(messages).toEqual([
      'Link im Text: Adressen mit „data:“ sind nicht erlaubt; eine Adresse beginnt mit https://, http://, mailto: oder tel:.',
    ])
  })

  it('web, mail, phone and on-site links are saved as written', async () => {
    const { data } = await entries.events.make('gute-links')
    const saved = await cms.payload.create({
      collection: 'events',
      data: {
        ...data,
        registration: { url: 'https://anmeldung.oberhausen.de/kurs?id=7' },
        description: textWithLink('mailto:ki@oberhausen.de'),
      },
      ...asEditor(),
    })
    expect(saved.registration?.url).toBe('https://anmeldung.oberhausen.de/kurs?id=7')
    for (const url of ['tel:+492088252', '/de/beratung/', '#termine', 'https://www.oberhausen.de/']) {
      const page = await entries.pages.make(`link-${url.replace(/\W/g, '')}`)
      const created = await cms.payload.create({
        collection: 'pages',
        data: { ...page.data, layout: [{ blockType: 'richText', content: textWithLink(url) }] },
        ...asEditor(),
      })
      expect(created.id).toBeGreaterThan(0)
    }
  })
})
