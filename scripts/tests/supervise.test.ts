/**
 * Supervision of a long-running service (scripts/lib/processes.ts `supervise`, used by npm start for the CMS): a real
 * child process serving HTTP on loopback is killed and must come back and answer; one that keeps crashing is given up.
 */
import type { ChildProcess } from 'node:child_process'

import { afterEach, describe, expect, it } from 'vitest'

import { freePort, startService, supervise, waitForHttp, type Supervisor } from '../lib/processes'

const SERVER = `require('node:http').createServer((_, res) => res.end(String(process.pid))).listen(Number(process.argv[1]), '127.0.0.1')`

async function startServer(port: number): Promise<ChildProcess> {
  const child = startService(process.execPath, ['-e', SERVER, String(port)], { stdio: 'ignore' })
  await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000, child })
  return child
}

const waitFor = async (condition: () => boolean, timeoutMs = 15_000) => {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 50))
  }
}

let supervisor: Supervisor | undefined
afterEach(async () => {
  await supervisor?.stop()
})

describe('a supervised service', () => {
  it('killed, it is started again after 1 s, says so, and answers', { timeout: 30_000 }, async () => {
    const port = await freePort()
    const first = await startServer(port)
    const lines: string[] = []
    supervisor = supervise(first, {
      name: 'Testdienst',
      restart: () => startServer(port),
      log: (line) => lines.push(line),
    })
    const before = await (await fetch(`http://127.0.0.1:${port}/`)).text()
    expect(before).toBe(String(first.pid))

    process.kill(first.pid!, 'SIGKILL')
    await waitFor(() => lines.length === 2)
    const after = await (await fetch(`http://127.0.0.1:${port}/`)).text()
    expect(after).toBe(String(supervisor.current()?.pid))
    expect(after).not.toBe(before)
    expect(lines).toEqual([
      '⚠ Testdienst beendet (Signal SIGKILL), Neustart in 1 s · Testdienst exited (Signal SIGKILL), restarting in 1 s',
      '✔ Testdienst läuft wieder (Neustart 1) · Testdienst is running again (restart 1)',
    ])
  })

  it(
    'crashing again and again, it waits twice as long each time up to the limit, then gives up with a message',
    { timeout: 30_000 },
    async () => {
      const port = await freePort()
      const lines: string[] = []
      const crashing = () => startService(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })
      supervisor = supervise(crashing(), {
        name: 'CMS',
        restart: async () => {
          const child = crashing()
          await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 5000, child })
          return child
        },
        log: (line) => lines.push(line),
        firstDelayMs: 10,
        maxDelayMs: 40,
        maxFastCrashes: 6,
      })
      await waitFor(() => lines.some((line) => line.startsWith('✗')))
      const waits = lines.filter((line) => line.startsWith('⚠')).map((line) => /Neustart in ([\d.]+ s)/.exec(line)?.[1])
      expect(waits).toEqual(['0.01 s', '0.02 s', '0.04 s', '0.04 s', '0.04 s'])
      expect(lines.at(-1)).toBe(
        `✗ CMS: 6-mal kurz nach dem Start beendet (zuletzt The process serving http://127.0.0.1:${port}/ exited with code 3.), ` +
          'kein weiterer Neustart; bitte die Ausgabe oben prüfen und neu starten · CMS exited 6 times shortly after starting ' +
          `(last: The process serving http://127.0.0.1:${port}/ exited with code 3.); no further restart: check the output above and start again`,
      )
      expect(supervisor.current()).toBeUndefined()
    },
  )
})
