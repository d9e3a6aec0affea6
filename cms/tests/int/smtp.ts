import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpTestServer = { port: number; messages: () => ParsedMail[]; close: () => Promise<void> }

/** A real SMTP server on 127.0.0.1 (a free port) that keeps every mail it receives, parsed. */
export async function startSmtpServer(): Promise<SmtpTestServer> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          done()
        })
        .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error))))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.server.address()
  if (!address || typeof address === 'string') throw new Error('The SMTP test server has no port.')
  return {
    port: address.port,
    messages: () => [...received],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Waits until `count` mails have arrived (mail delivery is asynchronous), at most `timeoutMs`. */
export async function waitForMessages(smtp: SmtpTestServer, count: number, timeoutMs = 10_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeoutMs
  while (smtp.messages().length < count) {
    if (Date.now() > until) throw new Error(`Expected ${count} mails, got ${smtp.messages().length}.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return smtp.messages()
}
