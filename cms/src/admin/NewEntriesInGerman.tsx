'use client'
/**
 * The admin remembers the last content language: an editor who last looked at an Arabic translation and then chose
 * "Neu erstellen" got a form in Arabic, and the entry would have been saved without a German title (refused since by
 * access/editorial.ts newEntriesStartInGerman). This provider, around the whole admin (`admin.components.providers`),
 * opens every new entry in German and says so once.
 */
import { sourceLocale } from '@ki/contract'
import { toast, useLocale } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

/** "/admin/collections/events/create": the form of a new entry. */
export const isCreateForm = (pathname: string): boolean => /\/collections\/[^/]+\/create\/?$/.test(pathname)

export function NewEntriesInGerman({ children }: { children?: ReactNode }) {
  const locale = useLocale()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const router = useRouter()
  useEffect(() => {
    if (!isCreateForm(pathname) || !locale?.code || locale.code === sourceLocale) return
    const params = new URLSearchParams(searchParams.toString())
    params.set('locale', sourceLocale)
    router.replace(`${pathname}?${params.toString()}`)
    toast.info('Neue Einträge beginnen auf Deutsch. Übersetzungen ergänzen Sie nach dem ersten Speichern.')
  }, [pathname, locale?.code, searchParams, router])
  return <>{children}</>
}
