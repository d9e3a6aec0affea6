import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { RichTextBlock } from '../../src/blocks/RichText/config'
import { contentOf } from '../../src/translations/xliff/exportTranslations'
import { fromInline, type LexicalNode, type RichTextValue } from '../../src/translations/xliff/richText'
import {
  segmentHash,
  segmentsOf,
  translatedField,
  type Segment,
  type SegmentValue,
} from '../../src/translations/xliff/segments'
import { readXliff, writeXliff, type XliffUnit } from '../../src/translations/xliff/xliffDocument'
import { translateXliff, validateXliff } from '../xliff-helpers'

const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const link = (url: string, children: LexicalNode[]): LexicalNode =>
  element('link', children, { fields: { linkType: 'custom', url, newTab: false }, id: '6650a1b2c3d4e5f6a7b8c9d0' })

/** A page body with what editors use: headings, emphasis, links, a line break, a nested list, an image block. */
const body: RichTextValue = {
  root: element('root', [
    element('heading', [text('Sprachkurse in Oberhausen')], { tag: 'h2' }),
    element('paragraph', [
      text('Die '),
      text('Volkshochschule', 1),
      text(' bietet Kurse an, '),
      link('https://www.vhs-oberhausen.de', [text('hier anmelden')]),
      text('.'),
      { type: 'linebreak', version: 1 },
      text('Auch am Abend', 2),
    ]),
    element(
      'list',
      [
        element('listitem', [text('Integrationskurs')], { value: 1 }),
        element(
          'listitem',
          [
            element('list', [element('listitem', [text('mit Kinderbetreuung')], { value: 1 })], {
              listType: 'bullet',
              tag: 'ul',
              start: 1,
            }),
          ],
          { value: 2 },
        ),
        element('listitem', [text('Berufssprachkurs '), text('B2', 3)], { value: 2 }),
      ],
      { listType: 'bullet', tag: 'ul', start: 1 },
    ),
    { type: 'upload', relationTo: 'media', value: 7, fields: null, format: '', version: 3 },
    element('heading', [text('Kontakt')], { tag: 'h3' }),
  ]),
}

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text', localized: true },
  { name: 'layout', type: 'blocks', localized: true, blocks: [RichTextBlock] },
  { name: 'order', type: 'number' },
]
const page = {
  id: 12,
  title: 'Sprachkurse',
  slug: 'sprachkurse',
  layout: [{ id: 'b1', blockType: 'richText', content: body }],
  order: 3,
}

/** The tree without its text: what "no structural change" compares. */
function structure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structure)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'text' && key !== 'id')
      .map(([key, item]) => [key, structure(item)]),
  )
}

function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts)
  if (typeof value !== 'object' || value === null) return []
  const own = 'text' in value && typeof value.text === 'string' ? [value.text] : []
  return [...own, ...Object.values(value).flatMap(texts)]
}

function exportOf(segments: Segment[]): string {
  const units: XliffUnit[] = segments.map((segment) => ({
    id: segment.id,
    name: segment.label,
    sourceHash: segmentHash(segment.source),
    targetHash: '',
    source: contentOf(segment.source),
  }))
  return writeXliff({
    sourceLocale: 'de',
    targetLocale: 'tr',
    exportedAt: '2026-12-01T12:00:00.000Z',
    files: [{ collection: 'pages', entry: '12', title: 'Sprachkurse', units }],
  })
}

describe('XLIFF exchange of rich text', () => {
  const segments = segmentsOf(fields, page)

  it('sends the title and each paragraph, heading and list item as its own unit, never the slug or the image', () => {
    expect(segments.map((segment) => [segment.id, segment.label])).toEqual([
      ['title', 'title'],
      ['layout.0.content:0', 'layout › 1. Text › Text › Überschrift 1'],
      ['layout.0.content:1', 'layout › 1. Text › Text › Absatz 2'],
      ['layout.0.content:2.0', 'layout › 1. Text › Text › Listenpunkt 3.1'],
      ['layout.0.content:2.1.0.0', 'layout › 1. Text › Text › Listenpunkt 3.2.1.1'],
      ['layout.0.content:2.2', 'layout › 1. Text › Text › Listenpunkt 3.3'],
      ['layout.0.content:4', 'layout › 1. Text › Text › Überschrift 5'],
    ])
  })

  it('writes links, emphasis and line breaks as XLIFF inline codes with the Lexical node as original data', () => {
    const xml = exportOf(segments)
    expect(xml).toContain(
      '<source xml:space="preserve">Die <pc id="1" dataRefStart="d1" type="fmt" subType="xlf:b">Volkshochschule</pc> bietet Kurse an, <pc id="2" dataRefStart="d2" type="link">hier anmelden</pc>.<ph id="3" dataRef="d3" type="fmt" subType="xlf:lb"/><pc id="4" dataRefStart="d4" type="fmt" subType="xlf:i">Auch am Abend</pc></source>',
    )
    expect(xml).toContain(
      '<data id="d2">{"type":"link","direction":"ltr","format":"","indent":0,"version":1,"fields":{"linkType":"custom","url":"https://www.vhs-oberhausen.de","newTab":false},"id":"6650a1b2c3d4e5f6a7b8c9d0"}</data>',
    )
    expect(validateXliff(xml)).toBe('')
  })

  it('a page with links, lists and headings comes back translated without any change to its structure', () => {
    const translated = translateXliff(exportOf(segments), (value) => (value.trim() === '' ? undefined : `TR[${value}]`))
    expect(validateXliff(translated)).toBe('')
    const units = readXliff(translated).files[0]?.units ?? []
    const translations = new Map(
      segments.map((segment): [string, SegmentValue] => {
        const target = units.find((unit) => unit.id === segment.id)?.target ?? []
        if (typeof segment.source === 'string')
          return [segment.id, target.map((item) => (item.kind === 'text' ? item.text : '')).join('')]
        return [
          segment.id,
          { ...segment.source, children: fromInline(target, contentOf(segment.source).originalData, segment.id) },
        ]
      }),
    )
    const layout = translatedField(
      page.layout,
      segments.filter((segment) => segment.field === 'layout'),
      (segment) => translations.get(segment.id),
    )
    expect(structure(layout)).toEqual(structure(page.layout))
    expect(texts(layout)).toEqual(texts(page.layout).map((value) => `TR[${value}]`))
    expect(translations.get('title')).toBe('TR[Sprachkurse]')
  })

  it('refuses a code in a translation that the German text does not have, naming the unit', () => {
    const segment = segments[2]
    if (!segment || typeof segment.source === 'string') throw new Error('fixture: paragraph expected')
    expect(() =>
      fromInline(
        [{ kind: 'ph', id: '9', dataRef: 'd9', type: 'other' }],
        contentOf(segment.source).originalData,
        'pages-12/layout.0.content:1',
      ),
    ).toThrow('Einheit pages-12/layout.0.content:1: Der Code 9 verweist auf „d9“, den der deutsche Text nicht hat.')
  })
})
