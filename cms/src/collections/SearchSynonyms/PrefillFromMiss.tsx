'use client'
/**
 * A new group opened from "Suchen ohne Treffer" (SearchMisses/AddSynonymCell.tsx) starts with the query that found
 * nothing as its first word and in its language (the fields' default values read them from the address, see
 * ./words.ts); this note says where they come from.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

import { prefillParams } from './words'

export function PrefillFromMiss() {
  const { id } = useDocumentInfo()
  const word = useSearchParams().get(prefillParams.word)?.trim()
  if (id !== undefined || !word) return null
  return (
    <p className="field-description">
      Vorausgefüllt aus „Suchen ohne Treffer“: „{word}“. Ergänzen Sie die Wörter, unter denen die Website das Gesuchte
      führt.
    </p>
  )
}
