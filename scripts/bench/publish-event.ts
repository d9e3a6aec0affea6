/**
 * Child process of `npm run bench` for publish-to-live: an editor's save of one event, through the Local API
 * (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET set). Prints one JSON line with the new title and when the save returned.
 *
 *   node --import tsx scripts/bench/publish-event.ts <event id> <new German title>
 */
async function main() {
  const [id, title] = process.argv.slice(2)
  const { openPayload } = await import('../../cms/src/local')
  const payload = await openPayload()
  await payload.update({ collection: 'events', id: Number(id), data: { title, _status: 'published' }, locale: 'de', overrideAccess: true, context: { disableRevalidate: true } })
  process.stdout.write(`${JSON.stringify({ title, savedAt: Date.now() })}\n`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? String(error))
  process.exit(1)
})
