import { APIError, type CollectionBeforeOperationHook } from 'payload'

const PDF_MAGIC = '%PDF-'

/**
 * Checks the file's content, not its name: only real PDFs are accepted. Runs before Payload's own
 * file-type check, whose message ("File type text/plain (from extension pdf) is not allowed") no editor reads.
 */
export const rejectNonPdf: CollectionBeforeOperationHook<'documents'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args
  const head = Buffer.from(file.data.subarray(0, 1024)).toString('latin1')
  if (!head.includes(PDF_MAGIC)) {
    throw new APIError(
      `„${file.name}“ ist keine PDF-Datei (der Inhalt beginnt nicht wie ein PDF). Bitte laden Sie das Dokument als PDF hoch.`,
      400,
      null,
      true,
    )
  }
  return args
}
