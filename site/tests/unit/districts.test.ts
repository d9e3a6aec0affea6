/**
 * A fork changes its city in one file, cms/contract/src/city.ts: the site's district filters, map, names and
 * downloads follow it, and no site file keeps a copy of the district list.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { city, districts, localeCodes } from '@ki/contract'
import { describe, expect, it } from 'vitest'

import { t } from '#/i18n/ui.ts'
import { withDistrictNames } from '#/i18n/ui-strings.ts'
import { eventSchema, organisationSchema } from '#/loaders/schemas.ts'
import { districtOutlines, labelPositions, mapDescription, outlinePath } from '#/lib/organisations/district-map.ts'
import { availableOrganisationFilters, directoryRecord } from '#/lib/organisations/organisation-filters.ts'

const values = city.districts.map((district) => district.value)
const organisations = values.map((district, index) =>
  organisationSchema.parse({
    id: index + 1,
    name: `Verein ${index + 1}`,
    district,
    slug: `verein-${index + 1}`,
    updatedAt: '2026-11-01T09:00:00.000Z',
  }),
)

describe("the site's districts come from the contract's city", () => {
  it('the directory offers one district filter per city district, in the city order', () => {
    const filters = availableOrganisationFilters(organisations, []).filter((filter) => filter.kind === 'bezirk')
    expect(filters.map((filter) => filter.value)).toEqual(values)
    expect(districts).toEqual(values)
  })

  it('the map draws each city district with its outline and label position', () => {
    expect(Object.keys(districtOutlines)).toEqual(values)
    for (const district of city.districts) {
      expect(districtOutlines[district.value]).toEqual(district.outline)
      expect(labelPositions[district.value]).toEqual(district.labelAt)
      expect(outlinePath(district.value)).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/)
    }
  })

  it('every locale names the districts as the city spells them', () => {
    for (const district of city.districts)
      for (const locale of localeCodes) expect(t(locale, `district.${district.value}`)).toBe(district.names[locale])
  })

  it.each(localeCodes)('the map description in %s names every city district, in the city order', (locale) => {
    const description = mapDescription(locale)
    const positions = city.districts.map((district) => description.indexOf(district.names[locale]))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(description).not.toContain('{')
    // No translation counts the districts itself: every one needs the list.
    expect(() => t(locale, 'orgs.mapDesc')).toThrow('UI string "orgs.mapDesc" needs the parameter {districts}')
  })

  it('the map description of a city with four districts lists all four', () => {
    const names = (name: string) =>
      Object.fromEntries(localeCodes.map((code) => [code, name])) as Record<(typeof localeCodes)[number], string>
    const four = ['Nord', 'Ost', 'Süd', 'West'].map((name) => ({
      value: name.toLowerCase(),
      names: names(name),
      outline: [],
      labelAt: [0, 0] as const,
    }))
    expect(mapDescription('de', four)).toMatch(
      /^Vereinfachte, selbst gezeichnete Karte der Stadtbezirke von \w+ \(Nord, Ost, Süd und West\); Norden ist oben\./,
    )
    expect(mapDescription('en', four)).toMatch(
      /^Simplified, hand-drawn map of \w+'s districts \(Nord, Ost, Süd,? and West\); north is up\./,
    )
  })

  it('the loader accepts exactly the city districts, for organisations and event places', () => {
    expect(organisationSchema.shape.district.options).toEqual(values)
    expect(eventSchema.shape.place.shape.district.unwrap().unwrap().options).toEqual(values)
  })

  it('the directory download (CSV, JSON) writes the district value the CMS stores', () => {
    expect(organisations.map((org) => directoryRecord(org, [], '').district)).toEqual(values)
  })

  it('names another city gives are the ones the site shows, and ui.yaml may not keep its own', () => {
    const names = Object.fromEntries(localeCodes.map((code) => [code, `Mitte (${code})`])) as Record<
      (typeof localeCodes)[number],
      string
    >
    expect(withDistrictNames({}, [{ value: 'mitte', names }])['district.mitte']).toEqual(names)
    expect(() => withDistrictNames({ 'district.mitte': names }, [{ value: 'mitte', names }])).toThrow(
      `ui.yaml: "district.mitte" is the city's district name; it comes from the contract's city`,
    )
  })

  it('no site source file lists a district value of its own', () => {
    const root = join(import.meta.dirname, '../../src')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(ts|astro|ya?ml|mjs)$/.test(file),
    )
    const copies = files.flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8')
      return values
        .filter(
          (value) => text.includes(`'${value}'`) || text.includes(`"${value}"`) || text.includes(`district.${value}:`),
        )
        .map((value) => `${file}: ${value}`)
    })
    expect(copies).toEqual([])
  })
})
