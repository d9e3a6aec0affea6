import type { AfterErrorHook } from 'payload'

const NOT_JSON =
  'Der Inhalt der Anfrage ist kein gültiges JSON. Bitte senden Sie ein JSON-Objekt, z. B. {"title": "…"}.'
const NOT_AN_OBJECT =
  'Der Inhalt der Anfrage muss ein JSON-Objekt sein ({ … }), nicht null, eine Liste, ein Text oder eine Zahl.'
const UNREADABLE_FORM =
  'Das hochgeladene Formular ließ sich nicht lesen, z. B. wegen eines Steuerzeichens im Dateinamen. Bitte benennen Sie die Datei um und laden Sie sie erneut hoch.'

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What was wrong with the request's body, when that is why it failed; undefined for every other error. */
function bodyProblem(error: Error, req: Parameters<AfterErrorHook>[0]['req']): string | undefined {
  const method = req.method?.toUpperCase() ?? ''
  if (!['POST', 'PATCH', 'PUT'].includes(method)) return undefined
  const contentType = req.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? ''
  const isJson = contentType === 'application/json'
  const isForm = contentType.startsWith('multipart/')
  if (!isJson && !isForm) return undefined
  // Payload's own answer to a body JSON.parse refused (400, English), or the admin's form field `_payload`.
  if (error.name === 'SyntaxError' || error.message === 'Invalid JSON') return NOT_JSON
  // A body that is not an object is the cause, whatever Payload made of it: a list or `null` reaches field
  // validation ("Die folgenden Felder sind nicht korrekt: Titel", or English "field is invalid: email" at sign-in).
  if (isJson && req.data !== undefined && !isPlainObject(req.data)) return NOT_AN_OBJECT
  // Errors that already name the client's mistake (413 file too large, 400 validation) keep their answer.
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status >= 400 && status < 500) return undefined
  // The form could not be parsed (busboy: "Malformed part header" …): Payload set neither data nor file.
  if (isForm && req.data === undefined && req.file === undefined) return UNREADABLE_FORM
  if (req.data !== undefined && !isPlainObject(req.data)) return NOT_AN_OBJECT
  return undefined
}

/**
 * A body that is not a JSON object (`null`, `[]`, `"text"`, broken JSON) or a multipart form that cannot be read
 * (a control character in a file name) made Payload answer 500 "Something went wrong." — an error of the client,
 * not of the CMS: answered 400 with a German message instead. Every other error keeps its answer.
 */
export const answerBadBodies: AfterErrorHook = ({ error, req, result }) => {
  const problem = bodyProblem(error, req)
  if (!problem) return
  return { response: { ...result, errors: [{ name: 'BadRequest', message: problem }] }, status: 400 }
}
