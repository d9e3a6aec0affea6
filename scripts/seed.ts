/**
 * Applies the database migrations and, on an empty database, loads the demo content from content/.
 *   npm run seed            migrate; seed when the database has no pages yet, or finish a seed that was interrupted
 *   npm run seed -- --force migrate; add every content entry that is missing (existing ones stay as they are)
 * Also creates the first admin account when there is none (ADMIN_EMAIL / ADMIN_PASSWORD).
 *
 * A seed that is killed half-way (Ctrl-C, a crash, a full disk) leaves DATA_DIR/seed-unfinished behind; the next run
 * sees it and adds what is missing (the seeder keeps existing entries, matched by their content id).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { openMigratedPayload } from './lib/payload'
import { CONTENT_DIR, DATA_DIR } from './lib/paths'
import { runMain, UserError } from './lib/processes'
import { DEFAULT_ADMIN_EMAIL } from './seed-defaults'

runMain(async () => {
  const started = Date.now()
  const { payload } = await openMigratedPayload()
  const { Seeder } = await import('../cms/src/seed')
  const { ContentError } = await import('../cms/src/seed/files')
  const pages = await payload.count({ collection: 'pages', overrideAccess: true })
  const unfinished = join(DATA_DIR, 'seed-unfinished')
  const resuming = existsSync(unfinished)
  if (pages.totalDocs === 0 || resuming || process.argv.includes('--force')) {
    const seeder = new Seeder(payload, CONTENT_DIR, (message) => console.log(`  ${message}`))
    if (resuming) {
      // That seed began on an empty database, and nothing else writes before the seed is done: all there is came
      // from it, possibly half-made (an entry without its translations). It is removed, and the seed runs again.
      console.log('▸ The last seed was interrupted: removing what it wrote and seeding again.')
      await seeder.removeSeedContent()
    }
    // Only the first seed of an empty database may be redone this way; `--force` on content adds what is missing.
    if (pages.totalDocs === 0 || resuming) {
      mkdirSync(DATA_DIR, { recursive: true })
      writeFileSync(
        unfinished,
        `Seed of an empty database started ${new Date().toISOString()} (process ${process.pid})\n`,
      )
    }
    try {
      const summary = await seeder.run()
      const rows = Object.entries(summary).map(
        ([collection, { created, existing }]) => `${collection}: ${created} new, ${existing} kept`,
      )
      console.log(`▸ Seeded content in ${((Date.now() - started) / 1000).toFixed(1)} s — ${rows.join('; ')}`)
      rmSync(unfinished, { force: true })
    } catch (error) {
      if (error instanceof ContentError) throw new UserError(`Seed content problem: ${error.message}`)
      throw error
    }
  } else {
    console.log(
      `▸ Database already has content (${pages.totalDocs} pages): seeding skipped (npm run seed -- --force adds missing entries).`,
    )
  }

  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs === 0) {
    const email = process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL
    const generated = !process.env.ADMIN_PASSWORD
    const password = process.env.ADMIN_PASSWORD || randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Administration', roles: ['admin'] },
      overrideAccess: true,
    })
    console.log(`\n  First admin account created: ${email}`)
    if (generated) {
      console.log(`  Generated password (shown only this once, write it down): ${password}`)
      console.log('  To choose it yourself, set ADMIN_PASSWORD before the first start.\n')
    }
  }
  await payload.destroy()
  // The database client and Payload's job timers keep the event loop alive after destroy(): a one-shot script ends here.
  process.exit(0)
})
