import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/cli.js'

/**
 * The layering of GUIDE §2, checked two ways: the ESLint rules must reject what they are meant
 * to reject (so a loosened config fails here), and the code base itself must pass them. Importing
 * `electron` outside main/electron and main/preload would make plain Node try to download it.
 */
const eslint = new ESLint({ cwd: ROOT })

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message)
}

describe('layering rules', () => {
  const cases: Array<[string, string, boolean]> = [
    ['shared/model/x.ts', "import fs from 'node:fs'\nexport const a = fs", false],
    ['shared/model/x.ts', "import { app } from 'electron'\nexport const a = app", false],
    ['shared/model/x.ts', "import { x } from '../../main/services/y.js'\nexport const a = x", false],
    ['shared/model/x.ts', 'export const a = window.location', false],
    ['shared/model/x.ts', "import { diffWords } from 'diff'\nexport const a = diffWords", true],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer", false],
    ['renderer/app/x.ts', "import { readFile } from 'node:fs/promises'\nexport const a = readFile", false],
    ['renderer/app/x.ts', "import { x } from '../../main/services/y.js'\nexport const a = x", false],
    ['renderer/app/x.ts', "import { x } from '../../shared/model/index.js'\nexport const a = x", true],
    ['main/services/x.ts', "import { app } from 'electron'\nexport const a = app", false],
    ['main/cli/x.ts', "import { app } from 'electron'\nexport const a = app", false],
    ['main/services/x.ts', "import fs from 'node:fs'\nexport const a = fs", true],
    ['main/electron/x.ts', "import { app } from 'electron'\nexport const a = app", true],
    ['main/preload/x.ts', "import { contextBridge } from 'electron'\nexport const a = contextBridge", true],
  ]
  for (const [file, code, allowed] of cases) {
    it(`${allowed ? 'allows' : 'rejects'} in ${file}: ${code.split('\n')[0]}`, async () => {
      const hits = await rulesHit(file, code)
      const layering = hits.filter((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals')
      if (allowed) expect(layering).toEqual([])
      else expect(layering.length).toBeGreaterThan(0)
    })
  }
})

describe('the code base', () => {
  it('passes lint, layering included', async () => {
    const results = await eslint.lintFiles(['shared', 'main', 'renderer', 'tests'])
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`))
    expect(errors).toEqual([])
  }, 120_000)

  it('imports electron only in main/electron and main/preload', () => {
    const offenders: string[] = []
    const visit = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name)
        if (name === 'node_modules' || name === 'out') continue
        if (statSync(full).isDirectory()) visit(full)
        else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && /from ['"]electron['"]|require\(['"]electron['"]\)|import\(['"]electron['"]\)/.test(readFileSync(full, 'utf8'))) {
          offenders.push(path.relative(ROOT, full))
        }
      }
    }
    for (const top of ['shared', 'renderer', 'main/services', 'main/cli', 'main/web']) {
      try {
        visit(path.join(ROOT, top))
      } catch {
        // folder not there yet
      }
    }
    expect(offenders).toEqual([])
  })
})
