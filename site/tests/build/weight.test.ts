/**
 * Page weight (issue 5, "Weight"): prints the median and maximum bytes per page (page-weight.ts explains
 * what is counted) and checks what the numbers rest on: every file a page needs is in the build, and
 * every image reserves its space (width and height) and comes in a modern format.
 * No byte budget is asserted; the numbers are for the closing note and for comparing builds.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { htmlPages, requireDist, srcsetUrls } from './dist.ts'
import { pageWeights, weightReport, type PageWeight } from './page-weight.ts'

let root: string
let weights: PageWeight[]

beforeAll(() => {
  root = requireDist()
  weights = pageWeights(root)
})

describe('page weight', () => {
  it('is computed for every page from files that all exist in the build (report printed)', () => {
    console.log(weightReport(weights))
    expect(weights.length).toBe(htmlPages(root).length)
    expect(
      weights
        .filter((weight) => weight.missing.length)
        .map((weight) => ({ page: weight.page, missing: weight.missing })),
    ).toEqual([])
  })

  it('every image has width and height, and every raster image is offered as AVIF or WebP', () => {
    const problems = htmlPages(root).flatMap((page) => {
      const found: { page: string; image: string; problem: string }[] = []
      let modernSources = false
      for (const tag of page.tags) {
        if (tag.closing) continue
        if (tag.name === 'picture') modernSources = false
        if (tag.name === 'source' && /image\/(avif|webp)/.test(tag.attrs.get('type') ?? '')) modernSources = true
        if (tag.name !== 'img') continue
        const src = tag.attrs.get('src') ?? ''
        if (!/^\d+$/.test(tag.attrs.get('width') ?? '') || !/^\d+$/.test(tag.attrs.get('height') ?? ''))
          found.push({ page: page.path, image: src, problem: 'no width/height' })
        const candidates = [src, ...srcsetUrls(tag.attrs.get('srcset') ?? '')]
        const raster = candidates.some((url) => /\.(jpe?g|png|gif)$/i.test(url))
        if (raster && !modernSources && !candidates.some((url) => /\.(avif|webp)$/i.test(url)))
          found.push({ page: page.path, image: src, problem: 'raster image without AVIF/WebP' })
        modernSources = false
      }
      return found
    })
    expect(problems).toEqual([])
  })
})
