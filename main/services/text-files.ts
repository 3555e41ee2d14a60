/** Reading the text files drafters compare: Markdown, plain text and BWB XML. */
import fs from 'node:fs/promises'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { TextFormat } from '../../shared/model/types.js'
import type { LoadedText } from '../../shared/host-api.js'
import { HostError } from './host-error.js'

/** Larger than any statute text; a guard against opening a video by mistake. */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024

export const TEXT_EXTENSIONS: Readonly<Record<string, TextFormat>> = {
  '.md': 'md', '.markdown': 'md', '.txt': 'text', '.xml': 'bwb',
}

export function formatOf(name: string): TextFormat | null {
  return TEXT_EXTENSIONS[path.extname(name).toLowerCase()] ?? null
}

export async function readTextFile(file: string): Promise<LoadedText> {
  const name = path.basename(file)
  const format = formatOf(name)
  if (!format) throw new HostError('bad-request', `${name}: unknown kind of file (expected .md, .txt or .xml).`, name)
  let bytes: Buffer
  try {
    const stat = await fs.stat(file)
    if (stat.size > MAX_TEXT_BYTES) throw new HostError('io', `${name}: the file is too large.`, name)
    bytes = await fs.readFile(file)
  } catch (e) {
    if (e instanceof HostError) throw e
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new HostError('not-found', `${name}: the file does not exist.`, name)
    throw new HostError('io', `${name}: the file could not be read.`, name)
  }
  return { name, format, content: bytes.toString('utf8').replace(/^\uFEFF/, ''), sha256: createHash('sha256').update(bytes).digest('hex') }
}
