import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from './payload'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => {
  await cms?.close()
})

const STATS = 'payload-jobs-stats'
const TASK = 'deleteReaderPersonalData'

type Stats = {
  updatedAt?: string
  stats?: { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } }
}

const statsOf = async (payload: Payload) => (await payload.db.findGlobal({ slug: STATS })) as Stats | null
const lastRunOf = (stats: Stats | null, task = TASK) =>
  stats?.stats?.scheduledRuns?.queues?.default?.tasks?.[task]?.lastScheduledRun

/** The task's runs that are queued and not done. */
async function waiting(payload: Payload, task = TASK) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
    depth: 0,
  })
  return docs.map((job) => ({ id: job.id, waitUntil: new Date(job.waitUntil ?? 0) }))
}

/** What the jobs queue's cron does on every tick of the default queue (every 5 s, for scheduled publishing). */
const check = async (payload: Payload) => {
  const { queued, skipped } = await payload.jobs.handleSchedules({ queue: 'default' })
  const ours = (list: typeof queued) => list.filter((queueable) => queueable.taskConfig?.slug === TASK).length
  return { queued: ours(queued), skipped: ours(skipped) }
}

describe('a daily task on the queue that is checked every 5 seconds', () => {
  it('is queued once, and checks while its run waits write nothing (each write emptied the API cache on SQLite)', async () => {
    const { payload } = cms
    expect(await check(payload)).toEqual({ queued: 1, skipped: 0 })
    const [run] = await waiting(payload)
    expect(run?.waitUntil.getTime()).toBeGreaterThan(Date.now())
    expect([run?.waitUntil.getHours(), run?.waitUntil.getMinutes()]).toEqual([3, 30])
    const before = await statsOf(payload)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect([await check(payload), await check(payload)]).toEqual([
      { queued: 0, skipped: 1 },
      { queued: 0, skipped: 1 },
    ])
    const after = await statsOf(payload)
    expect(after?.updatedAt).toBe(before?.updatedAt)
    expect(lastRunOf(after)).toBe(lastRunOf(before))
    expect((await waiting(payload)).map(({ id }) => id)).toEqual([run?.id])
  })

  it('when its time has come it runs once, and the next check queues the following day, not the same run again', async () => {
    const { payload } = cms
    // As if two days had passed: the last check on record is two days old, and the waiting run's time is past.
    const [run] = await waiting(payload)
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000)
    const stats = await statsOf(payload)
    const queues = stats?.stats?.scheduledRuns?.queues ?? {}
    await payload.db.updateGlobal({
      slug: STATS,
      data: {
        stats: {
          scheduledRuns: {
            queues: { ...queues, default: { tasks: { [TASK]: { lastScheduledRun: twoDaysAgo.toISOString() } } } },
          },
        },
      },
    })
    await payload.update({
      collection: 'payload-jobs',
      id: run.id,
      data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await check(payload)).toEqual({ queued: 0, skipped: 1 })
    const recorded = new Date(lastRunOf(await statsOf(payload)) ?? 0).getTime()
    expect(Date.now() - recorded).toBeLessThan(60_000)
    await payload.jobs.run({ queue: 'default' })
    // A job that failed stays with its error; a done one is deleted (Payload's deleteJobOnComplete).
    expect(await waiting(payload)).toEqual([])
    expect([await check(payload), await check(payload)]).toEqual([
      { queued: 1, skipped: 0 },
      { queued: 0, skipped: 1 },
    ])
    const next = await waiting(payload)
    expect(next).toHaveLength(1)
    expect(next[0].waitUntil.getTime()).toBeGreaterThan(Date.now())
  })
  it('two daily tasks due in one check each record their own time: neither is queued again for the time just past', async () => {
    const { payload } = cms
    const tasks = [TASK, 'nightlySiteBuild']
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString()
    const tasksAgo = Object.fromEntries(tasks.map((task) => [task, { lastScheduledRun: twoDaysAgo }]))
    await payload.db.updateGlobal({
      slug: STATS,
      data: { stats: { scheduledRuns: { queues: { default: { tasks: tasksAgo } } } } },
    })
    for (const task of tasks) {
      const [run] = await waiting(payload, task)
      await payload.update({
        collection: 'payload-jobs',
        id: run.id,
        data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
        overrideAccess: true,
      })
    }
    await payload.jobs.handleSchedules({ queue: 'default' })
    const recorded = await statsOf(payload)
    expect(tasks.map((task) => Date.now() - new Date(lastRunOf(recorded, task) ?? 0).getTime() < 60_000)).toEqual([
      true,
      true,
    ])
    await payload.jobs.run({ queue: 'default' })
    await payload.jobs.handleSchedules({ queue: 'default' })
    for (const task of tasks) {
      const next = await waiting(payload, task)
      expect(next).toHaveLength(1)
      expect(next[0].waitUntil.getTime()).toBeGreaterThan(Date.now())
    }
  })
})
