/**
 * Makes the sample video of the start page's German Sign Language (DGS) slot, content/media/dgs-beispiel.webm:
 * a 640×360 WebM (VP8, ~8 s) of a slide that says it is a sample, drawn on a canvas in Debian's Chromium and recorded
 * with MediaRecorder. No ffmpeg needed, nothing downloaded; the real DGS video replaces it in the CMS.
 *
 *   node --import tsx scripts/make-sample-video.ts
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { chromium } from 'playwright-core'

import { ensureChromium } from './lib/browser'

const out = join(import.meta.dirname, '..', 'content', 'media', 'dgs-beispiel.webm')
const seconds = 8

/**
 * Runs in the page (as a string: tsx would add helpers the page does not have): draws the slide for `duration`
 * seconds and resolves with the recording as base64.
 */
const recordInPage = `(duration) => {
  const canvas = document.createElement('canvas')
  canvas.width = 640
  canvas.height = 360
  document.body.append(canvas)
  const context = canvas.getContext('2d')
  const started = performance.now()
  const draw = () => {
    const t = (performance.now() - started) / 1000
    context.fillStyle = '#1d3557'
    context.fillRect(0, 0, 640, 360)
    // A figure whose hands move: a stand-in for the signer, not a sign.
    context.fillStyle = '#f1faee'
    context.beginPath()
    context.arc(320, 130, 34, 0, 2 * Math.PI)
    context.fill()
    context.fillRect(285, 170, 70, 90)
    for (const side of [-1, 1]) {
      const x = 320 + side * (70 + 18 * Math.sin(t * 3 + side))
      const y = 185 + 22 * Math.cos(t * 2.4 + side)
      context.beginPath()
      context.arc(x, y, 16, 0, 2 * Math.PI)
      context.fill()
    }
    context.fillStyle = '#ffd166'
    context.font = 'bold 26px sans-serif'
    context.textAlign = 'center'
    context.fillText('Beispielvideo', 320, 300)
    context.fillStyle = '#f1faee'
    context.font = '20px sans-serif'
    context.fillText('Das echte DGS-Video folgt.', 320, 332)
  }
  draw()
  const timer = setInterval(draw, 40)
  const recorder = new MediaRecorder(canvas.captureStream(25), {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: 150_000,
  })
  const chunks = []
  recorder.ondataavailable = (event) => chunks.push(event.data)
  return new Promise((resolve) => {
    recorder.onstop = async () => {
      clearInterval(timer)
      const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer())
      let binary = ''
      for (const byte of bytes) binary += String.fromCharCode(byte)
      resolve(btoa(binary))
    }
    recorder.start()
    setTimeout(() => recorder.stop(), duration * 1000)
  })
}`

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
try {
  const page = await (await browser.newContext()).newPage()
  await page.setContent('<!doctype html><html lang="de"><body></body></html>')
  const video = Buffer.from(await page.evaluate<string>(`(${recordInPage})(${seconds})`), 'base64')
  writeFileSync(out, video)
  console.log(`${out}: ${video.length} bytes, ${seconds} s`)
} finally {
  await browser.close()
}
