import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

/** Headers on every answer: no cookies, no third parties, no referrer leaks. */
export function securityHeaders(connectSources: string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self' 'wasm-unsafe-eval'",
      `connect-src 'self'${connectSources.map((source) => ` ${source}`).join('')}`,
      "font-src 'self'",
      "media-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
  }
}

/** The file a URL path refers to below `root`, or undefined (never a path outside root). */
export function resolveFile(root: string, urlPath: string): { file?: string; redirect?: string } {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return {}
  }
  const path = normalize(join(root, decoded))
  if (path !== root && !path.startsWith(root + sep)) return {}
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!decoded.endsWith('/')) return { redirect: `${urlPath}/` }
    const index = join(path, 'index.html')
    return existsSync(index) ? { file: index } : {}
  }
  return existsSync(path) ? { file: path } : {}
}

/** The 404 page in the language of the path (/tr/… → /tr/404.html), else the site's default one. */
function notFoundPage(root: string, urlPath: string): string | undefined {
  const prefix = urlPath.split('/')[1] ?? ''
  const candidates = [/^[a-z-]+$/.test(prefix) ? join(root, prefix, '404.html') : '', join(root, '404.html')]
  return candidates.find((candidate) => candidate && existsSync(candidate))
}

/** Serves the static site in `root` (read on every request, so an atomic folder swap takes effect at once). */
export function serveStatic(root: string, port: number, { connectSources = [] as string[] } = {}): Promise<Server> {
  const headers = securityHeaders(connectSources)
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end()
      return
    }
    const { file, redirect } = resolveFile(root, url.pathname)
    if (redirect) {
      response.writeHead(301, { ...headers, Location: redirect + url.search }).end()
      return
    }
    const target = file ?? notFoundPage(root, url.pathname)
    if (!target) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream'
    const immutable = /\/_astro\/|\/pagefind\/fragment\//.test(target)
    response.writeHead(file ? 200 : 404, {
      ...headers,
      'Content-Type': type,
      'Content-Length': statSync(target).size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(target).pipe(response)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolvePromise(server))
  })
}
