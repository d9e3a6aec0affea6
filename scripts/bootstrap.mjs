#!/usr/bin/env node
// Entry point behind every `npm run …` script. Runs on the system's Node (≥ 20) with no dependencies:
// 1. brings Node 24 LTS into .tools/ when the system Node is older than Astro 7 / vitest 5 need,
// 2. brings pnpm 10 into .tools/ and installs the workspace with the frozen lockfile (only when the
//    lockfile or a package.json changed since the last install),
// 3. runs scripts/<task>.ts with that Node through tsx, passing the remaining arguments on.
import { spawnSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TOOLS = join(ROOT, '.tools')
const NODE_VERSION = '24'
const PNPM_VERSION = '10.34.8'
const MIN_NODE = [22, 12]
const TASKS = [
  'start',
  'test',
  'dev',
  'build-site',
  'seed',
  'migrate',
  'make-migration',
  'serve',
  'publisher',
  'bench',
  'lint',
  'format',
  'audit',
  'backup',
  'restore',
]

const log = (message) => process.stderr.write(`[bootstrap] ${message}\n`)
const fail = (message) => {
  process.stderr.write(`\n[bootstrap] ${message}\n`)
  process.exit(1)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options })
  if (result.error) fail(`could not run ${command}: ${result.error.message}`)
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed with exit code ${result.status}`)
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number)
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])
}

/** Returns the folder holding a Node ≥ 22.12 binary, installing Node 24 from the npm registry when needed. */
function ensureNode() {
  if (nodeIsRecentEnough(process.versions.node)) return { bin: dirname(process.execPath), home: null }
  const pkg = `node-${process.platform}-${process.arch}`
  const home = join(TOOLS, 'node', 'node_modules', pkg)
  const bin = join(home, 'bin')
  if (!existsSync(join(bin, 'node'))) {
    log(
      `system Node ${process.versions.node} is older than ${MIN_NODE.join('.')}: installing Node ${NODE_VERSION} into .tools/node`,
    )
    mkdirSync(join(TOOLS, 'node'), { recursive: true })
    run('npm', ['install', '--no-save', '--no-package-lock', '--prefix', join(TOOLS, 'node'), `${pkg}@${NODE_VERSION}`])
  }
  return { bin, home }
}

function ensurePnpm(env) {
  const pnpm = join(TOOLS, 'pnpm', 'bin', 'pnpm')
  if (!existsSync(pnpm)) {
    log(`installing pnpm ${PNPM_VERSION} into .tools/pnpm`)
    run('npm', ['install', '--global', '--prefix', join(TOOLS, 'pnpm'), `pnpm@${PNPM_VERSION}`], { env })
  }
  return pnpm
}

function installStamp() {
  const hash = createHash('sha256')
  for (const file of [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    'cms/package.json',
    'site/package.json',
  ]) {
    hash.update(file)
    if (existsSync(join(ROOT, file))) hash.update(readFileSync(join(ROOT, file)))
  }
  // pnpm applies the patches in patches/ at install (pnpm-workspace.yaml's patchedDependencies).
  const patches = join(ROOT, 'patches')
  for (const file of existsSync(patches) ? readdirSync(patches).sort() : []) {
    hash.update(file)
    hash.update(readFileSync(join(patches, file)))
  }
  hash.update(process.version)
  return hash.digest('hex')
}

function ensureDependencies(pnpm, env) {
  const stampFile = join(TOOLS, 'install.stamp')
  const stamp = installStamp()
  const installed = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp
  if (installed && existsSync(join(ROOT, 'node_modules', '.modules.yaml'))) return
  log('installing dependencies (pnpm install --frozen-lockfile)')
  run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], { env })
  writeFileSync(stampFile, stamp)
}

/** Reads KEY=value lines from .env (no expansion); real environment variables win. */
function loadDotEnv() {
  const file = join(ROOT, '.env')
  if (!existsSync(file)) return {}
  const values = {}
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (!match) continue
    values[match[1]] = match[2].replace(/^(['"])(.*)\1$/, '$2')
  }
  return values
}

const [task, ...args] = process.argv.slice(2)
if (!TASKS.includes(task)) fail(`unknown task "${task ?? ''}". Tasks: ${TASKS.join(', ')}`)

mkdirSync(TOOLS, { recursive: true })
const node = ensureNode()
const env = { ...loadDotEnv(), ...process.env, PATH: `${node.bin}:${process.env.PATH}` }
// ~/.npmrc may point nodedir at the system Node's headers; native builds must use the Node that runs them.
if (node.home) env.npm_config_nodedir = node.home
else delete env.npm_config_nodedir
env.PATH = `${join(TOOLS, 'pnpm', 'bin')}:${join(ROOT, 'node_modules', '.bin')}:${env.PATH}`
ensureDependencies(ensurePnpm(env), env)

const child = spawn(join(node.bin, 'node'), ['--import', 'tsx', join(ROOT, 'scripts', `${task}.ts`), ...args], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
