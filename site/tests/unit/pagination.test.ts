import { describe, expect, it } from 'vitest'
import type { Block, Topic, ActivityField } from '#/loaders/schemas.ts'
import { laterPages, listPage, neighbourPages, pagedUrl, pagerItems, pageCount } from '#/lib/pagination.ts'
import { documentBlockListUrl, organisationBlockListUrl } from '#/lib/blocks/selections.ts'

describe('numbered list pages', () => {
  const letters = [...'abcdefghijk']

  it('cut a list into pages of at most the page size, the last one shorter, every entry on exactly one page', () => {
    const pages = [1, 2, 3].map((page) => listPage(letters, page, 4))
    expect(pages.map((page) => page.items.join(''))).toEqual(['abcd', 'efgh', 'ijk'])
    expect(pages.map((page) => page.first)).toEqual([1, 5, 9])
    expect(pages.every((page) => page.pages === 3 && page.total === 11)).toBe(true)
  })

  it('have a first page even for an empty list, and no page beyond the last', () => {
    expect(listPage([], 1, 4)).toEqual({ items: [], page: 1, pages: 1, total: 0, first: 0 })
    expect(() => listPage(letters, 4, 4)).toThrow('List page 4 does not exist (the list has 3)')
    expect(() => listPage(letters, 0, 4)).toThrow()
  })

  it.each([
    [0, 50, 1, []],
    [50, 50, 1, []],
    [51, 50, 2, [2]],
    [120, 50, 3, [2, 3]],
  ])('%i entries at %i a page: %i pages, the numbered routes render %j', (total, size, pages, later) => {
    expect(pageCount(total, size)).toBe(pages)
    expect(laterPages(total, size)).toEqual(later)
  })

  it('keep the list address for page 1 and add seite/<n>/ for the others', () => {
    expect(pagedUrl('/ar/dokumente/jahr/2014/', 1)).toBe('/ar/dokumente/jahr/2014/')
    expect(pagedUrl('/ar/dokumente/jahr/2014/', 3)).toBe('/ar/dokumente/jahr/2014/seite/3/')
    expect(neighbourPages('/de/organisationen/', 1, 3)).toEqual({ previous: null, next: '/de/organisationen/seite/2/' })
    expect(neighbourPages('/de/organisationen/', 2, 3)).toEqual({
      previous: '/de/organisationen/',
      next: '/de/organisationen/seite/3/',
    })
    expect(neighbourPages('/de/organisationen/', 3, 3)).toEqual({ previous: '/de/organisationen/seite/2/', next: null })
  })

  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 9, [1, 2, 3, null, 9]],
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [6, 20, [1, null, 4, 5, 6, 7, 8, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
  ])('page %i of %i: the pager links %j (null: numbers left out)', (current, pages, items) => {
    expect(pagerItems(current, pages)).toEqual(items)
  })

  it('link a bounded number of pages however long the list', () => {
    expect(Math.max(...[1, 50, 500, 5000].map((page) => pagerItems(page, 5000).length))).toBeLessThanOrEqual(9)
  })
})

describe('list blocks on content pages link their full list', () => {
  const topics: Topic[] = [{ id: 7, slug: { de: 'schule' }, title: { de: 'Schule' } }]
  const fields: ActivityField[] = [{ id: 3, slug: 'sport', title: { de: 'Sport' } }]
  const documentBlock = (block: Partial<Extract<Block, { blockType: 'documentList' }>>) =>
    ({ blockType: 'documentList' as const, ...block }) as Extract<Block, { blockType: 'documentList' }>
  const organisationBlock = (block: Partial<Extract<Block, { blockType: 'organisationList' }>>) =>
    ({ blockType: 'organisationList' as const, ...block }) as Extract<Block, { blockType: 'organisationList' }>

  it('documents: the topic page, else the type page, else the library', () => {
    expect(documentBlockListUrl(documentBlock({ topic: 7, type: 'report' }), topics, 'tr')).toBe(
      '/tr/dokumente/thema/schule/',
    )
    expect(documentBlockListUrl(documentBlock({ type: 'report' }), topics, 'tr')).toBe('/tr/dokumente/art/report/')
    expect(documentBlockListUrl(documentBlock({}), topics, 'de-x-ls')).toBe('/leichte-sprache/dokumente/')
  })

  it('organisations: the field page, else the language page, else the district page, else the directory', () => {
    expect(organisationBlockListUrl(organisationBlock({ field: 3, language: 'ar' }), fields, 'ar')).toBe(
      '/ar/organisationen/feld/sport/',
    )
    expect(organisationBlockListUrl(organisationBlock({ language: 'ar', district: 'sterkrade' }), fields, 'ar')).toBe(
      '/ar/organisationen/sprache/ar/',
    )
    expect(organisationBlockListUrl(organisationBlock({ district: 'sterkrade' }), fields, 'de')).toBe(
      '/de/organisationen/bezirk/sterkrade/',
    )
    expect(organisationBlockListUrl(organisationBlock({}), fields, 'de')).toBe('/de/organisationen/')
  })
})
