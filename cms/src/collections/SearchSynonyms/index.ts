import { localeCodes } from '@ki/contract'
import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { editors, fieldHasRole } from '../../access/roles'
import { localeName } from '../../admin/localeNames'
import { normaliseWords, prefilledLocale, prefilledWords, titleFromWords, validWords } from './words'

/**
 * Groups of words that mean the same to readers of one language ("школа, школи, школу"). The site's search index
 * adds the other words of a group to every page (and PDF page) of that language whose text holds one of them
 * (site/indexer/synonyms.ts), so a reader finds the page with any form of the word. The site build reads them; the
 * editors' note stays in the admin.
 */
export const SearchSynonyms: CollectionConfig = {
  slug: 'search-synonyms',
  labels: { singular: 'Synonymgruppe', plural: 'Synonyme für die Suche' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locale', 'note', 'updatedAt'],
    group: 'Verwaltung',
    description:
      'Wörter, die für Lesende einer Sprache dasselbe bedeuten: Wer eines sucht, findet auch die Seiten mit den anderen. ' +
      'Am wichtigsten für Persisch, Ukrainisch und Bulgarisch, deren Wortformen die Suche nicht von selbst zusammenführt ' +
      '(„школа“ findet sonst nicht „школи“). Änderungen wirken nach dem nächsten Bau der Website.',
  },
  defaultSort: 'locale',
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    {
      name: 'prefillFromMiss',
      type: 'ui',
      admin: {
        components: { Field: '/collections/SearchSynonyms/PrefillFromMiss#PrefillFromMiss' },
        disableListColumn: true,
      },
    },
    {
      name: 'locale',
      type: 'select',
      label: 'Sprache',
      required: true,
      index: true,
      defaultValue: prefilledLocale,
      options: localeCodes.map((code) => ({ label: localeName(code), value: code })),
    },
    {
      name: 'words',
      type: 'text',
      hasMany: true,
      label: 'Wörter mit gleicher Bedeutung',
      required: true,
      validate: validWords,
      defaultValue: prefilledWords,
      hooks: { beforeValidate: [normaliseWords] },
      admin: {
        description:
          'Mindestens zwei Wörter oder Wortformen in dieser Sprache, je Eintrag eines (Enter nach jedem Wort). Groß- und Kleinschreibung spielt keine Rolle.',
      },
    },
    {
      name: 'note',
      type: 'textarea',
      label: 'Notiz (nur in der Verwaltung)',
      access: { read: fieldHasRole('admin', 'editor') },
    },
    {
      name: 'title',
      type: 'text',
      label: 'Gruppe',
      admin: { readOnly: true, position: 'sidebar', description: 'Wird aus den Wörtern gebildet.' },
      hooks: { beforeChange: [titleFromWords] },
    },
  ],
}
