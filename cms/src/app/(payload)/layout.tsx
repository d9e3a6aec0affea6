/* Payload's admin shell, as Payload's templates generate it. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { headers } from 'next/headers'
import { getPayload, type ServerFunctionClient } from 'payload'
import type React from 'react'

import { editorsFirst } from '../../api-load/priority'
import { schedulePublishOrRefuse } from '../../scheduling/schedulePublish'
import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // "Veröffentlichung planen" refuses a time in the past and an unpublish before the publish (scheduling/).
  // An editor's form goes ahead of anonymous API readers (src/api-load/priority.ts).
  return editorsFirst(await headers(), await getPayload({ config }), () =>
    handleServerFunctions({
      ...args,
      config,
      importMap,
      serverFunctions: { 'schedule-publish': schedulePublishOrRefuse },
    }),
  )
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
