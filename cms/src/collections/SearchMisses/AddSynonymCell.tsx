'use client'
/**
 * The cell "Synonym hinzufügen" of a search that found nothing: opens a new synonym group for the query's language
 * with the query as its first word (the fields' default values read them from the address: SearchSynonyms/words.ts).
 */
import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { prefillParams } from '../SearchSynonyms/words'

export function AddSynonymCell({ rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const query: unknown = rowData.query
  const locale: unknown = rowData.locale
  if (typeof query !== 'string' || typeof locale !== 'string') return null
  const params = new URLSearchParams({ [prefillParams.word]: query, [prefillParams.locale]: locale })
  return (
    <a
      href={`${config.routes.admin}/collections/search-synonyms/create?${params.toString()}`}
      aria-label={`Synonym zu „${query}“ hinzufügen`}
    >
      Synonym hinzufügen
    </a>
  )
}
