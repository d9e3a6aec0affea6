/**
 * Samples the resident memory of this process's descendants from /proc (Linux), for the peak memory of a
 * build's whole process tree, and notes when a process whose command line matches a marker first appears
 * (to split a build into its phases without changing the build).
 */
import { readdirSync, readFileSync } from 'node:fs'

type Proc = { pid: number; ppid: number; pgrp: number; rssBytes: number; cmdline: string }

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name in parentheses may contain spaces: the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const rssPages = Number(fields[21])
    return {
      pid,
      ppid: Number(fields[1]),
      pgrp: Number(fields[2]),
      rssBytes: rssPages * 4096,
      cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '),
    }
  } catch {
    return undefined
  }
}

/** Every descendant of `root` (not `root` itself). */
export function descendants(root = process.pid): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((proc): proc is Proc => proc !== undefined)
  const children = new Map<number, Proc[]>()
  for (const proc of all) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc])
  const result: Proc[] = []
  const queue = [root]
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      result.push(child)
      queue.push(child.pid)
    }
  }
  return result
}

/** `phasePeakRssBytes`: the peak before any marker appeared (`start`) and after each marker (until the next one). */
export type TreeSample = {
  peakRssBytes: number
  samples: number
  markers: Record<string, number>
  phasePeakRssBytes: Record<string, number>
}

/**
 * Runs `work` while sampling every `intervalMs` the summed RSS of this process's descendants, leaving out the
 * process groups in `excludeGroups` (a CMS serving the API, which is measured on its own). `markers` maps a name
 * to a command-line pattern; the result holds the seconds after start when such a process was first seen.
 */
export async function sampleTree<T>(
  work: () => Promise<T>,
  options: { excludeGroups?: number[]; markers?: Record<string, RegExp>; intervalMs?: number } = {},
): Promise<{ value: T; seconds: number } & TreeSample> {
  const { excludeGroups = [], markers = {}, intervalMs = 200 } = options
  const started = performance.now()
  const sample: TreeSample = { peakRssBytes: 0, samples: 0, markers: {}, phasePeakRssBytes: {} }
  let phase = 'start'
  const tick = () => {
    const procs = descendants().filter((proc) => !excludeGroups.includes(proc.pgrp))
    for (const [name, pattern] of Object.entries(markers)) {
      if (sample.markers[name] === undefined && procs.some((proc) => pattern.test(proc.cmdline))) {
        sample.markers[name] = (performance.now() - started) / 1000
        phase = name
      }
    }
    const rss = procs.reduce((sum, proc) => sum + proc.rssBytes, 0)
    sample.peakRssBytes = Math.max(sample.peakRssBytes, rss)
    sample.phasePeakRssBytes[phase] = Math.max(sample.phasePeakRssBytes[phase] ?? 0, rss)
    sample.samples++
  }
  const timer = setInterval(tick, intervalMs)
  try {
    const value = await work()
    return { value, seconds: (performance.now() - started) / 1000, ...sample }
  } finally {
    clearInterval(timer)
  }
}

/** Resident memory of one process group (e.g. the CMS), summed. */
export function groupRssBytes(pgrp: number): number {
  return descendants()
    .filter((proc) => proc.pgrp === pgrp)
    .reduce((sum, proc) => sum + proc.rssBytes, 0)
}
