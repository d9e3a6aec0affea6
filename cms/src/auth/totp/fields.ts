import type { Field, FieldAccess } from 'payload'

/** Neither read nor written through the API or the admin: only this folder's endpoints and hooks touch them. */
const internal: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: () => false,
  create: () => false,
  update: () => false,
}

/**
 * The second factor of an account. `totpEnabled` is readable (own account, admins) and shown by TwoFactorField,
 * which sets it up and switches it off through endpoints.ts; the secret, the one waiting for confirmation, the last
 * step used and the recovery codes' hashes are hidden fields no API answer contains.
 */
export const totpFields: Field[] = [
  {
    name: 'totpEnabled',
    type: 'checkbox',
    label: 'Zwei-Faktor-Anmeldung',
    defaultValue: false,
    access: { create: () => false, update: () => false },
    admin: { components: { Field: '/auth/totp/TwoFactorField#TwoFactorField' } },
  },
  { name: 'totpSecret', type: 'text', hidden: true, access: internal },
  { name: 'totpPendingSecret', type: 'text', hidden: true, access: internal },
  { name: 'totpLastStep', type: 'number', hidden: true, access: internal },
  { name: 'totpRecoveryCodes', type: 'json', hidden: true, access: internal },
]
