/** Text for an HTML mail body: `<`, `>`, `&` and quotes escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A short German mail: greeting, paragraphs, one button-like link (also written out for clients that hide links). */
export function mailHtml({
  paragraphs,
  link,
}: {
  paragraphs: string[]
  link?: { href: string; label: string }
}): string {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
  if (link) {
    const href = escapeHtml(link.href)
    body.push(`<p><a href="${href}">${escapeHtml(link.label)}</a></p>`, `<p>${href}</p>`)
  }
  return `<!doctype html><html lang="de"><body>${body.join('\n')}</body></html>`
}
