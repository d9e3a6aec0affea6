import type { Field } from 'payload'

/** Marks demo content that is not real: the site labels it "Beispieldaten". */
export const sampleField: Field = {
  name: 'sample',
  type: 'checkbox',
  defaultValue: false,
  label: 'Beispieldaten',
  admin: {
    position: 'sidebar',
    description: 'Angekreuzt: Dieser Eintrag ist ein Beispiel für die Demo und wird auf der Website so gekennzeichnet.',
  },
}
