import { localeCodes } from '@ki/contract'
import type { CollectionConfig } from 'payload'

import { editors } from '../../access/roles'
import { localeName } from '../../admin/localeNames'
import { recordSearchMiss } from './record'

/**
 * Searches on the public site that found nothing, counted per query and language so that editors see
 * what residents look for and do not find. Holds no personal data: no IP, no cookie, no time finer than the day.
 */
export const SearchMisses: CollectionConfig = {
  slug: 'search-misses',
  labels: { singular: 'Suche ohne Treffer', plural: 'Suchen ohne Treffer' },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'locale', 'count', 'lastDay', 'addSynonym'],
    group: 'Verwaltung',
    description:
      'Was auf der Website gesucht und nicht gefunden wurde – sortieren Sie nach „Anzahl“. Ohne personenbezogene Daten.',
  },
  defaultSort: '-count',
  access: { read: editors, create: () => false, update: () => false, delete: editors },
  endpoints: [{ path: '/record', method: 'post', handler: recordSearchMiss }],
  fields: [
    { name: 'query', type: 'text', label: 'Suchbegriff', required: true, index: true },
    {
      name: 'locale',
      type: 'select',
      label: 'Sprache',
      required: true,
      options: localeCodes.map((code) => ({ label: localeName(code), value: code })),
    },
    { name: 'count', type: 'number', label: 'Anzahl', required: true, defaultValue: 1, index: true },
    { name: 'firstDay', type: 'text', label: 'Zuerst gesucht (Tag)' },
    { name: 'lastDay', type: 'text', label: 'Zuletzt gesucht (Tag)' },
    {
      // "Synonym hinzufügen": a new synonym group for the query's language, the query its first word.
      name: 'addSynonym',
      type: 'ui',
      label: 'Synonym',
      admin: { components: { Cell: '/collections/SearchMisses/AddSynonymCell#AddSynonymCell' } },
    },
  ],
}
