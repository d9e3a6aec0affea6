/**
 * Geometry of the indicator line charts: scales, ticks, line paths and marker shapes.
 * Pure numbers in, SVG path data out; the component only adds text in the reader's language.
 */

export type Point = { x: number; y: number }
export type Series = { label: string; points: Point[] }
export type Box = { width: number; height: number; top: number; right: number; bottom: number; left: number }

export const defaultBox: Box = { width: 640, height: 360, top: 20, right: 20, bottom: 48, left: 64 }

/** Each line differs by dash pattern and marker shape, so the chart reads without colour. */
export const dashPatterns = ['', '8 4', '2 4', '12 4 2 4', '4 2'] as const
export const markerShapes = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const
export type MarkerShape = (typeof markerShapes)[number]

/** A function mapping `domain` linearly onto `range`. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)
}

/** Round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving about `count` intervals over [min, max]. */
export function niceStep(min: number, max: number, count = 5): number {
  const span = max - min
  if (span <= 0) return 1
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw)! * power
  return Number(step.toPrecision(12))
}

/** Ticks from a multiple of the step at or below `min` to one at or above `max`. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) return [min]
  const step = niceStep(min, max, count)
  const first = Math.floor(min / step) * step
  const last = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let value = first; value <= last + step / 2; value += step) ticks.push(Number(value.toPrecision(12)))
  return ticks
}

/** SVG path data for a marker of `shape` centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 5): string {
  const r = size
  const f = (n: number) => Number(n.toFixed(2))
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
    case 'square':
      return `M${f(x - r)},${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.9)}L${f(x - r * 1.1)},${f(y + r * 0.9)}Z`
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.3)}L${f(x + r * 1.3)},${f(y)}L${f(x)},${f(y + r * 1.3)}L${f(x - r * 1.3)},${f(y)}Z`
    case 'cross':
      return `M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x + r)},${f(y - r)}L${f(x - r)},${f(y + r)}`
  }
}

export type ChartLine = {
  label: string
  path: string
  dash: string
  marker: MarkerShape
  points: { x: number; y: number; value: Point }[]
}

export type ChartGeometry = {
  box: Box
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: { value: number; x: number }[]
  yTicks: { value: number; y: number }[]
  lines: ChartLine[]
}

/**
 * Lays out a line chart. The y axis starts at zero for non-negative data (no exaggerated slopes);
 * the x axis has a tick for every year with data when there are at most 12 of them.
 */
export function lineChart(series: Series[], box: Box = defaultBox): ChartGeometry {
  const all = series.flatMap((each) => each.points)
  if (all.length === 0) throw new Error('A chart needs at least one value')
  const xs = all.map((point) => point.x)
  const ys = all.map((point) => point.y)
  const xMin = Math.min(...xs)
  const xMax = Math.max(...xs)
  const yTickValues = niceTicks(
    Math.min(0, ...ys),
    Math.max(...ys) === Math.min(0, ...ys) ? Math.max(...ys) + 1 : Math.max(...ys),
  )
  const plot = { left: box.left, right: box.width - box.right, top: box.top, bottom: box.height - box.bottom }
  const x = linearScale([xMin, xMax], [plot.left, plot.right])
  const y = linearScale([yTickValues[0], yTickValues.at(-1)!], [plot.bottom, plot.top])
  const years = [...new Set(xs)].sort((a, b) => a - b)
  const xTickValues =
    years.length <= 12 ? years : niceTicks(xMin, xMax).filter((value) => value >= xMin && value <= xMax)
  const round = (n: number) => Number(n.toFixed(2))
  return {
    box,
    plot,
    xTicks: xTickValues.map((value) => ({ value, x: round(x(value)) })),
    yTicks: yTickValues.map((value) => ({ value, y: round(y(value)) })),
    lines: series.map((each, index) => {
      const points = [...each.points]
        .sort((a, b) => a.x - b.x)
        .map((point) => ({ x: round(x(point.x)), y: round(y(point.y)), value: point }))
      return {
        label: each.label,
        path: points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(''),
        dash: dashPatterns[index % dashPatterns.length],
        marker: markerShapes[index % markerShapes.length],
        points,
      }
    }),
  }
}

/** First and last value of a series, for describing its trend in words. */
export function trend(points: Point[]): { first: Point; last: Point; direction: 'up' | 'down' | 'flat' } {
  const sorted = [...points].sort((a, b) => a.x - b.x)
  const first = sorted[0]
  const last = sorted.at(-1)!
  const direction = last.y > first.y ? 'up' : last.y < first.y ? 'down' : 'flat'
  return { first, last, direction }
}
