/**
 * The real nginx for the tests of the shipped configurations (deploy/nginx/) and the load bench: Debian's package
 * (.ci/run installs it; NGINX names another binary), run in the foreground from a scratch folder with one file.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { ROOT } from './paths'

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx'

/** A whole nginx.conf around `http` (a shipped file, already pointed at the test's ports and folders). */
function wrapped(scratch: string, http: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(scratch, kind)};`)
    .join('\n  ')
  return `daemon off;\nworker_processes 1;\npid ${join(scratch, 'nginx.pid')};\nerror_log ${join(scratch, 'error.log')};
events {}
http {
  types { text/html html; application/json json; }
  access_log off;
  ${temp}
${http}
}
`
}

async function waitForPort(port: number, nginx: ChildProcess, scratch: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) break
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await sleep(50)
  }
  throw new Error(`nginx did not listen on ${port}: ${readFileSync(join(scratch, 'error.log'), 'utf8')}`)
}

/** Starts nginx with `http` as its http block, from `scratch`, and resolves once it listens on `port`. */
export async function startNginx(scratch: string, http: string, port: number): Promise<ChildProcess> {
  // nginx started as root reads the files as its worker user (nobody).
  chmodSync(scratch, 0o755)
  writeFileSync(join(scratch, 'nginx.conf'), wrapped(scratch, http))
  const nginx = spawn(NGINX, ['-p', scratch, '-c', join(scratch, 'nginx.conf'), '-e', join(scratch, 'error.log')], {
    stdio: 'inherit',
  })
  await waitForPort(port, nginx, scratch)
  return nginx
}

/**
 * deploy/nginx/cms.conf as shipped, pointed at loopback ports and a cache folder in `scratch`: nginx on `port`, the
 * editors' CMS process on `cmsPort` (3000 in the file) and the readers' on `readersPort` (3001).
 */
export function cmsProxyConfig(scratch: string, ports: { port: number; cmsPort: number; readersPort: number }): string {
  return readFileSync(join(ROOT, 'deploy', 'nginx', 'cms.conf'), 'utf8')
    .replaceAll('/var/cache/nginx/ki-cms', join(scratch, 'cache'))
    .replace('listen 80;', `listen 127.0.0.1:${ports.port};`)
    .replaceAll('127.0.0.1:3000', `127.0.0.1:${ports.cmsPort}`)
    .replaceAll('127.0.0.1:3001', `127.0.0.1:${ports.readersPort}`)
}
