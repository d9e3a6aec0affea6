import { createReadStream, existsSync, rmSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

import { isExpired, isPreviewToken } from '../../cms/src/collections/SitePreviews/token'
import { negotiateLocale } from '../../site/src/i18n/accept-language.ts'
import { locales } from '../../site/src/i18n/locales.ts'
import { localePath } from '../../site/src/i18n/routing.ts'

import { PREVIEW_MANIFEST, previewsDirFor, readPreview } from './preview'

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

/**
 * Headers on every answer: no cookies, no third parties, no referrer leaks. `connectSources` are the CMS's public
 * address: the search page's count of searches without results and the feedback forms' script fetch it, and the
 * feedback forms post to it without JavaScript (`form-action`).
 */
export function securityHeaders(connectSources: string[] = []): Record<string, string> {
  const sources = connectSources.map((source) => ` ${source}`).join('')
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self' 'wasm-unsafe-eval'",
      `connect-src 'self'${sources}`,
      "font-src 'self'",
      "media-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      `form-action 'self'${sources}`,
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
    // One leading slash: `//de/` in a Location header would name the host "de".
    if (!decoded.endsWith('/')) return { redirect: `${urlPath.replace(/^\/{2,}/, '/')}/` }
    const index = join(path, 'index.html')
    return existsSync(index) ? { file: index } : {}
  }
  return existsSync(path) ? { file: path } : {}
}

/**
 * The path and query a request asks for: its target as a path (`/de/?q=1`, `//` included) or in absolute form
 * (`http://host/de/`, as sent to proxies). Undefined for anything else (`*`, `javascript:…`, a target the URL parser
 * refuses): the server answers 400 instead of failing on it.
 */
function requestUrl(target = '/'): URL | undefined {
  try {
    const url = target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * Where a request for exactly `/` goes: the start page in the browser's language (a 302, so a browser whose
 * language changes is sent elsewhere next time), or undefined to serve the language choice (index.html). No other
 * address is ever sent on, so `/index.html` (every language switcher's "Alle Sprachen") always shows the choice.
 */
export function languageRedirect(requestTarget: string, acceptLanguage: string | undefined): string | undefined {
  if (requestTarget !== '/') return undefined
  const locale = negotiateLocale(acceptLanguage)
  return locale ? `/${localePath(locale)}/` : undefined
}

/** What `/` answers depends on Accept-Language: caches keep one answer per language and ask again each time. */
const ROOT_HEADERS = { Vary: 'Accept-Language', 'Cache-Control': 'no-cache' }

/** The 404 page in the language of the path (/tr/… → /tr/404.html), else the site's default one. */
function notFoundPage(root: string, urlPath: string): string | undefined {
  const prefix = urlPath.split('/')[1] ?? ''
  const candidates = [/^[a-z-]+$/.test(prefix) ? join(root, prefix, '404.html') : '', join(root, '404.html')]
  return candidates.find((candidate) => candidate && existsSync(candidate))
}

/** Sends a file with its type; `extra` headers on top of the security headers. */
function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  status: number,
  headers: Record<string, string>,
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
  })
  if (request.method === 'HEAD') response.end()
  else createReadStream(file).pipe(response)
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/** "Vorschau wird erstellt …" in each language of the site (German first on every page). */
export const previewWaitingTexts: Record<string, [title: string, text: string]> = {
  de: ['Vorschau wird erstellt …', 'Diese Seite lädt sich in wenigen Sekunden von selbst neu.'],
  'leichte-sprache': ['Die Vorschau kommt gleich.', 'Bitte warten Sie. Die Seite lädt von selbst neu.'],
  en: ['Preparing the preview …', 'This page reloads by itself in a few seconds.'],
  tr: ['Önizleme hazırlanıyor …', 'Bu sayfa birkaç saniye içinde kendiliğinden yenilenir.'],
  ar: ['جارٍ إعداد المعاينة …', 'ستُعاد تحميل هذه الصفحة تلقائيًا خلال ثوانٍ.'],
  fa: ['پیش‌نمایش در حال آماده‌سازی است …', 'این صفحه تا چند ثانیه دیگر خودبه‌خود دوباره بارگذاری می‌شود.'],
  uk: ['Попередній перегляд готується …', 'Ця сторінка оновиться автоматично за кілька секунд.'],
  ru: ['Предпросмотр готовится …', 'Эта страница обновится автоматически через несколько секунд.'],
  pl: ['Podgląd jest przygotowywany …', 'Ta strona odświeży się automatycznie za kilka sekund.'],
  ro: ['Previzualizarea se pregătește …', 'Această pagină se reîncarcă automat în câteva secunde.'],
  bg: ['Прегледът се подготвя …', 'Тази страница ще се презареди автоматично след няколко секунди.'],
}

/** A small page of the preview area: German, plus the same in the page's language when it has one. */
function previewPage(title: string, text: string, more: { localePath?: string; refresh?: number } = {}): string {
  const locale = locales.find((each) => each.path === more.localePath && each.code !== 'de')
  const translated = locale && previewWaitingTexts[locale.path]
  const second =
    translated && more.refresh
      ? `<section lang="${locale.htmlLang}" dir="${locale.rtl ? 'rtl' : 'ltr'}"><h2>${escapeHtml(translated[0])}</h2>` +
        `<p>${escapeHtml(translated[1])}</p></section>`
      : ''
  return (
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    (more.refresh ? `<meta http-equiv="refresh" content="${more.refresh}">` : '') +
    `<title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">` +
    `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${second}</main></body></html>`
  )
}

