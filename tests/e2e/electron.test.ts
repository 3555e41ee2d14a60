/**
 * The Electron tier: the real desktop shell, driven by playwright-core's `_electron`. It runs
 * only where the Electron binary exists (node_modules/electron/path.txt + dist, or
 * ELECTRON_OVERRIDE_DIST_PATH) and skips with the reason everywhere else — on these machines the
 * binary cannot be downloaded. Never `require('electron')` here to find out (engineering-notes C1).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { ROOT } from './browser-harness.js'

function electronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const exe = path.join(override, process.platform === 'win32' ? 'electron.exe' : 'electron')
    return fs.existsSync(exe) ? exe : null
  }
  try {
    const rel = fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt'), 'utf8').trim()
    const exe = path.join(ROOT, 'node_modules', 'electron', 'dist', rel)
    return rel && fs.existsSync(exe) ? exe : null
  } catch {
    return null
  }
}

const binary = electronBinary()
const title = binary
  ? 'Electron shell'
  : 'Electron shell (SKIPPED: the Electron binary is not installed — node_modules/electron/dist is missing; run `npx install-electron` on a machine with network access)'

describe.skipIf(!binary)(title, () => {
  let app: ElectronApplication
  let page: Page
  let userData: string

  beforeAll(async () => {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' })
    expect(build.status).toBe(0)
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-electron-'))
    app = await _electron.launch({ executablePath: binary!, args: [ROOT, `--user-data-dir=${userData}`], cwd: ROOT })
    page = await app.firstWindow()
    await page.locator('table.side-by-side tbody tr').first().waitFor()
  })

  afterAll(async () => {
    await app?.close()
    if (userData) fs.rmSync(userData, { recursive: true, force: true })
  })

  it('loads the renderer from app:// with the sample open', async () => {
    expect(page.url()).toBe('app://renvooi/index.html')
    await expect(page.locator('[data-badge="vernummerd"]').count()).resolves.toBeGreaterThan(0)
  })

  it('gives the page the HostApi and nothing of Node', async () => {
    const globals = await page.evaluate(() => ({
      host: typeof (window as unknown as { renvooi?: unknown }).renvooi,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }))
    expect(globals).toEqual({ host: 'object', require: 'undefined', process: 'undefined' })
  })

  it('refuses to navigate away from the app', async () => {
    await page.evaluate(() => { window.location.href = 'https://example.com/' }).catch(() => {})
    await page.waitForTimeout(500)
    expect(page.url()).toBe('app://renvooi/index.html')
  })

  it('uses the secure window settings', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents
      return (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()
    })
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
  })
})
