import { escapeHtml } from '../mail/html'

/** A short German page of the CMS for someone without an account (the invitation link). Never cached or indexed. */
export function invitationPage(status: number, title: string, text: string, body = ''): Response {
  return new Response(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5">` +
      `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${body}</main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )
}

/** The form that sets the password: both fields labelled, the policy's message at the field it concerns. */
export function invitationForm(token: string, email: string, problem?: string): string {
  const error = problem
    ? `<p id="passwort-fehler" role="alert" style="color:#a00000;font-weight:bold">${escapeHtml(problem)}</p>`
    : ''
  const described = problem ? ' aria-describedby="passwort-fehler" aria-invalid="true"' : ''
  return `<form method="post" style="display:grid;gap:.75rem">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<p>Ihr Konto: <strong>${escapeHtml(email)}</strong></p>
<label for="password">Passwort (mindestens 12 Zeichen, z. B. mehrere Wörter)</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="12"${described}>
${error}
<label for="repeat">Passwort wiederholen</label>
<input id="repeat" name="repeat" type="password" autocomplete="new-password" required minlength="12">
<button type="submit" style="justify-self:start;padding:.5rem 1rem">Zugang einrichten</button>
</form>`
}
