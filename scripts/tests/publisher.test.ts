import { describe, expect, it } from 'vitest'

import { germanReason, passingFailure, publisherSettings } from '../lib/publisher'

const stays = 'Die bisherige Website bleibt unverändert online.'

describe('the reason of a failed build, as editors read it', () => {
  it.each([
    [
      'the CMS is down before the build starts',
      'Cannot build the site: the CMS at http://localhost:3000 is not reachable (fetch failed). The last good site stays online.',
      '',
      `CMS nicht erreichbar: Die Inhalte konnten nicht geladen werden. ${stays}`,
    ],
    [
      'the CMS goes down during the build',
      'The site build failed: node astro.mjs build --silent exited with 1.',
      'CMS unreachable while loading collection "pages" from http://127.0.0.1:3699/api/pages?locale=all: Error: connect ECONNREFUSED 127.0.0.1:3699\n  Location: …',
      `CMS nicht erreichbar: Die Inhalte konnten nicht geladen werden. ${stays}`,
    ],
    [
      'an entry the site cannot show (the loader names collection, document and field)',
      'The site build failed: node astro.mjs build --silent exited with 1.',
      '[ERROR] CMS collection "events", document id=7 slug=sprachcafe: field status: Invalid option: expected one of "scheduled"|"cancelled"|"postponed"\n  Location: …',
      `Ungültiger Eintrag in „events“ (id=7, sprachcafe): Feld status: Invalid option: expected one of "scheduled"|"cancelled"|"postponed". ${stays}`,
    ],
    [
      'a link to a page that was taken back',
      'The site build failed: node astro.mjs build --silent exited with 1.',
      'Rich text links to page id=12, which is not published\n',
      `Ein Text verlinkt auf die Seite mit der ID 12, die nicht veröffentlicht ist. ${stays}`,
    ],
    [
      'anything else keeps the build’s own message',
      'The site build failed: the build produced no German start page (de/index.html).',
      '',
      `Der Bau der Website ist fehlgeschlagen (The site build failed: the build produced no German start page (de/index.html).). ${stays}`,
    ],
  ])('%s', (_, message, output, expected) => {
    expect(germanReason(message, output)).toBe(expected)
  })
})

describe('publisher settings from the environment', () => {
  it('defaults: asks every second, builds after 1.5 s without a change, at the latest after 15 s; retries 3 times', () => {
    expect(publisherSettings({ PUBLISHER_NAME: 'web-1' }, '/srv/site')).toEqual({
      pollMs: 1000,
      quietMs: 1500,
      maxWaitMs: 15_000,
      name: 'web-1',
      retries: 3,
      retryMs: 5000,
    })
  })

  it('refuses a debounce that is not a whole number, naming the variable', () => {
    expect(() => publisherSettings({ PUBLISH_DEBOUNCE_MS: '3s' }, '/srv/site')).toThrow(
      'PUBLISH_DEBOUNCE_MS must be a whole number of milliseconds ≥ 0 (got "3s").',
    )
  })
})

describe('which failed builds the publisher tries again', () => {
  it.each([
    [
      'the CMS did not answer',
      'Cannot build the site: the CMS at http://localhost:3000 is not reachable (fetch failed).',
      '',
      true,
    ],
    [
      'the CMS answered a server error (its database away)',
      'The site build failed: astro exited with 1.',
      'CMS answered 500 Internal Server Error while loading collection "events" from http://localhost:3000/api/events',
      true,
    ],
    ['the build process was killed', 'the build process ended with SIGKILL before it finished', '', true],
    [
      'the content is invalid',
      'The site build failed: astro exited with 1.',
      'CMS collection "events", document id=4 slug=fest: field status: Invalid option',
      false,
    ],
    [
      'the CMS refused the request',
      'The site build failed: astro exited with 1.',
      'CMS answered 403 Forbidden while loading collection "events" from http://localhost:3000/api/events',
      false,
    ],
  ])('%s: %s', (_, message, output, again) => {
    expect(passingFailure(message, output)).toBe(again)
  })
})
