import { APIError, type CollectionBeforeValidateHook } from 'payload'

const PDF_MAGIC = '%PDF-'

/** Checks the file's content, not its name: only real PDFs are accepted. */
export const rejectNonPdf: CollectionBeforeValidateHook = ({ data, req }) => {
  const file = req.file
  if (!file?.data) return data
  const head = Buffer.from(file.data.subarray(0, 1024)).toString('latin1')
  if (!head.includes(PDF_MAGIC)) {
    throw new APIError(
      `„${file.name}“ ist keine PDF-Datei (der Inhalt beginnt nicht wie ein PDF). Bitte laden Sie das Dokument als PDF hoch.`,
      400,
      null,
      true,
    )
  }
  return data
}
