import { writeFileSync } from 'node:fs'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import type { ChildProcess } from 'node:child_process'

import { fingerprint, readStamp } from './fingerprint'
import { CMS_DIR, ROOT } from './paths'
import { runCommand, startService, stopService, supervise, waitForHttp, type Supervisor } from './processes'

/** Where `next build` writes the admin: NEXT_DIST_DIR (relative to cms/) lets several checkouts' builds coexist. */
const buildStamp = (env: NodeJS.ProcessEnv) => join(CMS_DIR, env.NEXT_DIST_DIR || '.next', 'ki-build.stamp')
const NEXT_BIN = join(CMS_DIR, 'node_modules', 'next', 'dist', 'bin', 'next')

function cmsSourceFingerprint(): string {
  return fingerprint(
    [
      join(CMS_DIR, 'src'),
      join(CMS_DIR, 'contract'),
      join(CMS_DIR, 'package.json'),
      join(CMS_DIR, 'next.config.mjs'),
      join(CMS_DIR, 'tsconfig.json'),
      join(ROOT, 'pnpm-lock.yaml'),
    ],
    ROOT,
  )
}

/** Builds the Payload admin with `next build`, unless the sources are unchanged since the last build. */
export async function buildCms(env: NodeJS.ProcessEnv): Promise<'built' | 'reused'> {
  if (env.NEXT_DIST_DIR) {
    const tsconfig = { extends: './tsconfig.json', include: ['next-env.d.ts', 'src/**/*.ts', 'src/**/*.tsx'] }
    writeFileSync(join(CMS_DIR, `${env.NEXT_DIST_DIR}.tsconfig.json`), JSON.stringify(tsconfig, null, 2))
  }
  const stamp = cmsSourceFingerprint()
  if (readStamp(buildStamp(env)) === stamp) return 'reused'
  console.log('▸ Building the CMS (next build; about a minute on the first run) …')
  await runCommand(process.execPath, [NEXT_BIN, 'build'], {
    cwd: CMS_DIR,
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --max-old-space-size=4096' },
  })
  writeFileSync(buildStamp(env), stamp)
  return 'built'
}

/**
 * Starts `next start` on CMS_HOST (default 127.0.0.1: only this machine reaches it; a reverse proxy in front
 * makes it public) and resolves once the REST API answers.
 */
export async function startCms(
  env: NodeJS.ProcessEnv,
  port: number,
  /** nice: CPU priority (0–19, as `nice -n`), set right after the spawn; what the process starts later inherits it. */
  { nice = 0 }: { nice?: number } = {},
): Promise<ChildProcess> {
  const host = env.CMS_HOST || '127.0.0.1'
  const child = startService(process.execPath, [NEXT_BIN, 'start', '--hostname', host, '--port', String(port)], {
    cwd: CMS_DIR,
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
  if (nice && child.pid !== undefined) setPriority(child.pid, nice)
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  try {
    await waitForHttp(`http://${reachable}:${port}/api/users/init`, { timeoutMs: 120_000, child })
  } catch (error) {
    await stopService(child)
    throw error
  }
  return child
}

/**
 * Watches the started CMS: when it dies, it is started again with back-off and one log line each time
 * (scripts/lib/processes.ts `supervise`); the public site keeps being served meanwhile.
 */
export function superviseCms(first: ChildProcess, env: NodeJS.ProcessEnv, port: number): Supervisor {
  return supervise(first, { name: 'CMS', restart: () => startCms(env, port) })
}
