'use client'
/**
 * Payload's "Veröffentlichung planen" drawer shows its success toast whenever the server function returns, and an
 * error toast only when it throws — but the admin's server-function client turns every answer, refusals included,
 * into a return value (`{ error }`). So a refused plan (./schedulePublish.ts: a time in the past, a publish without
 * review, …) said "geplant". This provider, around the whole admin (`admin.components.providers`), hands the drawer a
 * `schedulePublish` that throws the answer's German `error`: the drawer then shows it as an error toast, and never
 * the success toast, and keeps the chosen time so the editor can correct it.
 */
import { ServerFunctionsContext, useServerFunctions } from '@payloadcms/ui'
import { useMemo, type ReactNode } from 'react'

type ServerFunctions = ReturnType<typeof useServerFunctions>

/** The answer of the server function `schedule-publish` as the drawer gets it. */
export function throwRefusal<T>(answer: T): T {
  if (typeof answer === 'object' && answer !== null && 'error' in answer && typeof answer.error === 'string')
    throw new Error(answer.error)
  return answer
}

export function ShowScheduleRefusals({ children }: { children?: ReactNode }) {
  const functions = useServerFunctions()
  const value = useMemo<ServerFunctions>(
    () => ({
      ...functions,
      schedulePublish: async (args) => throwRefusal(await functions.schedulePublish(args)),
    }),
    [functions],
  )
  return <ServerFunctionsContext value={value}>{children}</ServerFunctionsContext>
}
