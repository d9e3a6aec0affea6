import type { Document } from '@ki/contract/payload-types'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'

export type PageText = { page: number; text: string }

/** One string per page of a PDF, whitespace folded. */
export async function pdfPageTexts(data: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocumentProxy(new Uint8Array(data))
  try {
    const { text } = await extractText(pdf, { mergePages: false })
    return text.map((pageText, index) => ({ page: index + 1, text: pageText.replace(/\s+/g, ' ').trim() }))
  } finally {
    // pdf.js keeps a loaded document until its loading task is destroyed. (Measured: 300 extractions in one process
    // stay at ~300 MB either way, so this is hygiene, not the cause of the 50k import's memory growth: README.)
    await pdf.loadingTask.destroy()
  }
}

/** On every new upload, stores the text of each PDF page (for search) and the page count. */
export const extractPdfText: CollectionBeforeChangeHook<Document> = async ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  try {
    const pages = await pdfPageTexts(file.data)
    return { ...data, pageCount: pages.length, pageTexts: pages }
  } catch (error) {
    throw new APIError(
      `Die PDF-Datei „${file.name}“ lässt sich nicht lesen (${(error as Error).message}). Bitte prüfen Sie, ob sie beschädigt oder verschlüsselt ist.`,
      400,
      null,
      true,
    )
  }
}
