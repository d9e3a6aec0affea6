import type { User } from '@ki/contract/payload-types'
import type { Access, CollectionConfig } from 'payload'

import { admins, fieldHasRole, roles, userHasRole } from '../../access/roles'
import { totpEndpoints } from '../../auth/totp/endpoints'
import { totpFields } from '../../auth/totp/fields'
import { captureTotpCode, requireTotpCode, withholdResetSession } from '../../auth/totp/login'
import { servedOverHttps } from '../../origins'
import { forgotPasswordHtml, forgotPasswordSubject } from './forgotPasswordEmail'
import { clearFailuresOnLogin, evenForgotPasswordTiming, limitLoginAttempts } from './loginLimits'
import { checkPasswordPolicy, checkResetPasswordPolicy } from './passwordPolicy'

/** Everyone signed in reads and changes their own account; admins all accounts. Anonymous readers never see users. */
const ownAccountOrAdmin: Access<User> = ({ req }) => {
  if (userHasRole(req, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer/in', plural: 'Benutzer/innen' },
  auth: {
    // Payload's own lock would lock the account's owner out (five wrong passwords from anyone); loginLimits.ts slows
    // down the client and the guessed-at account instead.
    maxLoginAttempts: 0,
    // Secure (sent over HTTPS only) when the CMS's public address is https://; Lax keeps it off cross-site posts.
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
    forgotPassword: { generateEmailSubject: forgotPasswordSubject, generateEmailHTML: forgotPasswordHtml },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'totpEnabled'],
    group: 'Verwaltung',
  },
  hooks: {
    beforeOperation: [limitLoginAttempts, checkResetPasswordPolicy, captureTotpCode],
    beforeValidate: [checkPasswordPolicy],
    // An account with a second factor signs in only with a current code (auth/totp/).
    beforeLogin: [requireTotpCode],
    afterLogin: [clearFailuresOnLogin],
    afterOperation: [evenForgotPasswordTiming, withholdResetSession],
  },
  // "Zwei-Faktor-Anmeldung": set up, confirm and switch off by the account itself, reset by an admin (auth/totp/).
  endpoints: totpEndpoints,
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: admins,
    delete: admins,
    read: ownAccountOrAdmin,
    update: ownAccountOrAdmin,
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'roles',
      type: 'select',
      label: 'Rollen',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: [
        { label: 'Administration', value: 'admin' },
        { label: 'Redaktion', value: 'editor' },
        { label: 'Übersetzung', value: 'translator' },
        { label: 'Migrantenorganisation', value: 'mso' },
      ] satisfies { label: string; value: (typeof roles)[number] }[],
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
      saveToJWT: true,
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      label: 'Organisation (für Konten von Migrantenorganisationen)',
      saveToJWT: true,
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
      admin: { condition: (data) => Array.isArray(data?.roles) && data.roles.includes('mso') },
    },
    ...totpFields,
  ],
}
