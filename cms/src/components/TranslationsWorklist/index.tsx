import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { translationLocales, translationStates, type LocaleCode, type TranslationState } from '@ki/contract'

import { userHasRole } from '../../access/roles'
import { localeName } from '../../admin/localeNames'
import {
  PER_COLLECTION,
  stateLabels,
  translatedCollections,
  worklist,
  type FieldChange,
  type TranslatedCollection,
  type WorklistQuery,
} from './worklist'

const germanDateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})

const collectionSlugs = Object.keys(translatedCollections) as TranslatedCollection[]
const sorts = { state: 'nach Stand', title: 'nach Titel', savedAt: 'nach letzter Übersetzung' } as const

function listParam(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** The query from the address: ?sprache=tr&stand=outdated&sammlung=events&sortierung=title */
function queryFrom(params: Record<string, string | string[] | undefined>): WorklistQuery {
  const [language] = listParam(params.sprache)
  const locale = translationLocales.find((code) => code === language) ?? 'en'
  const states = listParam(params.stand).filter((state): state is TranslationState =>
    translationStates.some((each) => each === state),
  )
  const collections = listParam(params.sammlung).filter((slug): slug is TranslatedCollection =>
    collectionSlugs.some((each) => each === slug),
  )
  const [sort] = listParam(params.sortierung)
  return {
    locale,
    states: states.length > 0 ? states : ['missing', 'outdated', 'partial'],
    collections: collections.length > 0 ? collections : collectionSlugs,
    sort: sort === 'title' || sort === 'savedAt' ? sort : 'state',
  }
}

/** Old and new German text word by word: removed words struck through, added ones underlined, both named in words. */
function GermanChange({ change, fieldLabel }: { change: FieldChange; fieldLabel: string }) {
  return (
    <div data-german-change={change.field} style={{ marginBlockEnd: '0.75rem' }}>
      <strong>{fieldLabel}:</strong>{' '}
      <span lang="de">
        {change.parts.map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={index} style={{ textDecorationThickness: '2px', background: 'var(--theme-error-100)' }}>
              <span className="worklist-hidden">[gestrichen: </span>
              {part.text}
              <span className="worklist-hidden">]</span>
            </del>
          ) : (
            <ins key={index} style={{ textDecorationThickness: '2px', background: 'var(--theme-success-100)' }}>
              <span className="worklist-hidden">[neu: </span>
              {part.text}
              <span className="worklist-hidden">]</span>
            </ins>
          ),
        )}
      </span>
    </div>
  )
}

/**
 * "Übersetzungen": per language the entries whose translation is missing, outdated, partial or current, filtered by
 * state and collection; an outdated entry shows the German change that made it outdated.
 */
export async function TranslationsWorklist({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload } = req
  const allowed = userHasRole(req, 'admin', 'editor', 'translator')
  const query = queryFrom(searchParams ?? {})
  const { entries, cutOff } = allowed ? await worklist(payload, query) : { entries: [], cutOff: {} }
  const fieldLabel = (collection: TranslatedCollection, name: string) => {
    const field = payload.collections[collection].config.flattenedFields.find((each) => each.name === name)
    const label = field && 'label' in field ? field.label : undefined
    return typeof label === 'string' ? label : name
  }
  const editHref = (collection: TranslatedCollection, id: number, code: LocaleCode) =>
    `/admin/collections/${collection}/${id}?locale=${code}`
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right" style={{ paddingBlock: '2rem' }}>
        <style>{`.worklist-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`}</style>
        <h1>Übersetzungen: Arbeitsliste</h1>
        {!allowed ? (
          <p>Diese Liste sehen Redaktion und Übersetzer/innen.</p>
        ) : (
          <>
            <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: '1.5rem', marginBlock: '1rem' }}>
              <label>
                Sprache{' '}
                <select name="sprache" defaultValue={query.locale}>
                  {translationLocales.map((code) => (
                    <option key={code} value={code}>
                      {localeName(code)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>Stand</legend>
                {(['missing', 'outdated', 'partial', 'current'] as const).map((state) => (
                  <label key={state} style={{ marginInlineEnd: '0.75rem' }}>
                    <input type="checkbox" name="stand" value={state} defaultChecked={query.states.includes(state)} />{' '}
                    {stateLabels[state]}
                  </label>
                ))}
              </fieldset>
              <label>
                Bereich{' '}
                <select name="sammlung" defaultValue={query.collections.length === 1 ? query.collections[0] : ''}>
                  <option value="">alle</option>
                  {collectionSlugs.map((slug) => (
                    <option key={slug} value={slug}>
                      {translatedCollections[slug]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Sortierung{' '}
                <select name="sortierung" defaultValue={query.sort}>
                  {Object.entries(sorts).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-primary btn--size-small">
                Anzeigen
              </button>
            </form>
            <p role="status">
              {entries.length} {entries.length === 1 ? 'Eintrag' : 'Einträge'} für {localeName(query.locale)}.
            </p>
            {Object.entries(cutOff).map(([slug, more]) => (
              <p key={slug}>
                Von {translatedCollections[slug as TranslatedCollection]} sind nur die ersten {PER_COLLECTION}{' '}
                berücksichtigt ({more} weitere nicht).
              </p>
            ))}
            {entries.length > 0 && (
              <table className="table" data-worklist style={{ width: '100%' }}>
                <thead>
                  <tr>
                    <th scope="col">Eintrag</th>
                    <th scope="col">Bereich</th>
                    <th scope="col">Stand</th>
                    <th scope="col">Zuletzt übersetzt</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={`${entry.collection}-${entry.id}`} data-state={entry.state}>
                      <td>
                        <a href={editHref(entry.collection, entry.id, query.locale)} lang="de">
                          {entry.title}
                        </a>
                        {entry.changes.length > 0 && (
                          <details style={{ marginBlockStart: '0.5rem' }}>
                            <summary>Was sich im deutschen Text geändert hat</summary>
                            {entry.changes.map((change) => (
                              <GermanChange
                                key={change.field}
                                change={change}
                                fieldLabel={fieldLabel(entry.collection, change.field)}
                              />
                            ))}
                          </details>
                        )}
                        {entry.state === 'outdated' && entry.changes.length === 0 && (
                          <p>Der frühere deutsche Text ist nicht gespeichert (Übersetzung vor dieser Funktion).</p>
                        )}
                        {entry.untranslated.length > 0 && (
                          <p>
                            Noch nicht übersetzt:{' '}
                            {entry.untranslated.map((name) => fieldLabel(entry.collection, name)).join(', ')}
                          </p>
                        )}
                      </td>
                      <td>{translatedCollections[entry.collection]}</td>
                      <td>{stateLabels[entry.state]}</td>
                      <td>{entry.savedAt ? germanDateTime.format(new Date(entry.savedAt)) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
