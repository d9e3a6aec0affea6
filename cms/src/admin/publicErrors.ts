import type { AfterErrorHook } from 'payload'

/** What Payload's own errors carry; read structurally, since the class a hook threw may come from another bundle. */
type PayloadErrorShape = { message?: unknown; status?: unknown; isPublic?: unknown; data?: unknown; name?: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload's rule (isErrorPublic): public when it says so, or when it names a status other than 500. */
function isPublic(error: PayloadErrorShape): boolean {
  if (error.isPublic === true) return true
  if (error.isPublic === false) return false
  return typeof error.status === 'number' && error.status !== 500
}

/**
 * The hooks' messages to editors (non-PDF upload, translator refusals, a recurrence rule at its field) reach the
 * admin and REST as thrown. In the production build each chunk holds its own copy of Payload's error classes, and
 * the copy our hooks throw is an anonymous class, so its `name` is "": Payload's formatErrors then neither
 * recognises it (`instanceof` fails across copies) nor keeps its message, and answers "An unknown error
 * occurred.". This hook answers every public error with its own message, and with `data.errors` (field paths) so
 * the admin shows each message at its field. Non-public errors (500s) stay hidden as Payload hides them.
 */
export const answerPublicErrorsAsThrown: AfterErrorHook = ({ error, result }) => {
  const thrown = error as PayloadErrorShape
  if (!isPublic(thrown) || typeof thrown.message !== 'string' || !thrown.message) return
  const name = typeof thrown.name === 'string' && thrown.name ? thrown.name : 'APIError'
  const data = isRecord(thrown.data) ? thrown.data : undefined
  const status = typeof thrown.status === 'number' ? thrown.status : undefined
  return { response: { ...result, errors: [{ name, message: thrown.message, ...(data ? { data } : {}) }] }, status }
}
