/** The origin (`scheme://host:port`) of a configured address, or undefined when the variable is empty or no URL. */
function originOf(address: string | undefined): string | undefined {
  if (!address?.trim()) return undefined
  try {
    return new URL(address.trim()).origin
  } catch {
    throw new Error(`"${address}" is not an absolute URL (check CMS_PUBLIC_URL, CMS_URL and SITE_URL).`)
  }
}

const unique = (origins: (string | undefined)[]) => [...new Set(origins.filter((origin) => origin !== undefined))]

/**
 * Where the admin is opened: the public address (CMS_PUBLIC_URL), the address the site build uses (CMS_URL) and the
 * CMS on this machine (localhost and 127.0.0.1 on the port `next start` listens on, else CMS_PORT). Payload accepts the session cookie only from these
 * origins (`csrf`): a form on any other site, another port of this one included, writes nothing.
 */
export function adminOrigins(env: Record<string, string | undefined> = process.env): string[] {
  // `next start` sets PORT before the first request loads the config.
  const port = env.PORT?.trim() || env.CMS_PORT?.trim() || '3000'
  return unique([
    originOf(env.CMS_PUBLIC_URL),
    originOf(env.CMS_URL),
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ])
}

/** Who may read API answers from a browser (`cors`): the admin's origins and the public site (SITE_URL). */
export function apiReaderOrigins(env: Record<string, string | undefined> = process.env): string[] {
  return unique([...adminOrigins(env), originOf(env.SITE_URL || 'http://localhost:4321')])
}

/** The session cookie is `Secure` when the CMS is served over HTTPS (its public address says so). */
export const servedOverHttps = (env: Record<string, string | undefined> = process.env): boolean =>
  originOf(env.CMS_PUBLIC_URL)?.startsWith('https:') ?? false
