/**
 * The loader baseline: the real site built from JSON files instead of from Payload. `snapshotApi` saves every API
 * answer a site build reads (the collections and globals with all locales, as the content loaders, the search
 * indexer and the build planner ask for them) once, then serves those files for any query on the same path, so
 * the same build runs with the CMS's cost of answering replaced by reading a file. Uploaded files (PDFs, images)
 * are passed through to the CMS unchanged, the same bytes for both builds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'

const COLLECTIONS = [
  'pages',
  'topics',
  'documents',
  'events',
  'organisations',
  'activity-fields',
  'indicators',
  'contacts',
  'networks',
  'media',
]
const GLOBALS = ['navigation', 'site-settings', 'alert-banner']

/** Saves the answers; returns their size in bytes. */
export async function snapshotApi(cmsUrl: string, folder: string): Promise<number> {
  mkdirSync(folder, { recursive: true })
  let bytes = 0
  const save = async (path: string, file: string) => {
    const response = await fetch(`${cmsUrl}${path}`)
    if (!response.ok) throw new Error(`bench: the CMS answered ${response.status} for ${path}`)
    const text = await response.text()
    bytes += Buffer.byteLength(text)
    writeFileSync(join(folder, file), text)
  }
  for (const collection of COLLECTIONS)
    await save(`/api/${collection}?locale=all&depth=0&pagination=false`, `${collection}.json`)
  for (const global of GLOBALS) await save(`/api/globals/${global}?locale=all&depth=0`, `global-${global}.json`)
  return bytes
}

/** Serves the saved answers by path (`/api/<collection>`, `/api/globals/<slug>`) and passes other paths to the CMS. */
export function serveSnapshot(folder: string, cmsUrl: string, port: number): Promise<Server> {
  const answers = new Map<string, Buffer>()
  for (const collection of COLLECTIONS)
    answers.set(`/api/${collection}`, readFileSync(join(folder, `${collection}.json`)))
  for (const global of GLOBALS)
    answers.set(`/api/globals/${global}`, readFileSync(join(folder, `global-${global}.json`)))
  const server = createServer((request, response) => void respond(request, response))
  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const answer = answers.get(path)
    if (answer) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length })
      response.end(answer)
      return
    }
    try {
      const upstream = await fetch(`${cmsUrl}${request.url}`)
      response.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      })
      response.end(Buffer.from(await upstream.arrayBuffer()))
    } catch (error) {
      response.writeHead(502).end(String(error))
    }
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
