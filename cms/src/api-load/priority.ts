import { executeAuthStrategies, type Payload } from 'payload'

import { sharedAdmission } from './admission'

/** How long an admin page goes on rendering after Payload's RootPage has resolved (its view is rendered by React). */
export const ADMIN_PAGE_TAIL_MS = 500

/**
 * Whether Payload authenticates these headers as a user: the same strategies its REST handler runs, so every
 * credential Payload accepts counts (cookie variants, `JWT`/`Bearer`, API keys), and a forged cookie does not.
 * A response header from authentication (a refreshed cookie) counts as signed in.
 */
export async function isSignedIn(headers: Headers, payload: Payload): Promise<boolean> {
  const { user, responseHeaders } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return Boolean(user) || [...(responseHeaders ?? new Headers())].length > 0
}

/**
 * Runs an editor's work (an admin page, a server function, a signed-in API request) ahead of anonymous readers: while
 * it runs, waiting anonymous reads are not admitted (../api-load/admission.ts). Work for nobody signed in runs as is,
 * so a visitor of the login page, or a forged cookie, cannot hold readers back.
 */
export async function editorsFirst<T>(
  headers: Headers,
  payload: Payload,
  work: () => Promise<T>,
  tailMs = 0,
): Promise<T> {
  if (!(await isSignedIn(headers, payload))) return work()
  return sharedAdmission().prioritise(work, tailMs)
}
