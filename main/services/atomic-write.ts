/**
 * Atomic file replacement: write a temp file in the same folder, fsync it, rename it over the
 * target, then fsync the folder. A crash at any moment leaves either the old or the new file,
 * never a half-written one (rename within one file system is atomic).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const file = await resolveTarget(target)
  if (file === null) {
    // A device or pipe (`-o /dev/null`, `-o /dev/stdout`): renaming a temp file over it would
    // replace the device itself with a plain file, so write through it; there is nothing to tear.
    await fs.writeFile(target, data)
    return
  }
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (e) {
    await handle.close().catch(() => {})
    await fs.rm(temp, { force: true })
    throw e
  }
  await handle.close()
  try {
    await fs.rename(temp, file)
  } catch (e) {
    await fs.rm(temp, { force: true })
    throw e
  }
  await syncFolder(dir)
}

/**
 * The path to replace: a symbolic link's destination (renaming over the link would replace the
 * link), the path itself for a regular file or a new one, null for a device, pipe or socket.
 * A directory is refused.
 */
async function resolveTarget(target: string): Promise<string | null> {
  let real: string
  try {
    real = await fs.realpath(target)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return target
    throw e
  }
  const stat = await fs.stat(real)
  if (stat.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' })
  return stat.isFile() ? real : null
}

/** Makes the rename itself durable. Not supported on every platform (Windows), hence best effort. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // best effort
  }
}
