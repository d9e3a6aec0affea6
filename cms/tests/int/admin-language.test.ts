/**
 * The admin addresses editors with "Sie": every German text the running CMS carries (Payload's, its editor's and
 * the portal's own, after every plugin has merged its translations in) is free of "du" forms.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

/** `overrides` over `base`, key by key, as Payload merges an installation's texts over its language's. */
function merged(base: unknown, overrides: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof overrides !== 'object' || overrides === null)
    return overrides ?? base
  const result: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) result[key] = merged(result[key], value)
  return result
}

/** Every text of a translation tree, with its key path. */
function texts(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (typeof tree !== 'object' || tree === null) return []
  return Object.entries(tree).flatMap(([key, value]) => texts(value, path ? `${path}:${key}` : key))
}

/** "du" and its forms, and the imperatives Payload's and Lexical's German texts use in the "du" form. */
const DU = /\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|drücke|beginne|gib|wähle|klicke)\b/i

it('no German admin text says "du"', () => {
  const { supportedLanguages, translations } = cms.payload.config.i18n
  const german = texts(merged(supportedLanguages.de?.translations, translations.de))
  expect(german.length).toBeGreaterThan(500)
  expect(german.filter(([, text]) => DU.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([])
})
