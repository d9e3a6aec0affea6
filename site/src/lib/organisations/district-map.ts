/**
 * The district map of Oberhausen, drawn by hand for this site: three simplified district outlines in
 * latitude/longitude, projected to SVG coordinates. No map tiles, no external requests.
 * The outlines are rough – good enough to see where an organisation is, not for surveying.
 */
export type LatLng = [lat: number, lng: number]
export type District = 'alt-oberhausen' | 'sterkrade' | 'osterfeld'

/** Where the three districts meet. */
const junction: LatLng = [51.494, 6.868]
const westBorder: LatLng[] = [
  [51.492, 6.778],
  [51.496, 6.81],
  [51.495, 6.84],
]
const eastBorder: LatLng[] = [
  [51.51, 6.876],
  [51.52, 6.885],
  [51.527, 6.905],
]
const southBorder: LatLng[] = [
  [51.487, 6.893],
  [51.489, 6.912],
]

export const districtOutlines: Record<District, LatLng[]> = {
  sterkrade: [
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
  osterfeld: [
    junction,
    ...eastBorder,
    [51.522, 6.925],
    [51.509, 6.935],
    [51.497, 6.93],
    ...southBorder.slice().reverse(),
  ],
  'alt-oberhausen': [
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
}

/** Where each district's label sits. */
export const labelPositions: Record<District, LatLng> = {
  sterkrade: [51.561, 6.842],
  osterfeld: [51.5205, 6.909],
  'alt-oberhausen': [51.4535, 6.862],
}

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
