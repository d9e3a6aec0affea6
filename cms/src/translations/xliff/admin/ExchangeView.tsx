import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps, ServerProps } from 'payload'

import { sourceLocale, translationLocales } from '@ki/contract'

import { asRequest, userHasRole } from '../../../access/roles'
import { localeName } from '../../../admin/localeNames'
import { collectionLabel, translatedCollections } from '../entries'
import { ImportForm } from './ImportForm'

/** The link in the admin's navigation: for editors and translators, not organisations. */
export function ExchangeNavLink({ user }: ServerProps) {
  if (!userHasRole(asRequest(user), 'admin', 'editor', 'translator')) return null
  return (
    <a className="nav__link" href="/admin/uebersetzungen-austauschen" style={{ marginBlockStart: '0.5rem' }}>
      Übersetzungen austauschen
    </a>
  )
}

const languages = translationLocales.map((code) => ({ code, name: localeName(code) }))

/**
 * "Übersetzungen austauschen": export what needs translating into one language as an XLIFF 2.0 file for the
 * translators' tools, and import their file: first a report (übernommen, unverändert, Konflikte, Fehler), then
 * "Übernehmen".
 */
export async function ExchangeView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const { payload } = req
  const allowed = userHasRole(req, 'admin', 'editor', 'translator')
  const collections = translatedCollections(req)
  const topics = allowed
    ? await payload.find({
        collection: 'topics',
        locale: sourceLocale,
        depth: 0,
        pagination: false,
        sort: 'title',
        req,
        overrideAccess: false,
      })
    : { docs: [] }
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
      <div className="gutter--left gutter--right" style={{ paddingBlock: '2rem', maxWidth: '60rem' }}>
        <h1>Übersetzungen austauschen</h1>
        {!allowed ? (
          <p role="alert">Übersetzungen austauschen dürfen nur Redaktion und Übersetzer/innen.</p>
        ) : (
          <>
            <section aria-labelledby="xliff-export-heading" style={{ marginBlockEnd: '2.5rem' }}>
              <h2 id="xliff-export-heading">Für Übersetzer/innen exportieren (XLIFF 2.0)</h2>
              <p>
                Die Datei enthält nur, was zu übersetzen ist: Feld für Feld, lange Texte Absatz für Absatz. Bei von Hand
                gewählten Einträgen geht der ganze Eintrag hinaus, bereits Übersetztes als Vorschlag.
              </p>
              <form method="get" action="/api/translations/xliff/export" data-xliff-export>
                <p>
                  <label htmlFor="xliff-export-locale">Zielsprache </label>
                  <select id="xliff-export-locale" name="locale" required defaultValue="">
                    <option value="" disabled>
                      Bitte wählen
                    </option>
                    {languages.map(({ code, name }) => (
                      <option key={code} value={code}>
                        {name}
                      </option>
                    ))}
                  </select>
                </p>
                <fieldset>
                  <legend>Stand der Übersetzung</legend>
                  <label>
                    <input type="checkbox" name="status" value="missing" defaultChecked /> fehlt
                  </label>{' '}
                  <label>
                    <input type="checkbox" name="status" value="outdated" defaultChecked /> veraltet
                  </label>
                </fieldset>
                <fieldset>
                  <legend>Sammlungen (keine gewählt: alle)</legend>
                  {collections.map((collection) => (
                    <label key={collection.slug} style={{ marginInlineEnd: '1rem' }}>
                      <input type="checkbox" name="collections" value={collection.slug} /> {collectionLabel(collection)}
                    </label>
                  ))}
                </fieldset>
                <p>
                  <label htmlFor="xliff-export-topic">Handlungsfeld </label>
                  <select id="xliff-export-topic" name="topic" defaultValue="">
                    <option value="">alle</option>
                    {topics.docs.map((topic) => (
                      <option key={topic.id} value={String(topic.id)}>
                        {topic.title}
                      </option>
                    ))}
                  </select>
                </p>
                <p>
                  <label htmlFor="xliff-export-entries">Einzelne Einträge (statt der Auswahl oben) </label>
                  <input
                    id="xliff-export-entries"
                    name="entries"
                    placeholder="z. B. pages:12, events:4"
                    aria-describedby="xliff-export-entries-hint"
                  />
                  <br />
                  <small id="xliff-export-entries-hint">Sammlung und Nummer des Eintrags, durch Kommas getrennt.</small>
                </p>
                <button type="submit" className="btn btn--style-primary">
                  XLIFF-Datei herunterladen
                </button>
              </form>
            </section>
            <section aria-labelledby="xliff-import-heading">
              <h2 id="xliff-import-heading">Übersetzte Datei importieren</h2>
              <p>
                Zuerst prüft das CMS die Datei und zeigt, was übernommen würde. Gespeichert wird erst mit „Übernehmen“,
                alles in einem Schritt. Geänderte deutsche Texte und im CMS geänderte Übersetzungen werden nie
                überschrieben, sondern als Konflikt gemeldet.
              </p>
              <ImportForm languages={languages} />
            </section>
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
