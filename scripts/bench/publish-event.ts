/**
 * Child process of `npm run bench` for publish-to-live: creates the bench's publishing account through the Local API
 * (DATABASE_URI, DATA_DIR, PAYLOAD_SECRET set), logs it in through REST and prints one JSON line with its token.
 * The account is an admin: the CMS requires a review before an editor's publish (REVIEW_REQUIRED, default on), and
 * publish-to-live measures the publish itself, not the review before it (tests/e2e/editorial-flow.test.ts does that).
 *
 *   node --import tsx scripts/bench/publish-event.ts <CMS URL>
 */
const email = 'bench-admin@example.org'
const password = 'bench-kennwort-0123456789'

async function ensureAccount(): Promise<void> {
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
      data: { email, password, name: 'Bench publisher (sample account)', roles: ['admin'] },
      overrideAccess: true,
    })
  }
  await payload.destroy()
}

async function main() {
  const [cmsUrl] = process.argv.slice(2)
  await ensureAccount()
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  const { token } = (await response.json()) as { token: string }
  process.stdout.write(`${JSON.stringify({ token })}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error((error as Error)?.stack ?? String(error))
  process.exit(1)
})
