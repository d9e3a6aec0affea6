import type { Field, FieldHook, Validate } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** Lowercase ASCII slug: umlauts transliterated, everything else that is not a-z0-9 becomes a hyphen. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, data }): unknown => {
    if (typeof value === 'string' && value.length > 0) return value
    const source: unknown = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** Rejects malformed slugs and slugs another document of the collection already uses in this locale. */
const validateSlug: Validate<string> = async (value, { req, collectionSlug, id }) => {
  if (!value) return 'Bitte geben Sie einen Kurznamen für die Adresse (Slug) an.'
  if (!SLUG_PATTERN.test(value)) {
    return `„${value}“ ist kein gültiger Slug: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.`
  }
  if (!collectionSlug) return true
  const clash = await req.payload.find({
    collection: collectionSlug as 'pages',
    where: { slug: { equals: value }, ...(id ? { id: { not_equals: id } } : {}) },
    locale: req.locale ?? undefined,
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (clash.docs.length > 0) {
    return `Der Slug „${value}“ wird in dieser Sprache schon von einem anderen Eintrag verwendet.`
  }
  return true
}

/** A localized URL slug, filled from `sourceField` when left empty. */
export function slugField(sourceField = 'title', { localized = true } = {}): Field {
  return {
    name: 'slug',
    type: 'text',
    localized,
    index: true,
    required: true,
    validate: validateSlug,
    hooks: { beforeValidate: [fillFromTitle(sourceField)] },
    admin: {
      position: 'sidebar',
      description: 'Teil der Internetadresse. Wird aus dem Titel erzeugt, wenn leer.',
    },
  }
}
