/**
 * What is particular to this city. A fork for another integration centre changes this file
 * (and the content in content/), not the collections or the site's templates.
 */
import type { LocaleCode } from './locales.ts'

/** A point as latitude and longitude (WGS 84). */
export type LatLng = readonly [lat: number, lng: number]

export type CityDistrict = {
  /** The value stored in the CMS and used in the site's addresses (/organisationen/bezirk/<value>/). */
  value: string
  /** The district's name in every content language (the admin shows the German one). */
  names: Record<LocaleCode, string>
  /**
   * A simplified outline for the site's hand-drawn district map (no map tiles, no external requests):
   * good enough to see where an organisation is, not for surveying.
   */
  outline: readonly LatLng[]
  /** Where the district's name sits on the map. */
  labelAt: LatLng
}

export type City = {
  name: string
  /** Bounding box for coordinates of addresses. */
  bounds: { south: number; west: number; north: number; east: number }
  districts: readonly CityDistrict[]
}

/** Where Oberhausen's three districts meet, and the borders they share (drawn once, used by both neighbours). */
const junction: LatLng = [51.494, 6.868]
const westBorder: readonly LatLng[] = [
  [51.492, 6.778],
  [51.496, 6.81],
  [51.495, 6.84],
]
const eastBorder: readonly LatLng[] = [
  [51.51, 6.876],
  [51.52, 6.885],
  [51.527, 6.905],
]
const southBorder: readonly LatLng[] = [
  [51.487, 6.893],
  [51.489, 6.912],
]

export const city = {
  name: 'Oberhausen',
  bounds: { south: 51.44, west: 6.76, north: 51.58, east: 6.95 },
  districts: [
    {
      value: 'alt-oberhausen',
      names: {
        de: 'Alt-Oberhausen',
        'de-x-ls': 'Alt-Oberhausen',
        en: 'Alt-Oberhausen',
        tr: 'Alt-Oberhausen',
        ar: 'ألت-أوبرهاوزن',
        fa: 'آلت-اوبرهاوزن',
        uk: 'Альт-Оберхаузен',
        ru: 'Альт-Оберхаузен',
        pl: 'Alt-Oberhausen',
        ro: 'Alt-Oberhausen',
        bg: 'Алт-Оберхаузен',
      },
      outline: [
        ...westBorder,
        junction,
        ...southBorder,
        [51.478, 6.915],
        [51.462, 6.905],
        [51.448, 6.885],
        [51.443, 6.855],
        [51.447, 6.82],
        [51.455, 6.79],
        [51.472, 6.772],
      ],
      labelAt: [51.4535, 6.862],
    },
    {
      value: 'sterkrade',
      names: {
        de: 'Sterkrade',
        'de-x-ls': 'Sterkrade',
        en: 'Sterkrade',
        tr: 'Sterkrade',
        ar: 'شتيركراده',
        fa: 'اشترکراده',
        uk: 'Штеркраде',
        ru: 'Штеркраде',
        pl: 'Sterkrade',
        ro: 'Sterkrade',
        bg: 'Щеркраде',
      },
      outline: [
        ...westBorder,
        junction,
        ...eastBorder,
        [51.541, 6.908],
        [51.562, 6.893],
        [51.575, 6.862],
        [51.571, 6.826],
        [51.556, 6.8],
        [51.536, 6.783],
        [51.512, 6.776],
      ],
      labelAt: [51.561, 6.842],
    },
    {
      value: 'osterfeld',
      names: {
        de: 'Osterfeld',
        'de-x-ls': 'Osterfeld',
        en: 'Osterfeld',
        tr: 'Osterfeld',
        ar: 'أوسترفيلد',
        fa: 'اوسترفلد',
        uk: 'Остерфельд',
        ru: 'Остерфельд',
        pl: 'Osterfeld',
        ro: 'Osterfeld',
        bg: 'Остерфелд',
      },
      outline: [
        junction,
        ...eastBorder,
        [51.522, 6.925],
        [51.509, 6.935],
        [51.497, 6.93],
        ...southBorder.slice().reverse(),
      ],
      labelAt: [51.5205, 6.909],
    },
  ],
} as const satisfies City

/** The district values, in the city's order: what the CMS stores and the site filters by. */
export const districts = city.districts.map((district) => district.value)
export type District = (typeof city.districts)[number]['value']
