/**
 * The district map of the city, drawn by hand: the simplified district outlines of the city in the contract
 * (latitude/longitude), projected to SVG coordinates. No map tiles, no external requests.
 * The outlines are rough – good enough to see where an organisation is, not for surveying.
 */
import { city, type CityDistrict, type District, type LatLng } from '@ki/contract'

import { formatList } from '#/i18n/format.ts'
import type { LocaleCode } from '#/i18n/locales.ts'
import { t } from '#/i18n/ui.ts'

export type { District, LatLng }

/** One value per district of the city, keyed by the district. */
function byDistrict<T>(pick: (district: CityDistrict) => T): Record<District, T> {
  return Object.fromEntries(city.districts.map((district) => [district.value, pick(district)])) as Record<District, T>
}

/** Each district's outline, in the city's order. */
export const districtOutlines = byDistrict((district) => district.outline)

/** Where each district's label sits. */
export const labelPositions = byDistrict((district) => district.labelAt)

const allPoints = Object.values(districtOutlines).flat()
const north = Math.max(...allPoints.map(([lat]) => lat))
const south = Math.min(...allPoints.map(([lat]) => lat))
const west = Math.min(...allPoints.map(([, lng]) => lng))
const east = Math.max(...allPoints.map(([, lng]) => lng))
/** A degree of longitude is shorter than a degree of latitude this far north. */
const lngFactor = Math.cos((((north + south) / 2) * Math.PI) / 180)

export const mapWidth = 480
const pad = 12
const scale = (mapWidth - 2 * pad) / ((east - west) * lngFactor)
export const mapHeight = Math.round((north - south) * scale + 2 * pad)

/** SVG coordinates (y down, north up) of a point. */
export function project([lat, lng]: LatLng): { x: number; y: number } {
  return {
    x: Number((pad + (lng - west) * lngFactor * scale).toFixed(1)),
    y: Number((pad + (north - lat) * scale).toFixed(1)),
  }
}

export function outlinePath(district: District): string {
  return (
    districtOutlines[district]
      .map((point, index) => {
        const { x, y } = project(point)
        return `${index === 0 ? 'M' : 'L'}${x},${y}`
      })
      .join('') + 'Z'
  )
}

/**
 * What the map shows, in the reader's language, naming the city's districts in the city's order
 * ("… der Stadtbezirke von Oberhausen (Alt-Oberhausen, Sterkrade und Osterfeld) …"): a fork with another number of
 * districts gets the right description without touching ui.yaml.
 */
export function mapDescription(locale: LocaleCode, districts: readonly CityDistrict[] = city.districts): string {
  const names = districts.map((district) => district.names[locale])
  return t(locale, 'orgs.mapDesc', { districts: formatList(names, locale) })
}

/** Ray casting: is the point inside the district's outline? */
export function inDistrict([lat, lng]: LatLng, district: District): boolean {
  const outline = districtOutlines[district]
  let inside = false
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [latI, lngI] = outline[i]
    const [latJ, lngJ] = outline[j]
    if (latI > lat !== latJ > lat && lng < ((lngJ - lngI) * (lat - latI)) / (latJ - latI) + lngI) inside = !inside
  }
  return inside
}

/** Side of the square cells (SVG units) in which organisation dots are combined into one. */
export const clusterCell = 40

export type MapCluster<T> = { x: number; y: number; items: T[] }

/**
 * Organisations in the same cell of a `cell`-sized grid become one dot at their mean position, so the map has at
 * most one dot per cell however many organisations there are. Clusters come in grid order (rows north to south).
 */
export function clusterPoints<T>(points: { x: number; y: number; item: T }[], cell = clusterCell): MapCluster<T>[] {
  const cells = new Map<string, { x: number; y: number; items: T[]; row: number; column: number }>()
  for (const point of points) {
    const row = Math.floor(point.y / cell)
    const column = Math.floor(point.x / cell)
    const key = `${row}:${column}`
    const found = cells.get(key) ?? { x: 0, y: 0, items: [], row, column }
    found.x += point.x
    found.y += point.y
    found.items.push(point.item)
    cells.set(key, found)
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ x, y, items }) => ({
      x: Number((x / items.length).toFixed(1)),
      y: Number((y / items.length).toFixed(1)),
      items,
    }))
}
