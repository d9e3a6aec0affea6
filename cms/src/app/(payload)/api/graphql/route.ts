import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refusedWith400 } from '../../../../graphql/queryCost'

// Requests beyond the cost limits (graphql/queryCost.ts) are refused before they run, with 400.
export const POST = refusedWith400(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
