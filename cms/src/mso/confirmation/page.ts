import { escapeHtml } from '../../mail/html'

/** A small German page on the CMS for someone who followed a mail's link: no login, no script, nothing from elsewhere. */
export function confirmationPage(
  status: number,
  {
    title,
    paragraphs,
    form,
    link,
  }: {
    title: string
    paragraphs: string[]
    /** A button that posts the link's token to the same address. */
    form?: { token: string; button: string }
    link?: { href: string; label: string }
  },
): Response {
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    form
      ? `<form method="post"><input type="hidden" name="token" value="${escapeHtml(form.token)}">` +
        `<button type="submit" style="font:inherit;padding:.5rem 1rem">${escapeHtml(form.button)}</button></form>`
      : '',
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : '',
  ].join('\n')
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Kommunales Integrationszentrum</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin:3rem auto;padding-inline:1rem;line-height:1.5}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      'referrer-policy': 'no-referrer',
    },
  })
}
