import { describe, expect, it } from 'vitest'
import {
  dashPatterns,
  linearScale,
  lineChart,
  markerPath,
  markerShapes,
  niceStep,
  niceTicks,
  trend,
} from '#/lib/indicators/chart.ts'

const box = { width: 500, height: 300, top: 20, right: 20, bottom: 40, left: 80 }

describe('chart geometry', () => {
  it('maps a domain linearly onto a range, also reversed (SVG y grows downwards)', () => {
    const y = linearScale([0, 60], [260, 20])
    expect([y(0), y(30), y(60)]).toEqual([260, 140, 20])
  })

  it('chooses round tick steps', () => {
    expect([niceStep(0, 57.2), niceStep(0, 4260), niceStep(0, 2.5), niceStep(0, 1)]).toEqual([20, 1000, 0.5, 0.2])
  })

  it('covers the data with ticks starting and ending on a step', () => {
    expect(niceTicks(0, 57.2)).toEqual([0, 20, 40, 60])
    expect(niceTicks(0, 4260)).toEqual([0, 1000, 2000, 3000, 4000, 5000])
    expect(niceTicks(0, 2.5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5])
  })

  it('starts the y axis at zero and puts a tick on every year with data', () => {
    const chart = lineChart(
      [
        {
          label: 'gesamt',
          points: [
            { x: 2012, y: 50 },
            { x: 2014, y: 55 },
            { x: 2016, y: 57.2 },
          ],
        },
      ],
      box,
    )
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 20, 40, 60])
    expect(chart.yTicks[0].y).toBe(260)
    expect(chart.yTicks.at(-1)!.y).toBe(20)
    expect(chart.xTicks).toEqual([
      { value: 2012, x: 80 },
      { value: 2014, x: 280 },
      { value: 2016, x: 480 },
    ])
  })

  it('draws each series as a path through its points in year order', () => {
    const chart = lineChart(
      [
        {
          label: 'a',
          points: [
            { x: 2016, y: 60 },
            { x: 2012, y: 0 },
            { x: 2014, y: 30 },
          ],
        },
      ],
      box,
    )
    expect(chart.lines[0].path).toBe('M80,260L280,140L480,20')
  })

  it('gives every series its own dash pattern and marker shape, so lines differ without colour', () => {
    const series = ['gesamt', 'deutsch', 'ausländisch', 'x'].map((label, index) => ({
      label,
      points: [
        { x: 2012, y: index },
        { x: 2014, y: index + 1 },
      ],
    }))
    const lines = lineChart(series, box).lines
    expect(lines.map((line) => line.dash)).toEqual(dashPatterns.slice(0, 4))
    expect(lines.map((line) => line.marker)).toEqual(markerShapes.slice(0, 4))
    expect(new Set(lines.map((line) => line.dash)).size).toBe(4)
  })

  it('draws closed marker shapes centred on the point', () => {
    expect(markerPath('square', 10, 20, 5)).toBe('M5,15h10v10h-10Z')
    expect(markerPath('diamond', 0, 0, 5)).toBe('M0,-6.5L6.5,0L0,6.5L-6.5,0Z')
  })

  it('refuses to draw a chart without values', () => {
    expect(() => lineChart([{ label: 'leer', points: [] }], box)).toThrow('at least one value')
  })

  it('describes the trend from the first to the last year', () => {
    expect(
      trend([
        { x: 2024, y: 45.1 },
        { x: 2012, y: 34.8 },
      ]),
    ).toEqual({ first: { x: 2012, y: 34.8 }, last: { x: 2024, y: 45.1 }, direction: 'up' })
    expect(
      trend([
        { x: 2012, y: 3 },
        { x: 2014, y: 3 },
      ]).direction,
    ).toBe('flat')
  })
})
