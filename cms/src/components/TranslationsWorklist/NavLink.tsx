/** The worklist in the admin's navigation, below the collections. */
export function TranslationsNavLink() {
  return (
    <a className="nav__link" href="/admin/uebersetzungen" style={{ marginBlockStart: '1rem' }}>
      Übersetzungen: Arbeitsliste
    </a>
  )
}
