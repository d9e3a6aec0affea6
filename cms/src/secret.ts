/** PAYLOAD_SECRET signs sessions; production refuses to start without one. */
export function requireSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET
  if (secret && secret.length >= 16) return secret
  if (secret)
    throw new Error('PAYLOAD_SECRET is too short: use at least 16 random characters (e.g. `openssl rand -hex 32`).')
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Production needs a secret: set PAYLOAD_SECRET in the environment or in .env ' +
        '(e.g. `PAYLOAD_SECRET=$(openssl rand -hex 32)`). `npm start` creates one in data/secret for you.',
    )
  }
  return 'development-only-secret-not-for-production'
}
