import { describe, expect, it } from 'vitest'
import {
  clusterCell,
  clusterPoints,
  inDistrict,
  mapHeight,
  mapWidth,
  outlinePath,
  project,
  type District,
  type LatLng,
} from '#/lib/organisations/district-map.ts'

/** Coordinates of seeded sample organisations and the district each one is registered in. */
const organisations: [LatLng, District][] = [
  [[51.4663, 6.8466], 'alt-oberhausen'],
  [[51.4879, 6.8276], 'alt-oberhausen'],
  [[51.4616, 6.817], 'alt-oberhausen'],
  [[51.4675, 6.8731], 'alt-oberhausen'],
  [[51.5055, 6.8274], 'sterkrade'],
  [[51.5143, 6.8787], 'sterkrade'],
  [[51.5464, 6.8312], 'sterkrade'],
  [[51.5284, 6.8186], 'sterkrade'],
  [[51.502, 6.8753], 'osterfeld'],
  [[51.497, 6.8824], 'osterfeld'],
  [[51.5125, 6.89], 'osterfeld'],
  [[51.5054, 6.9108], 'osterfeld'],
]
const districts: District[] = ['alt-oberhausen', 'sterkrade', 'osterfeld']

describe('district map', () => {
  it.each(organisations)('puts %j inside %s and no other district', (point, district) => {
    expect(districts.filter((each) => inDistrict(point, each))).toEqual([district])
  })

  it('projects north up and east right, inside the drawing', () => {
    const north = project([51.56, 6.85])
    const south = project([51.46, 6.85])
    const east = project([51.5, 6.92])
    const west = project([51.5, 6.8])
    expect(north.y).toBeLessThan(south.y)
    expect(east.x).toBeGreaterThan(west.x)
    for (const point of [north, south, east, west]) {
      expect(point.x).toBeGreaterThanOrEqual(0)
      expect(point.x).toBeLessThanOrEqual(mapWidth)
      expect(point.y).toBeGreaterThanOrEqual(0)
      expect(point.y).toBeLessThanOrEqual(mapHeight)
    }
  })

  it('draws each district as one closed path', () => {
    for (const district of districts) expect(outlinePath(district)).toMatch(/^M[\d.,L]+Z$/)
  })

  it('draws organisations close to each other as one dot at their mean position, far ones apart', () => {
    const clusters = clusterPoints([
      { x: 10, y: 10, item: 'a' },
      { x: 20, y: 14, item: 'b' },
      { x: 200, y: 300, item: 'c' },
    ])
    expect(clusters).toEqual([
      { x: 15, y: 12, items: ['a', 'b'] },
      { x: 200, y: 300, items: ['c'] },
    ])
  })

  it('has at most one dot per grid cell however many organisations there are', () => {
    const points = Array.from({ length: 20_000 }, (_, index) => ({
      x: (index * 7919) % mapWidth,
      y: (index * 104_729) % mapHeight,
      item: index,
    }))
    const cells = Math.ceil(mapWidth / clusterCell) * Math.ceil(mapHeight / clusterCell)
    const clusters = clusterPoints(points)
    expect(clusters.length).toBeLessThanOrEqual(cells)
    expect(clusters.reduce((sum, cluster) => sum + cluster.items.length, 0)).toBe(points.length)
  })
})
