import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { createServer } from 'node:net'

export class UserError extends Error {}

/** Fails with a message naming the port when something already listens on it. */
export async function ensurePortFree(port: number, purpose: string): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new UserError(
            `Port ${port} (${purpose}) is already in use. Stop the program that uses it ` +
              `(e.g. \`fuser -k ${port}/tcp\`) or choose another port in .env.`,
          ),
        )
      } else reject(error)
    })
    server.listen(port, () => server.close(() => resolvePromise()))
  })
}

/** A free TCP port on loopback, for tests. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePromise(port))
    })
  })
}

/** Runs a command to completion, streaming its output; rejects with the exit code. */
export function runCommand(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`))
    })
  })
}

const services = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of services) {
    try {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
})

/**
 * Starts a long-running child in its own process group so that stopping it stops its children too.
 * Services still running when this process exits (also after an error) are stopped with it.
 */
export function startService(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options })
  services.add(child)
  child.once('exit', () => services.delete(child))
  return child
}

export async function stopService(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }, 5000)
  await exited
  clearTimeout(timer)
}

/** Polls `url` until it answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForHttp(
  url: string,
  { timeoutMs = 60_000, child }: { timeoutMs?: number; child?: ChildProcess } = {},
): Promise<void> {
  const started = Date.now()
  let lastError = ''
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null)
      throw new UserError(`The process serving ${url} exited with code ${child.exitCode}.`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
      lastError = `HTTP ${response.status}`
    } catch (error) {
      lastError = (error as Error).message
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250))
  }
  throw new UserError(`${url} did not answer within ${timeoutMs / 1000} s (last error: ${lastError}).`)
}

/** Runs `main`; prints a UserError as one clear line instead of a stack trace. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UserError) process.stderr.write(`\n✗ ${error.message}\n`)
    else process.stderr.write(`\n✗ ${(error as Error)?.stack ?? String(error)}\n`)
    process.exit(1)
  })
}

export type SupervisorOptions = {
  /** How the service is named in the log lines, e.g. "CMS". */
  name: string
  /** Starts the service again; resolves once it answers (or rejects when it does not come up). */
  restart: () => Promise<ChildProcess>
  log?: (line: string) => void
  /** The first wait before a restart; it doubles after every fast crash, up to `maxDelayMs`. */
  firstDelayMs?: number
  maxDelayMs?: number
  /** A crash within this time after a start counts as fast; a longer run resets the back-off. */
  fastCrashMs?: number
  /** After this many fast crashes in a row the supervisor gives up. */
  maxFastCrashes?: number
}

export type Supervisor = {
  /** The running process, or undefined between a crash and the restart (and after giving up). */
  current: () => ChildProcess | undefined
  /** How often the service was started again. */
  restarts: () => number
  stop: () => Promise<void>
}

const exitReason = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `Signal ${signal}` : `Code ${code}`

/**
 * Keeps a service running: when `first` (or a later start) exits by itself, its process group is cleared and it is
 * started again after 1 s, 2 s, 4 s … at most 60 s, each time with one log line (German · English). After
 * `maxFastCrashes` crashes in a row, each within `fastCrashMs` of its start, it stops trying and says so.
 */
export function supervise(first: ChildProcess, options: SupervisorOptions): Supervisor {
  const {
    name,
    restart,
    log = (line: string) => console.log(line),
    firstDelayMs = 1000,
    maxDelayMs = 60_000,
    fastCrashMs = 60_000,
    maxFastCrashes = 8,
  } = options
  let child: ChildProcess | undefined
  let stopped = false
  let fastCrashes = 0
  let restarts = 0
  let timer: NodeJS.Timeout | undefined

  const crashed = (startedAt: number, reason: string) => {
    if (stopped) return
    child = undefined
    fastCrashes = Date.now() - startedAt < fastCrashMs ? fastCrashes + 1 : 1
    if (fastCrashes >= maxFastCrashes) {
      log(
        `✗ ${name}: ${fastCrashes}-mal kurz nach dem Start beendet (zuletzt ${reason}), kein weiterer Neustart; ` +
          `bitte die Ausgabe oben prüfen und neu starten · ${name} exited ${fastCrashes} times shortly after starting ` +
          `(last: ${reason}); no further restart: check the output above and start again`,
      )
      return
    }
    const delay = Math.min(firstDelayMs * 2 ** (fastCrashes - 1), maxDelayMs)
    const wait = `${delay / 1000} s`
    log(`⚠ ${name} beendet (${reason}), Neustart in ${wait} · ${name} exited (${reason}), restarting in ${wait}`)
    timer = setTimeout(() => void launch(), delay)
  }

  const watch = (service: ChildProcess, startedAt: number) => {
    child = service
    service.once('exit', (code, signal) => {
      // Whatever the service started itself (a worker holding the port) goes with it.
      try {
        if (service.pid !== undefined) process.kill(-service.pid, 'SIGKILL')
      } catch {
        /* the group is gone */
      }
      crashed(startedAt, exitReason(code, signal))
    })
  }

  const launch = async () => {
    if (stopped) return
    const startedAt = Date.now()
    restarts += 1
    try {
      const started = await restart()
      if (stopped) return void (await stopService(started))
      watch(started, startedAt)
      log(`✔ ${name} läuft wieder (Neustart ${restarts}) · ${name} is running again (restart ${restarts})`)
    } catch (error) {
      crashed(startedAt, (error as Error).message)
    }
  }

  watch(first, Date.now())
  return {
    current: () => child,
    restarts: () => restarts,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await stopService(child)
    },
  }
}
