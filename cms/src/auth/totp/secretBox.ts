import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * The TOTP secret is stored encrypted (AES-256-GCM with a key derived from PAYLOAD_SECRET): a copy of the database
 * alone does not give anyone the codes. Changing PAYLOAD_SECRET therefore switches every second factor off in
 * effect; an admin resets it for each account (README, Zwei-Faktor-Anmeldung).
 */
const keyFrom = (payloadSecret: string) => createHash('sha256').update(`ki-totp-secret\0${payloadSecret}`).digest()

export function sealSecret(secret: string, payloadSecret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(payloadSecret), iv)
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join('.')
}

/** The secret, or undefined when it was sealed with another PAYLOAD_SECRET or altered. */
export function openSecret(sealed: string, payloadSecret: string): string | undefined {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || !iv || !tag || !body) return undefined
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(payloadSecret), Buffer.from(iv, 'base64'))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}
