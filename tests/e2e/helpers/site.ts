import { SITE_URL } from '../browser'

/** Polls the served page until `check` holds (the publisher rebuilds after each publish); the last HTML seen. */
export async function servedPage(path: string, check: (html: string) => boolean, seconds = 120): Promise<string> {
  let html = ''
  for (let attempt = 0; attempt < seconds; attempt++) {
    const response = await fetch(`${SITE_URL}${path}`)
    html = response.ok ? await response.text() : ''
    if (check(html)) return html
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return html
}
