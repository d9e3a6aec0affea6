import type { CollectionConfig } from 'payload'

type Versions = Exclude<CollectionConfig['versions'], boolean | undefined>
type Drafts = Exclude<Versions['drafts'], boolean | undefined>

/**
 * Drafts with autosave that store nothing until the editor has entered something. With autosave alone, Payload
 * creates an empty draft the moment "Neu erstellen" opens the form, and every form left unfilled stays in the
 * list as "<Kein Titel>". Validated drafts make Payload open an unsaved form instead: the first save (the
 * "Entwurf speichern" button, or publishing) needs the required fields; from then on every change is autosaved.
 */
export const autosaveOnceEntered: Drafts = {
  autosave: { interval: 2000, showSaveDraftButton: true },
  validate: true,
}
