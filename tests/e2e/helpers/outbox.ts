import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { type ParsedMail, simpleParser } from 'mailparser'

/** The CMS's outbox folder (`<DATA_DIR>/outbox/`): the test stack has no SMTP server, so every mail lands there. */
const outboxFolder = () => join(process.env.DATA_DIR ?? '', 'outbox')

/** The addresses a mail went to. */
export const recipientsOf = (mail: ParsedMail): string[] =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((to) =>
    to.value.map((each) => each.address ?? ''),
  )

/**
 * The newest mail in the outbox that `wanted` accepts, parsed as a mail client reads it (subject and text decoded
 * from RFC 2047 and quoted-printable); waits up to `timeoutMs` for it to arrive.
 */
export async function outboxMail(wanted: (mail: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail> {
  const folder = outboxFolder()
  const until = Date.now() + timeoutMs
  for (;;) {
    const files = (await readdir(folder).catch(() => [])).filter((file) => file.endsWith('.eml'))
    for (const file of files.sort().reverse()) {
      const mail = await simpleParser(await readFile(join(folder, file)))
      if (wanted(mail)) return mail
    }
    if (Date.now() > until) throw new Error(`No such mail among the ${files.length} in ${folder}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
