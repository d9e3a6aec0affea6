import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import { ADMIN_PAGE_TAIL_MS, editorsFirst } from '../../../../api-load/priority'

import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

// An editor's page goes ahead of anonymous API readers (src/api-load/priority.ts).
const Page = async ({ params, searchParams }: Args) =>
  editorsFirst(
    await headers(),
    await getPayload({ config }),
    () => RootPage({ config, params, searchParams, importMap }),
    ADMIN_PAGE_TAIL_MS,
  )

export default Page
