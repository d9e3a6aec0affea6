import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import PDFDocument from 'pdfkit'

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
const FONTS = { regular: join(fontDir, 'DejaVuSans.ttf'), bold: join(fontDir, 'DejaVuSans-Bold.ttf') }

export type SamplePdf = { title: string; publisher: string; year: number; pages: string[] }

export const PAGE_SEPARATOR = /^\s*<!--\s*page\s*-->\s*$/m

/**
 * Renders a sample document: one PDF page per text page (Markdown-like: `#` headings, `-` lists),
 * with a real text layer and a footer on every page marking it as a sample.
 */
export function renderSamplePdf({ title, publisher, year, pages }: SamplePdf): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
    info: { Title: title, Author: publisher, Subject: 'Musterdokument (Beispieldaten)', Keywords: 'Musterdokument' },
    lang: 'de-DE',
    autoFirstPage: false,
    bufferPages: true,
  })
  pdf.registerFont('regular', FONTS.regular)
  pdf.registerFont('bold', FONTS.bold)
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })

  for (const page of pages) {
    pdf.addPage()
    for (const block of page.trim().split(/\n{2,}/)) {
      const heading = /^(#{1,4})\s+(.*)$/.exec(block.trim())
      if (heading) {
        pdf
          .font('bold')
          .fontSize(heading[1].length === 1 ? 18 : 13)
          .text(heading[2], { paragraphGap: 8 })
        continue
      }
      const text = block.replace(/\*\*(.+?)\*\*/g, '$1').replace(/^\s*[-*]\s+/gm, '• ')
      pdf.font('regular').fontSize(10.5).text(text, { align: 'left', lineGap: 2, paragraphGap: 8 })
    }
  }
  const range = pdf.bufferedPageRange()
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index)
    pdf.page.margins.bottom = 0
    const bottom = pdf.page.height - 48
    pdf.font('regular').fontSize(8).fillColor('#555555')
    pdf.text(
      `Musterdokument (Beispieldaten) – ${title} – ${publisher}, ${year} – Seite ${index + 1} von ${range.count}`,
      64,
      bottom,
      {
        width: pdf.page.width - 128,
        align: 'center',
        lineBreak: false,
      },
    )
    pdf.fillColor('#000000')
  }
  pdf.end()
  return done
}
