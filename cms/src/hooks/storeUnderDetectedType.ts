import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** The file kinds the portal stores, recognised by their first bytes, with the extension they are stored under. */
const kinds: { extension: string; mimetype: string; matches: (head: Buffer) => boolean }[] = [
  { extension: 'pdf', mimetype: 'application/pdf', matches: (head) => head.toString('latin1').includes('%PDF-') },
  {
    extension: 'png',
    mimetype: 'image/png',
    matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extension: 'jpg',
    mimetype: 'image/jpeg',
    matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  },
  {
    extension: 'webp',
    mimetype: 'image/webp',
    matches: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  },
  {
    extension: 'avif',
    mimetype: 'image/avif',
    matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]/.test(head.toString('latin1', 8, 12)),
  },
  { extension: 'mp4', mimetype: 'video/mp4', matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' },
  {
    extension: 'webm',
    mimetype: 'video/webm',
    matches: (head) => head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])),
  },
  {
    extension: 'vtt',
    mimetype: 'text/vtt',
    matches: (head) => /^(?:\uFEFF)?WEBVTT(?:[ \t\r\n]|$)/.test(head.toString('utf8')),
  },
]

/** Control characters and the characters that reorder text (`report\u202Efdp.exe` shows as `reportexe.pdf`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

/**
 * The name a file is stored under: its own name without extension, leading dots or trailing dots and spaces (so
 * `...pdf` does not become a hidden file), and the extension of what the content is.
 */
export function storedName(name: string, extension: string): string {
  const base = name
    .replace(/\.[^.]*$/, '')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  return `${base || 'datei'}.${extension}`
}

/**
 * Stores every upload under the extension of its content, whatever its name says: a real PDF named `evil.html` is
 * stored (and later served) as `evil.pdf`, a PNG named `x.html` as `x.png`. Names with control or bidi characters
 * are refused, content of no kind the portal stores too.
 */
export const storeUnderDetectedType: CollectionBeforeOperationHook<'documents' | 'media'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args
  if (UNSAFE_NAME.test(file.name))
    throw new APIError(
      `Der Dateiname „${file.name.replace(UNSAFE_NAME, '�')}“ enthält Steuer- oder Richtungszeichen. Bitte benennen Sie die Datei um.`,
      400,
      null,
      true,
    )
  const head = Buffer.from(file.data.subarray(0, 1024))
  const kind = kinds.find(({ matches }) => matches(head))
  if (!kind)
    throw new APIError(
      `Der Inhalt von „${file.name}“ ist keine Datei, die hier gespeichert wird (PDF, PNG, JPEG, WebP, AVIF, MP4, WebM, WebVTT).`,
      400,
      null,
      true,
    )
  file.name = storedName(file.name, kind.extension)
  file.mimetype = kind.mimetype
  return args
}
