/**
 * Resolving a user- or URL-supplied relative path inside a fixed root folder. Used by the
 * `app://` protocol, the browser host's static files and its projects folder: anything that
 * would escape the root (`..`, absolute paths, NUL bytes, symlinks pointing outside) is refused.
 */
import path from 'node:path'
import fs from 'node:fs'

/** The absolute path of `relative` inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, relative: string): string | null {
  if (relative.includes('\0')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(relative)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  // Both separators count: a renderer on any OS may send either.
  const parts = decoded.split(/[\\/]+/).filter((p) => p !== '' && p !== '.')
  if (parts.some((p) => p === '..' || /^[a-zA-Z]:$/.test(p))) return null
  const base = path.resolve(root)
  const target = path.resolve(base, ...parts)
  if (target !== base && !target.startsWith(base + path.sep)) return null
  return target
}

/**
 * Like resolveInside, and also follows symlinks of an existing target: a link inside the root
 * that points outside it is refused. Resolves to null when refused or missing.
 */
export function resolveExistingInside(root: string, relative: string): string | null {
  const target = resolveInside(root, relative)
  if (target === null) return null
  try {
    const realRoot = fs.realpathSync(root)
    const real = fs.realpathSync(target)
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null
    return real
  } catch {
    return null
  }
}
