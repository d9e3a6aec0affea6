import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { parse } from 'yaml'

import { localeCodes, type LocaleCode } from '@ki/contract'

export type Localized<T = string> = Partial<Record<LocaleCode, T>>

export class ContentError extends Error {}

/** Reads a YAML file below the content folder; names the file when it does not parse. */
export function readYaml<T>(contentDir: string, file: string): T {
  const path = join(contentDir, file)
  if (!existsSync(path)) throw new ContentError(`content/${file} is missing.`)
  try {
    return parse(readFileSync(path, 'utf8')) as T
  } catch (error) {
    throw new ContentError(`content/${file} is not valid YAML: ${(error as Error).message}`)
  }
}

export type FrontmatterFile<T> = { data: T; body: string; file: string }

/** Splits `---\nyaml\n---\nbody` into parsed frontmatter and body. */
export function readFrontmatter<T>(path: string, label: string): FrontmatterFile<T> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!match) throw new ContentError(`${label} has no frontmatter (it must start with a --- block).`)
  try {
    return { data: parse(match[1]) as T, body: match[2], file: label }
  } catch (error) {
    throw new ContentError(`${label}: the frontmatter is not valid YAML: ${(error as Error).message}`)
  }
}

export function listFolders(path: string): string[] {
  return existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
}

export function listFiles(path: string, extension: string): string[] {
  return existsSync(path)
    ? readdirSync(path)
        .filter((name) => name.endsWith(extension))
        .sort()
    : []
}

/** Locale files of a page folder (`de.mdx`, `en.mdx`, …), German first. */
export function pageLocales(folder: string): LocaleCode[] {
  const present = new Set(listFiles(folder, '.mdx').map((name) => name.replace(/\.mdx$/, '')))
  const unknown = [...present].filter((code) => !localeCodes.includes(code as LocaleCode))
  if (unknown.length > 0) throw new ContentError(`${folder}: unknown locale file(s) ${unknown.join(', ')}.mdx`)
  return localeCodes.filter((code) => present.has(code))
}
