/**
 * Reads the JSON files the benchmark wrote (the CMS answers the site loader also reads, saved to disk) and the
 * list of routes the real site built. No validation, no CMS: what a plain static site from JSON costs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type Localized = Record<string, unknown> | null | undefined
export type Entry = Record<string, unknown> & { id: number }
export type Route = { path: string; locale: string; lang: string; collection: string; slug: string | null }

const folder = process.env.BASELINE_DATA ?? ''
const read = <T>(name: string): T => JSON.parse(readFileSync(join(folder, name), 'utf8')) as T

export const routes = read<Route[]>('routes.json')
export const collections: Record<string, Entry[]> = Object.fromEntries(
  ['pages', 'documents', 'events', 'organisations', 'indicators'].map((name) => [
    name,
    read<{ docs: Entry[] }>(`${name}.json`).docs,
  ]),
)

/** The value in `locale`, German where it is missing. */
export function pick(field: unknown, locale: string): string {
  if (typeof field === 'string') return field
  const values = field as Localized
  const value = values?.[locale] ?? values?.de
  return typeof value === 'string' ? value : ''
}

/** The plain text of a Lexical value, one string per paragraph. */
export function paragraphs(value: unknown): string[] {
  const root = (value as { root?: { children?: { children?: { text?: string }[] }[] } } | null)?.root
  return (root?.children ?? []).map((node) => (node.children ?? []).map((child) => child.text ?? '').join(''))
}

const bySlug = new Map<string, Map<string, Entry>>()
for (const [name, docs] of Object.entries(collections)) {
  const map = new Map<string, Entry>()
  for (const doc of docs) {
    const slug = doc.slug
    if (typeof slug === 'string') map.set(slug, doc)
    else
      for (const value of Object.values((slug ?? {}) as Record<string, unknown>))
        if (typeof value === 'string') map.set(value, doc)
    if (name === 'indicators' && typeof doc.code === 'string') map.set(doc.code.toLowerCase(), doc)
  }
  bySlug.set(name, map)
}

export function entryFor(route: Route): Entry | undefined {
  return route.slug ? bySlug.get(route.collection)?.get(route.slug) : undefined
}

/** Title, summary and body paragraphs of an entry, as the detail page shows them. */
export function describe(entry: Entry, locale: string): { title: string; summary: string; body: string[] } {
  const title = pick(entry.title ?? entry.name, locale)
  const summary = pick(entry.summary ?? entry.description ?? entry.definition, locale)
  const layout =
    (entry.layout as Record<string, { content?: unknown }[] | null> | undefined)?.[locale] ??
    (entry.layout as Record<string, { content?: unknown }[]> | undefined)?.de
  const rich =
    (entry.description as Record<string, unknown> | undefined)?.[locale] ??
    (entry.description as Record<string, unknown> | undefined)?.de
  const body = [
    ...(layout ?? []).flatMap((block) => paragraphs(block.content)),
    ...(typeof rich === 'object' ? paragraphs(rich) : []),
  ]
  return { title, summary: typeof summary === 'string' ? summary : '', body }
}
