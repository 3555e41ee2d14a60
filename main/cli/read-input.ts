import fs from 'node:fs/promises'
import { CliError } from './errors.js'

/** Far beyond any statute (the whole Wetboek van Strafrecht as BWB XML is a few MB). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024

/**
 * Reads an input file as UTF-8 with a clear message for each way it can fail. Invalid UTF-8
 * becomes U+FFFD here and is reported by the readers' text check, with its line.
 */
export async function readInput(file: string): Promise<{ content: string }> {
  let stat
  try {
    stat = await fs.stat(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read', file)
  }
  if (stat.isDirectory()) throw new CliError('is a directory, not a text file', file)
  if (!stat.isFile()) throw new CliError('is not a regular file', file)
  if (stat.size > MAX_INPUT_BYTES) throw new CliError(`too large (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`, file)
  try {
    return { content: (await fs.readFile(file)).toString('utf8') }
  } catch {
    throw new CliError('cannot be read', file)
  }
}
