import type { CollectionConfig } from 'payload'

import { admins, fieldHasRole, roles, userHasRole } from '../../access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer/in', plural: 'Benutzer/innen' },
  auth: true,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: 'Verwaltung',
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: admins,
    delete: admins,
    // Everyone signed in reads their own account; admins read all. Anonymous readers never see users.
    read: ({ req }) => {
      if (userHasRole(req, 'admin')) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
    update: ({ req }) => {
      if (userHasRole(req, 'admin')) return true
      if (req.user) return { id: { equals: req.user.id } }
      return false
    },
  },
  fields: [
    { name: 'name', type: 'text', label: 'Name' },
    {
      name: 'roles',
      type: 'select',
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
  ],
}
