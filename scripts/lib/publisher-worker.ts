/**
 * One site build for the publisher (scripts/lib/publisher.ts), in a process of its own: the publisher reads this
 * process's output for the reason of a failure (the loader names the entry and field there), and stopping the
 * publisher mid-build stops this process and the builds it started. Sends one message: the result or the error.
 */
import { buildSite, type SiteBuild } from './site'

export type BuildRequest = { cmsUrl: string; output?: string; force: boolean }
export type BuildOutcome = { ok: true; site: SiteBuild } | { ok: false; message: string }

const request = JSON.parse(process.argv[2] ?? '{}') as BuildRequest

// The publisher gone (killed, restarted: its end closes this channel): this build and the ones it started end too,
// so the restarted publisher's build is the only one writing the site. The next build removes what they left behind.
process.on('disconnect', () => process.kill(-process.pid, 'SIGKILL'))
const send = (outcome: BuildOutcome) =>
  new Promise<void>((resolve) => (process.send ? process.send(outcome, () => resolve()) : resolve()))

buildSite({ cmsUrl: request.cmsUrl, env: process.env, force: request.force, output: request.output })
  .then((site) => send({ ok: true, site }))
  .catch((error: unknown) => send({ ok: false, message: error instanceof Error ? error.message : String(error) }))
  .finally(() => process.exit(0))
