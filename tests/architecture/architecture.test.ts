/**
 * The dependency rules of the project, checked on its own imports:
 * - the site reads the CMS through its API only: it imports no CMS source except the contract package;
 * - the CMS imports neither the site nor the scripts;
 * - the contract package imports nothing but itself (no Payload, no Astro, no zod);
 * - no circle of imports.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

import { importCycles, importGraph, resolveSpecifier, type Aliases, type ImportGraph } from './import-graph'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const FOLDERS = ['cms', 'site', 'scripts', 'tests']

/** Path aliases from the tsconfig files and the workspace packages' exports. */
function projectAliases(): Aliases {
  const aliases: Aliases = {}
  for (const project of ['tsconfig.json', 'cms/tsconfig.json', 'site/tsconfig.json']) {
    const { config } = ts.readConfigFile(join(ROOT, project), (path) => ts.sys.readFile(path)) as {
      config?: { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } }
    }
    const base = join(dirname(project), config?.compilerOptions?.baseUrl ?? '.')
    for (const [key, [target]] of Object.entries(config?.compilerOptions?.paths ?? {})) {
      aliases[key.replace(/\*$/, '')] = join(base, target.replace(/\*$/, ''))
    }
  }
  // Node's subpath imports ("#/*": "./src/*" in a package's package.json).
  for (const folder of ['cms', 'site', 'cms/contract']) {
    const manifest = join(ROOT, folder, 'package.json')
    if (!existsSync(manifest)) continue
    const { imports } = JSON.parse(readFileSync(manifest, 'utf8')) as { imports?: Record<string, string> }
    for (const [key, target] of Object.entries(imports ?? {})) {
      aliases[key.replace(/\*$/, '')] = join(folder, target.replace(/\*$/, ''))
    }
  }
  for (const folder of ['cms/contract']) {
    const manifest = join(ROOT, folder, 'package.json')
    if (!existsSync(manifest)) continue
    const { name, exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name: string
      exports?: Record<string, string>
    }
    for (const [key, target] of Object.entries(exports ?? {})) {
      aliases[join(name, key)] = join(folder, target).replace(/\.ts$/, '')
    }
  }
  return aliases
}

type Rule = { name: string; from: RegExp; to: RegExp }

const FILE_RULES: Rule[] = [
  { name: 'the site imports no CMS source except the contract', from: /^site\//, to: /^cms\/(?!contract\/)/ },
  { name: 'the CMS imports neither the site nor the scripts', from: /^cms\//, to: /^(site|scripts)\// },
  { name: 'the contract imports only itself', from: /^cms\/contract\//, to: /^(?!cms\/contract\/)/ },
  { name: 'an import names a file that exists', from: /./, to: /^\(unresolved\)/ },
]
const PACKAGE_RULES: Rule[] = [
  { name: 'the site does not use Payload', from: /^site\//, to: /^(payload|@payloadcms\/)/ },
  { name: 'the contract imports no package', from: /^cms\/contract\//, to: /^(?!@ki\/contract)/ },
]

/** "rule: from → to" for every import that breaks a rule. */
export function violations(graph: ImportGraph): string[] {
  const found: string[] = []
  for (const rule of FILE_RULES) {
    for (const edge of graph.edges) {
      if (rule.from.test(edge.from) && rule.to.test(edge.to)) found.push(`${rule.name}: ${edge.from} → ${edge.to}`)
    }
  }
  for (const rule of PACKAGE_RULES) {
    for (const use of graph.packages) {
      if (rule.from.test(use.from) && rule.to.test(use.specifier))
        found.push(`${rule.name}: ${use.from} → ${use.specifier}`)
    }
  }
  return found
}

describe('the architecture, read from the imports', () => {
  const graph = importGraph(ROOT, FOLDERS, projectAliases())

  it('reads the whole project (every part has files and imports)', () => {
    for (const folder of ['cms/src/', 'site/src/', 'scripts/']) {
      expect(graph.files.filter((file) => file.startsWith(folder)).length, folder).toBeGreaterThan(10)
      expect(graph.edges.filter((edge) => edge.from.startsWith(folder)).length, folder).toBeGreaterThan(10)
    }
    const astroEdges = graph.edges.filter((edge) => edge.from.endsWith('.astro'))
    expect(astroEdges.length).toBeGreaterThan(50)
  })

  it('breaks none of the dependency rules', () => {
    expect(violations(graph)).toEqual([])
  })

  it('has no circle of imports', () => {
    expect(importCycles(graph.edges)).toEqual([])
  })
})

describe('the rules themselves', () => {
  it('catch a site file importing CMS source, the CMS importing the site, and a circle', () => {
    const edges = [
      { from: 'site/src/a.ts', to: 'cms/src/collections/Events/index.ts', specifier: '' },
      { from: 'site/src/b.ts', to: 'cms/contract/src/index.ts', specifier: '' },
      { from: 'cms/src/c.ts', to: 'scripts/lib/site.ts', specifier: '' },
      { from: 'cms/contract/src/index.ts', to: 'cms/src/city.ts', specifier: '' },
      { from: 'x.ts', to: 'y.ts', specifier: '' },
      { from: 'y.ts', to: 'x.ts', specifier: '' },
    ]
    const packages = [
      { from: 'site/src/d.ts', specifier: 'payload' },
      { from: 'cms/contract/src/index.ts', specifier: 'astro/zod' },
      { from: 'cms/src/e.ts', specifier: 'payload' },
    ]
    expect(violations({ files: [], edges, packages })).toEqual([
      'the site imports no CMS source except the contract: site/src/a.ts → cms/src/collections/Events/index.ts',
      'the CMS imports neither the site nor the scripts: cms/src/c.ts → scripts/lib/site.ts',
      'the contract imports only itself: cms/contract/src/index.ts → cms/src/city.ts',
      'the site does not use Payload: site/src/d.ts → payload',
      'the contract imports no package: cms/contract/src/index.ts → astro/zod',
    ])
    expect(importCycles(edges)).toEqual([['x.ts', 'y.ts']])
  })

  it('resolve relative, extension-less and aliased imports to the files they name', () => {
    const aliases = projectAliases()
    expect(resolveSpecifier(ROOT, 'scripts/test.ts', './lib/paths', aliases)).toBe('scripts/lib/paths.ts')
    expect(resolveSpecifier(ROOT, 'cms/tests/int/payload.ts', '@payload-config', aliases)).toBe(
      'cms/src/payload.config.ts',
    )
    expect(resolveSpecifier(ROOT, 'scripts/test.ts', 'node:fs', aliases)).toBeUndefined()
    expect(resolveSpecifier(ROOT, 'site/src/pages/index.astro', '#/i18n/routing.ts', aliases)).toBe(
      'site/src/i18n/routing.ts',
    )
  })
})
