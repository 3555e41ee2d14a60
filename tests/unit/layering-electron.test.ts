// Belt and braces next to the ESLint rule: `electron` is imported only in main/electron and
// main/preload — anywhere else it would try to download the binary under plain Node (C1).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.(ts|tsx|mts|mjs)$/.test(e.name) ? [p] : []
  })
}

const importsElectron = (file: string) => /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(?:\/[^'"]*)?['"]/.test(
  // Type-only imports vanish at compile time; comments may name electron freely.
  fs.readFileSync(file, 'utf8').replace(/^\s*import\s+type\b.*$/gm, '').replace(/^\s*(\/\/|\*|\/\*).*$/gm, ''),
)

describe('electron stays in its two folders', () => {
  it.each(['shared', 'renderer', 'main/services', 'main/web', 'main/cli'])('%s does not import electron', (folder) => {
    const offenders = sources(path.join(ROOT, folder)).filter(importsElectron).map((f) => path.relative(ROOT, f))
    expect(offenders).toEqual([])
  })

  it('main/start.mjs finds the binary without requiring electron', () => {
    expect(importsElectron(path.join(ROOT, 'main', 'start.mjs'))).toBe(false)
  })
})
