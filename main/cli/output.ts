import fs from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../services/atomic-write.js'
import { CliError } from './errors.js'

/**
 * `-o FILE` for every command: refused when it names one of the inputs (by any path or link: it
 * would destroy the text being worked on), then written atomically, so a failure never leaves a
 * partial file. Failures become one line naming the file.
 */
export async function writeOutput(file: string, body: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  await refuseOverwritingInput(file, inputs)
  try {
    await writeFileAtomic(path.resolve(file), body)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CliError(code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be written', file)
  }
}

export async function refuseOverwritingInput(output: string, inputs: readonly string[]): Promise<void> {
  const out = await fs.stat(output).catch(() => null)
  if (!out?.isFile()) return
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null)
    if (st && st.dev === out.dev && st.ino === out.ino) throw new CliError(`is also an input (${input}); choose another output file`, output)
  }
}
