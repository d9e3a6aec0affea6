import { describe, expect, it } from 'vitest'
import { accessibilityText } from '#/lib/events/event-text.ts'

describe('what an event page says about step-free access', () => {
  it.each([
    ['yes', 'de', 'Barrierefrei zugänglich'],
    ['no', 'de', 'Nicht barrierefrei zugänglich'],
    ['yes', 'de-x-ls', 'Ohne Stufen und Hindernisse'],
    ['no', 'ar', 'لا يمكن الوصول إليه دون عوائق'],
  ] as const)('"%s" in %s reads "%s"', (answer, locale, text) => {
    expect(accessibilityText(answer, locale)).toBe(text)
  })

  it.each(['de', 'en', 'ar'] as const)('an event whose editor gave no answer says nothing about it (%s)', (locale) => {
    expect(accessibilityText('unknown', locale)).toBeNull()
  })
})
