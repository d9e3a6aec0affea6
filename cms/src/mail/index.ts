import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { sourceLocale } from '@ki/contract'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { dataDir } from '../storage'

type Env = Record<string, string | undefined>

/** Where mails go when no SMTP server is configured: `<DATA_DIR>/outbox/`, one `.eml` file per mail. */
export const outboxDir = (): string => join(dataDir(), 'outbox')

/** The sender when neither SMTP_FROM nor the site settings' e-mail address is set. */
const FALLBACK_FROM = { name: 'Kommunales Integrationszentrum', address: 'ki@localhost' }

/** `Name <address>` or a bare address, as SMTP_FROM may be written. */
export function parseSender(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { name: match[1].trim(), address: match[2].trim() }
  return { name: '', address: value.trim() }
}

/**
 * A sender object as `"Name" <address>`: Payload's adapter writes the name unquoted, so brackets in it (a site name
 * like "KI (Test)") would be read as a mail comment and dropped.
 */
function quotedSender(from: SendEmailOptions['from']): SendEmailOptions['from'] {
  if (!from || typeof from === 'string') return from
  return from.name ? `"${from.name.replace(/["\\\r\n]/g, '')}" <${from.address}>` : from.address
}

/** The SMTP server from SMTP_HOST, SMTP_PORT (default 465 with SMTP_SECURE=true, else 587), SMTP_USER, SMTP_PASSWORD. */
function smtpTransport(env: Env): Transporter {
  const secure = env.SMTP_SECURE?.trim() === 'true'
  const port = Number(env.SMTP_PORT?.trim() || (secure ? 465 : 587))
  if (!Number.isInteger(port) || port <= 0) throw new Error(`SMTP_PORT "${env.SMTP_PORT}" is not a port number.`)
  const user = env.SMTP_USER?.trim()
  return nodemailer.createTransport({
    host: env.SMTP_HOST?.trim(),
    port,
    secure,
    auth: user ? { user, pass: env.SMTP_PASSWORD ?? '' } : undefined,
  })
}

/** Writes every mail as an `.eml` file into `dir` (nodemailer builds the message; nothing leaves the machine). */
function outboxTransport(dir: string): Transporter {
  return nodemailer.createTransport({
    name: 'outbox',
    version: '1',
    send(mail, done) {
      mail.message.build((buildError, message) => {
        if (buildError) return done(buildError, undefined)
        const file = join(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`,
        )
        mkdir(dir, { recursive: true })
          .then(() => writeFile(file, message))
          .then(() => {
            console.info(`E-Mail an ${mail.message.getEnvelope().to.join(', ')} abgelegt: ${file}`)
            done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file })
          })
          .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error)), undefined))
      })
    },
  })
}

/**
 * Payload's e-mail (`payload.sendEmail`, "Passwort vergessen", invitations) through the nodemailer adapter: SMTP when
 * SMTP_HOST is set, else `.eml` files in the outbox folder (printed once at start), never dropped. The sender is
 * SMTP_FROM, else the name and e-mail address of the site settings, read when a mail is sent.
 */
export async function mailAdapter(env: Env = process.env): Promise<EmailAdapter> {
  const configuredFrom = env.SMTP_FROM?.trim() ? parseSender(env.SMTP_FROM) : undefined
  const smtp = Boolean(env.SMTP_HOST?.trim())
  const transport = smtp ? smtpTransport(env) : outboxTransport(outboxDir())
  if (smtp) {
    transport.verify().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      console.error(`E-Mail: SMTP-Server ${env.SMTP_HOST}:${env.SMTP_PORT ?? ''} nicht erreichbar (${reason}).`)
    })
  } else {
    console.info(`E-Mail: SMTP_HOST ist nicht gesetzt, E-Mails werden als .eml-Dateien abgelegt in ${outboxDir()}`)
  }
  const defaults = configuredFrom ?? FALLBACK_FROM
  const payloadAdapter = await nodemailerAdapter({
    defaultFromAddress: defaults.address,
    defaultFromName: defaults.name,
    transport,
    skipVerify: true,
  })
  return (args) => {
    const adapter = payloadAdapter(args)
    const defaultFrom = `"${adapter.defaultFromName}" <${adapter.defaultFromAddress}>`
    /** Without SMTP_FROM, the default sender is the site settings' name and address (changed in the admin). */
    const senderFromSettings = async (): Promise<SendEmailOptions['from']> => {
      const settings = await args.payload.findGlobal({
        slug: 'site-settings',
        locale: sourceLocale,
        depth: 0,
        overrideAccess: true,
      })
      return settings.email ? { name: settings.siteName, address: settings.email } : defaultFrom
    }
    return {
      ...adapter,
      sendEmail: async (message) => {
        const usesDefault = !message.from || message.from === defaultFrom
        const from = !configuredFrom && usesDefault ? await senderFromSettings() : message.from || defaultFrom
        return adapter.sendEmail({ ...message, from: quotedSender(from) })
      },
    }
  }
}