/** What the CMS says of a preview not (yet) on this disk (cms/src/collections/SitePreviews/endpoints.ts). */
async function previewState(
  cmsUrl: string,
  token: string,
): Promise<{ status: number; state?: string; error?: string }> {
  const response = await fetch(`${cmsUrl}/api/site-previews/${token}/state`, { signal: AbortSignal.timeout(5000) })
  const body = (await response.json().catch(() => ({}))) as { state?: string; error?: string }
  return { status: response.status, ...body }
}

/**
 * /vorschau/<token>/…: a preview from `dir` (scripts/lib/preview.ts), never indexed, never cached. The token's
 * folder is served while it has not expired (an expired one is deleted and answers 410); `/vorschau/<token>/` and
 * `/vorschau/<token>/<language>/` lead to the entry's page in that language. While the publisher still renders it,
 * the CMS knows the preview and a page "Vorschau wird erstellt …" reloads itself.
 */
async function answerPreview(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  { dir, cmsUrl, headers }: { dir: string; cmsUrl?: string; headers: Record<string, string> },
): Promise<void> {
  const previewHeaders = { ...headers, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' }
  const [, , token = '', ...rest] = path.split('/')
  const localePath = rest[0]
  const page = (status: number, html: string, extra: Record<string, string> = {}) => {
    response.writeHead(status, { ...previewHeaders, ...extra, 'Content-Type': 'text/html; charset=utf-8' })
    response.end(request.method === 'HEAD' ? undefined : html)
  }
  const unknown = () =>
    page(
      404,
      previewPage(
        'Vorschau nicht gefunden',
        'Unter dieser Adresse gibt es keine Vorschau. Bitte prüfen Sie den Link oder fordern Sie im CMS eine neue Vorschau an.',
      ),
    )
  const expired = () =>
    page(
      410,
      previewPage(
        'Vorschau abgelaufen',
        'Diese Vorschau ist abgelaufen und wurde gelöscht. Im CMS können Sie mit „Vorschau“ eine neue anfordern.',
      ),
    )
  if (!isPreviewToken(token)) return unknown()
  const manifest = readPreview(dir, token)
  if (manifest) {
    if (isExpired(manifest.expiresAt)) {
      rmSync(join(dir, token), { recursive: true, force: true })
      return expired()
    }
    const inside = rest.join('/')
    const isLanguage = locales.some((locale) => locale.path === localePath)
    if (inside === '' || (isLanguage && (inside === `${localePath}/` || inside === localePath))) {
      const target = manifest.pages[localePath ?? ''] ?? manifest.pages.de ?? Object.values(manifest.pages)[0]
      response.writeHead(302, { ...previewHeaders, Location: `/vorschau/${token}${target}` }).end()
      return
    }
    const folder = join(dir, token)
    const { file, redirect } = resolveFile(folder, `/${inside}`)
    if (redirect) {
      response.writeHead(301, { ...previewHeaders, Location: `/vorschau/${token}${redirect}` }).end()
      return
    }
    if (!file || file === join(folder, PREVIEW_MANIFEST)) return unknown()
    return sendFile(request, response, file, 200, previewHeaders)
  }
  if (!cmsUrl) return unknown()
  let state: Awaited<ReturnType<typeof previewState>>
  try {
    state = await previewState(cmsUrl, token)
  } catch {
    return page(
      503,
      previewPage(
        'Vorschau gerade nicht erreichbar',
        'Das CMS antwortet im Moment nicht. Diese Seite versucht es in einer halben Minute erneut.',
        { refresh: 30 },
      ),
      { 'Retry-After': '30' },
    )
  }
  if (state.status === 410) return expired()
  if (state.state === 'pending' || state.state === 'building') {
    const [title, text] = previewWaitingTexts.de
    return page(200, previewPage(title, text, { localePath, refresh: 3 }), { Refresh: '3' })
  }
  if (state.state === 'failed')
    return page(
      500,
      previewPage(
        'Vorschau konnte nicht erstellt werden',
        `${state.error ?? 'Unbekannter Fehler.'} Bitte korrigieren Sie den Entwurf und fordern Sie die Vorschau erneut an.`,
      ),
    )
  return unknown()
}

/**
 * Serves the static site in `root` (read on every request, so an atomic folder swap takes effect at once), and the
 * previews beside it (`previews/`, scripts/lib/preview.ts) at /vorschau/<token>/…; `cmsUrl` is asked about previews
 * the publisher has not rendered yet.
 */
export function serveStatic(
  root: string,
  port: number,
  { connectSources = [] as string[], cmsUrl }: { connectSources?: string[]; cmsUrl?: string } = {},
): Promise<Server> {
  const headers = securityHeaders(connectSources)
  const previews = { dir: previewsDirFor(root), cmsUrl, headers }
  const server = createServer((request, response) => {
    const url = requestUrl(request.url)
    if (!url) {
      response.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Ungültige Adresse')
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end()
      return
    }
    if (url.pathname.startsWith('/vorschau/')) {
      answerPreview(request, response, url.pathname, previews).catch(() => {
        if (!response.headersSent) response.writeHead(500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
        response.end('Vorschau: interner Fehler')
      })
      return
    }
    const language = languageRedirect(request.url ?? '', request.headers['accept-language'])
    if (language) {
      response.writeHead(302, { ...headers, ...ROOT_HEADERS, Location: language }).end()
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
    const immutable = /\/_astro\/|\/pagefind\/fragment\//.test(target)
    sendFile(request, response, target, file ? 200 : 404, {
      ...headers,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(request.url === '/' ? ROOT_HEADERS : {}),
    })
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, () => resolvePromise(server))
  })
}
