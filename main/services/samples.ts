/** The texts shipped in samples/, e.g. art. 273f Sr current and proposed. */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { LoadedText, SampleEntry } from '../../shared/host-api.js'
import { HostError } from './host-error.js'
import { formatOf, readTextFile } from './text-files.js'
import { resolveExistingInside } from './safe-path.js'

export async function listSamples(dir: string): Promise<SampleEntry[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch {
    return []
  }
  return names.filter((n) => formatOf(n) !== null && !n.startsWith('.') && !/^readme\./i.test(n)).sort().map((name) => ({ id: name, name }))
}

export async function readSample(dir: string, id: string): Promise<LoadedText> {
  const file = path.basename(id) === id ? resolveExistingInside(dir, id) : null
  if (!file) throw new HostError('not-found', `${id}: no such sample.`, id)
  return readTextFile(file)
}
