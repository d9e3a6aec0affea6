'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

/**
 * "Website neu bauen" (every editor; the planner decides how much to render) and, for admins, "Alle Seiten neu
 * bauen". While a build waits or runs, the dashboard refreshes itself every few seconds.
 */
export function RebuildButtons({ full, building }: { full: boolean; building: boolean }) {
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState('')

  useEffect(() => {
    if (!building) return
    const timer = setInterval(() => router.refresh(), 3000)
    return () => clearInterval(timer)
  }, [building, router])

  const request = async (everyPage: boolean) => {
    setMessage('')
    const response = await fetch(`${config.serverURL}${config.routes.api}/site-changes/request`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ full: everyPage }),
    }).catch(() => undefined)
    if (!response) return setMessage('Das CMS ist nicht erreichbar.')
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      return setMessage(body.errors?.[0]?.message ?? `Der Neubau wurde abgelehnt (HTTP ${response.status}).`)
    }
    setMessage('Der Neubau ist angefordert und beginnt in wenigen Sekunden.')
    router.refresh()
  }

  return (
    <div>
      <Button buttonStyle="primary" onClick={() => void request(false)}>
        Website neu bauen
      </Button>{' '}
      {full ? (
        <Button buttonStyle="secondary" onClick={() => void request(true)}>
          Alle Seiten neu bauen
        </Button>
      ) : null}
      <p role="status">{message}</p>
    </div>
  )
}
