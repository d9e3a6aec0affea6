import { describe, expect, it } from 'vitest'
import type { Page } from '#/loaders/schemas.ts'
import {
  breadcrumbs,
  contentLocale,
  indexPages,
  pageAlternates,
  pageUrl,
  translationNotice,
} from '#/lib/pages/pages.ts'
import { alertIsShown } from '#/lib/alert.ts'
import { localFileUrl } from '#/lib/files.ts'

const layout = (text: string) => [
  {
    blockType: 'richText' as const,
    content: { root: { type: 'root' as const, children: [{ type: 'text' as const, text }] } },
  },
]

function page(fields: Partial<Page> & Pick<Page, 'id' | 'title' | 'slug'>): Page {
  return { updatedAt: '2026-01-01T00:00:00Z', layout: { de: layout('Deutsch') }, translationStatus: {}, ...fields }
}

const start = page({
  id: 1,
  key: 'start',
  title: { de: 'Willkommen', tr: 'Hoş geldiniz' },
  slug: { de: 'start' },
  layout: { de: layout('x'), tr: layout('y') },
  translationStatus: { tr: 'current' },
})
const fields = page({
  id: 4,
  key: 'handlungsfelder',
  title: { de: 'Handlungsfelder' },
  slug: { de: 'handlungsfelder' },
  translationStatus: { tr: 'missing' },
})
const school = page({
  id: 15,
  parent: 4,
  title: { de: 'Schule' },
  slug: { de: 'schule' },
  translationStatus: { tr: 'missing', en: 'missing' },
})
const contact = page({
  id: 9,
  title: { de: 'Kontakt', tr: 'İletişim', en: 'Contact' },
  slug: { de: 'kontakt', tr: 'iletisim', en: 'contact' },
  layout: { de: layout('Kontakt'), tr: layout('İletişim'), en: layout('Contact') },
  translationStatus: { tr: 'current', en: 'outdated' },
})
const index = indexPages([start, fields, school, contact])

describe('page addresses', () => {
  it('put the start page at the locale root', () => {
    expect(pageUrl(start, 'de', index)).toBe('/de/')
    expect(pageUrl(start, 'de-x-ls', index)).toBe('/leichte-sprache/')
  })

  it('nest field-of-work pages under handlungsfelder', () => {
    expect(pageUrl(school, 'de', index)).toBe('/de/handlungsfelder/schule/')
    expect(pageUrl(school, 'ar', index)).toBe('/ar/handlungsfelder/schule/')
  })

  it('use translated slugs where they exist and German ones elsewhere', () => {
    expect(pageAlternates(contact, index)).toMatchObject({
      de: '/de/kontakt/',
      tr: '/tr/iletisim/',
      en: '/en/contact/',
      ar: '/ar/kontakt/',
    })
  })
})

describe('which language a page is shown in', () => {
  it('shows German with a fallback notice when the translation is missing', () => {
    expect(contentLocale(school, 'tr')).toBe('de')
    expect(translationNotice(school, 'tr')).toBe('fallback')
  })

  it('shows an outdated translation with a notice linking the German original', () => {
    expect(contentLocale(contact, 'en')).toBe('en')
    expect(translationNotice(contact, 'en')).toBe('outdated')
  })

  it('shows a current translation without a notice', () => {
    expect(contentLocale(contact, 'tr')).toBe('tr')
    expect(translationNotice(contact, 'tr')).toBeNull()
    expect(translationNotice(school, 'de')).toBeNull()
  })
})

describe('breadcrumbs', () => {
  it('lead from the start page to the page, marking German titles on untranslated pages', () => {
    expect(breadcrumbs(school, 'tr', index, 'Ana sayfa')).toEqual([
      { label: 'Ana sayfa', href: '/tr/' },
      { label: 'Handlungsfelder', href: '/tr/handlungsfelder/', lang: 'de' },
      { label: 'Schule', href: '/tr/handlungsfelder/schule/', lang: 'de' },
    ])
  })
})

describe('alert banner', () => {
  const banner = { active: true, priority: 'warning' as const, message: { de: 'Heute geschlossen' } }
  const now = new Date('2026-05-01T12:00:00Z')

  it('shows only when active and inside its time window', () => {
    expect(alertIsShown(banner, now)).toBe(true)
    expect(alertIsShown({ ...banner, active: false }, now)).toBe(false)
    expect(alertIsShown({ ...banner, startsAt: '2026-05-02T00:00:00Z' }, now)).toBe(false)
    expect(alertIsShown({ ...banner, endsAt: '2026-04-30T00:00:00Z' }, now)).toBe(false)
    expect(alertIsShown({ ...banner, startsAt: '2026-04-30T00:00:00Z', endsAt: '2026-05-02T00:00:00Z' }, now)).toBe(
      true,
    )
  })
})

describe('CMS files', () => {
  it('are served from the site itself, never from the CMS host', () => {
    expect(localFileUrl('/api/media/file/sport-480x270.webp')).toBe('/files/media/sport-480x270.webp')
    expect(localFileUrl('http://localhost:3000/api/documents/file/plan.pdf')).toBe('/files/documents/plan.pdf')
    expect(() => localFileUrl('https://example.org/x.pdf')).toThrow('Not a CMS file URL: "https://example.org/x.pdf"')
  })
})
