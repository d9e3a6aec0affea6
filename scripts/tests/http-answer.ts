import { request as httpRequest } from 'node:http'

export type Answer = { status: number; location?: string; vary?: string; cacheControl?: string; body: string }

/** One request as a browser sends it, without following a redirect; `language` undefined sends no header at all. */
export function getAnswer(url: string, language: string | undefined, method = 'GET', target?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = language === undefined ? {} : { 'Accept-Language': language }
    // `target`: the request line's target exactly as given ("*", "//de"), which a URL would normalise.
    const request = httpRequest(
      url,
      { method, headers, ...(target === undefined ? {} : { path: target }) },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            vary: response.headers.vary,
            cacheControl: response.headers['cache-control'],
            body,
          }),
        )
      },
    )
    request.on('error', reject)
    request.end()
  })
}
