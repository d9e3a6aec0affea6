/**
 * Child process of `npm run bench` for publish-to-live: an editor's save of one event, the way the admin panel
 * sends it (REST: log in, PATCH, published), so the CMS running the site's API sees the change as it would in use.
 * The bench editor account is created through the Local API first (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET set).
 * Prints one JSON line with the new title and when the save returned.
 *
 *   node --import tsx scripts/bench/publish-event.ts <CMS URL> <event id> <new German title>
 */
const email = 'bench-editor@example.org'
const password = 'bench-editor-password-0123456789'

async function ensureEditor(): Promise<void> {
  const { openPayload } = await import('../../cms/src/local')
  const payload = await openPayload()
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  if (found.docs.length === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password, name: 'Bench editor (sample account)', roles: ['editor'] },
      overrideAccess: true,
    })
  }
  await payload.destroy()
}

async function call(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } })
  if (!response.ok)
    throw new Error(`${init.method} ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as Record<string, unknown>
}

async function main() {
  const [cmsUrl, id, title] = process.argv.slice(2)
  await ensureEditor()
  const { token } = (await call(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  })) as { token: string }
  await call(`${cmsUrl}/api/events/${id}?locale=de&depth=0`, {
    method: 'PATCH',
    headers: { authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  process.stdout.write(`${JSON.stringify({ title, savedAt: Date.now() })}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? String(error))
  process.exit(1)
})
