'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'

/** Payload's publish button for staff; an organisation account only saves drafts and submits them for review. */
export function PublishButtonForStaff() {
  const { user } = useAuth()
  const roles: unknown = user?.roles
  const organisationOnly =
    Array.isArray(roles) && roles.includes('mso') && !roles.includes('admin') && !roles.includes('editor')
  return organisationOnly ? null : <PublishButton />
}
