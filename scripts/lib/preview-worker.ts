/**
 * One preview for the publisher (./preview.ts), in a process of its own, as ./publisher-worker.ts is for site
 * builds: renders the draft's pages, finishes them into a preview and moves it into place. Sends one message.
 */
import { finishPreview, publishPreview, type PreviewJob, type PreviewOutcome } from './preview'
import { rmSync } from 'node:fs'

import { previewBuildFolder, renderPreview } from './site'

const job = JSON.parse(process.argv[2] ?? '{}') as PreviewJob
const send = (outcome: PreviewOutcome) =>
  new Promise<void>((resolve) => (process.send ? process.send(outcome, () => resolve()) : resolve()))

renderPreview({ cmsUrl: job.cmsUrl, env: process.env, token: job.token, entry: job.entry, draft: job.draft })
  .then((folder) => {
    const { pages } = finishPreview(folder, { token: job.token, entry: job.entry, expiresAt: job.expiresAt })
    publishPreview(folder, job.dir, job.token)
    return send({ ok: true, pages })
  })
  .catch((error: unknown) => {
    rmSync(previewBuildFolder(job.token), { recursive: true, force: true })
    return send({ ok: false, message: error instanceof Error ? error.message : String(error) })
  })
  .finally(() => process.exit(0))
