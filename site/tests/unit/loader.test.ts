import { describe, expect, it } from 'vitest'
import { validateDocument } from '#/loaders/cms.ts'
import { documentSchema, pageSchema } from '#/loaders/schemas.ts'

describe('the CMS loader', () => {
  it('names collection, document and field when a page lacks its German title', () => {
    const doc = {
      id: 17,
      slug: { de: 'seiteneinsteiger' },
      title: { en: 'Newcomers' },
      updatedAt: '2026-01-01T00:00:00Z',
    }
    expect(() => validateDocument(pageSchema, doc, 'pages')).toThrow(
      /^CMS collection "pages", document id=17 slug=seiteneinsteiger: field title\.de: /,
    )
  })

  it('rejects rich text node types the site cannot render', () => {
    const doc = {
      id: 3,
      slug: { de: 'x' },
      title: { de: 'X' },
      updatedAt: '2026-01-01T00:00:00Z',
      layout: { de: [{ blockType: 'richText', content: { root: { type: 'root', children: [{ type: 'table' }] } } }] },
    }
    expect(() => validateDocument(pageSchema, doc, 'pages')).toThrow(
      /field layout\.de\.0\.content\.root\.children\.0\.type/,
    )
  })

  it('names a document whose file size is missing', () => {
    const doc = {
      id: 12,
      slug: 'plan',
      title: { de: 'Plan' },
      type: 'concept',
      year: 2014,
      publisher: 'Stadt',
      fileLanguages: ['de'],
      url: '/api/documents/file/plan.pdf',
      filename: 'plan.pdf',
      updatedAt: 'x',
      createdAt: 'x',
    }
    expect(() => validateDocument(documentSchema, doc, 'documents')).toThrow(/document id=12 slug=plan: field filesize/)
  })
})
