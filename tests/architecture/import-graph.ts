/**
 * The project's own import graph, read from the source as text: every relative, aliased or workspace import of
 * every TypeScript, JavaScript and Astro file below the given folders, resolved to a file of the project.
 * Used by the architecture test; nothing here runs project code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

import ts from 'typescript'

export type ImportEdge = { from: string; to: string; specifier: string }
export type ImportGraph = { files: string[]; edges: ImportEdge[]; packages: { from: string; specifier: string }[] }

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/
const SKIP = new Set(['node_modules', 'dist', '.astro', '.builds', '.next', 'corpus', 'baseline-site'])
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.tsx', '/index.mjs']

function sourceFiles(root: string, folder: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(relative(root, path))
    }
  }
  if (existsSync(join(root, folder))) walk(join(root, folder))
  return files
}

/** The script parts of a file: all of it, or for an Astro component its frontmatter and its <script> elements. */
export function scriptText(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text
  const parts: string[] = []
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)
  if (frontmatter) parts.push(frontmatter[1])
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(match[1])
  return parts.join('\n')
}

/** Import and export-from specifiers, dynamic imports included. */
export function specifiers(path: string, text: string): string[] {
  const info = ts.preProcessFile(scriptText(path, text), true, true)
  return info.importedFiles.map((file) => file.fileName)
}

export type Aliases = Record<string, string>

function resolveFile(root: string, base: string): string | undefined {
  for (const extension of EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate)
  }
  // TypeScript's ESM style: `./x.js` names `./x.ts`.
  if (/\.m?js$/.test(base)) return resolveFile(root, base.replace(/\.m?js$/, ''))
  return undefined
}

/**
 * Resolves a specifier to a project file, or undefined for a package or a Node builtin. `aliases` maps a prefix
 * (`~/`, `@payload-config`, `@ki/contract`) to a path relative to the root.
 */
export function resolveSpecifier(root: string, from: string, specifier: string, aliases: Aliases): string | undefined {
  const clean = specifier.replace(/\?.*$/, '')
  if (clean.startsWith('.')) return resolveFile(root, resolve(root, dirname(from), clean))
  for (const [prefix, target] of Object.entries(aliases)) {
    if (clean === prefix || clean.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) {
      return resolveFile(root, join(root, target, clean.slice(prefix.length)))
    }
  }
  return undefined
}

export function importGraph(root: string, folders: string[], aliases: Aliases): ImportGraph {
  const files = folders.flatMap((folder) => sourceFiles(root, folder))
  const edges: ImportEdge[] = []
  const packages: ImportGraph['packages'] = []
  for (const from of files) {
    for (const specifier of specifiers(from, readFileSync(join(root, from), 'utf8'))) {
      const to = resolveSpecifier(root, from, specifier, aliases)
      if (to) edges.push({ from, to, specifier })
      else if (specifier.startsWith('.')) edges.push({ from, to: `(unresolved) ${specifier}`, specifier })
      else packages.push({ from, specifier })
    }
  }
  return { files, edges, packages }
}

/** Every circle of imports (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>()
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to])
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(node, Math.min(low.get(node)!, low.get(target)!))
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (next.get(node) ?? []).includes(node)) cycles.push(component.sort())
    }
  }
  for (const node of next.keys()) if (!index.has(node)) visit(node)
  return cycles
}
