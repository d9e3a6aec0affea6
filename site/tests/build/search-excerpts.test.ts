/**
 * Search results show excerpts with the words apart: the text Pagefind keeps for an event page (its fragment in the
 * built German bundle, what excerpts are cut from) has "Wann Samstag, …", not "WannSamstag…UhrWoSporthalle".
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { requireDist } from './dist.ts'

type Fragment = { url: string; content: string }

function germanFragments(): Fragment[] {
  const folder = join(requireDist(), 'pagefind', 'de', 'fragment')
  return readdirSync(folder).map((file) => {
    const json = gunzipSync(readFileSync(join(folder, file))).toString('utf8')
    return JSON.parse(json.slice(json.indexOf('{'))) as Fragment
  })
}

describe('search excerpts', () => {
  it('an event’s indexed text keeps its details apart: "Wann Samstag, … Uhr Wo …"', () => {
    const events = germanFragments().filter((fragment) =>
      /^\/de\/veranstaltungen\/(?!archiv\/|monat\/)[^/]+\/$/.test(fragment.url),
    )
    expect(events.length).toBeGreaterThan(10)
    const weekday = '(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)'
    const apart = new RegExp(`Wann ${weekday}, `)
    expect(events.filter((event) => !apart.test(event.content)).map((event) => event.url)).toEqual([])
    const runTogether = /Wann\S|Uhr(Wo|Wiederholung)|\S(Wo|Sprachen|Zielgruppe|Anmeldung|Veranstalter) /
    expect(
      events.flatMap((event) =>
        runTogether.exec(event.content) ? [`${event.url}: ${runTogether.exec(event.content)![0]}`] : [],
      ),
    ).toEqual([])
  })
})
