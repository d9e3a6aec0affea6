import { describe, expect, it } from 'vitest'
import { pickLocalized } from '#/i18n/localized.ts'

describe('picking a localized CMS field', () => {
  const title = { de: 'Schule', tr: 'Okul', ar: null, 'de-x-ls': '' }

  it('shows the reader’s language when translated', () => {
    expect(pickLocalized(title, 'tr')).toEqual({ value: 'Okul', locale: 'tr', fellBack: false })
  })

  it('shows German and says so when the translation is null, empty or absent', () => {
    expect(pickLocalized(title, 'ar')).toEqual({ value: 'Schule', locale: 'de', fellBack: true })
    expect(pickLocalized(title, 'de-x-ls')).toEqual({ value: 'Schule', locale: 'de', fellBack: true })
    expect(pickLocalized(title, 'uk')).toEqual({ value: 'Schule', locale: 'de', fellBack: true })
  })

  it('does not report a fallback for German readers', () => {
    expect(pickLocalized(title, 'de')).toEqual({ value: 'Schule', locale: 'de', fellBack: false })
  })

  it('returns null when not even German exists', () => {
    expect(pickLocalized({ en: 'Only English' }, 'tr')).toBeNull()
    expect(pickLocalized(null, 'de')).toBeNull()
  })
})
