/**
 * What is particular to this city. A fork for another integration centre changes this file
 * (and the content in content/), not the collections.
 */
export const city = {
  name: 'Oberhausen',
  /** Bounding box for coordinates of addresses (south, west, north, east). */
  bounds: { south: 51.44, west: 6.76, north: 51.58, east: 6.95 },
  districts: [
    { value: 'alt-oberhausen', label: 'Alt-Oberhausen' },
    { value: 'sterkrade', label: 'Sterkrade' },
    { value: 'osterfeld', label: 'Osterfeld' },
  ],
} as const

export const districtOptions = city.districts.map(({ value, label }) => ({ value, label }))
