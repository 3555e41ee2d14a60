/**
 * Shared set-up of the end-to-end tests: build the renderer when it is stale, start the browser
 * host on temp folders, and drive Debian's Chromium with playwright-core (never
 * `playwright install`: these machines cannot download browsers).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build, type InlineConfig } from 'vite'
import { afterAll, beforeAll } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startWebHost, type WebHost } from '../../main/web/server.js'
import { rendererConfig } from '../../vite.renderer.config.js'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function newest(dir: string): number {
  let latest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)
  }
  return latest
}

/**
 * Builds the renderer exactly as users get it. Vitest sets NODE_ENV=test, which Vite and the
 * React plugin would carry into the bundle: React's development build (StrictMode running every
 * effect twice, a third more code), tested and benchmarked instead of the real one — and left in
 * out/renderer for `npm start` to serve. So NODE_ENV is production for the length of the build.
 */
export async function buildForProduction(config: InlineConfig): Promise<void> {
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ ...config, mode: 'production' })
  } finally {
    if (before === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = before
  }
}

/**
 * Builds out/renderer unless it is newer than every renderer and shared source.
 * RENVOOI_RENDERER_OUT builds elsewhere, so that parallel runs do not replace each other's build.
 */
export async function ensureRendererBuilt(): Promise<string> {
  const outDir = process.env.RENVOOI_RENDERER_OUT ?? path.join(ROOT, 'out', 'renderer')
  const index = path.join(outDir, 'index.html')
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  const sources = Math.max(newest(path.join(ROOT, 'renderer')), newest(path.join(ROOT, 'shared')), fs.statSync(path.join(ROOT, 'vite.renderer.config.ts')).mtimeMs)
  if (built < sources) await buildForProduction({ ...rendererConfig, build: { ...rendererConfig.build, outDir }, logLevel: 'warn', configFile: false })
  return outDir
}

export interface Harness {
  readonly host: WebHost
  readonly browser: Browser
  readonly projectsDir: string
  readonly stateDir: string
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const rendererDir = await ensureRendererBuilt()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-e2e-'))
  const projectsDir = path.join(tmp, 'projects')
  const stateDir = path.join(tmp, 'state')
  fs.mkdirSync(projectsDir, { recursive: true })
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const host = await startWebHost({ rendererDir, samplesDir: path.join(ROOT, 'samples'), projectsDir, stateDir, version: 'e2e' })
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  return {
    host, browser, projectsDir, stateDir,
    async close() {
      await browser.close()
      await host.close()
      fs.rmSync(tmp, { recursive: true, force: true })
    },
  }
}

export const chromiumAvailable = (): boolean => fs.existsSync(CHROMIUM)

/**
 * A page with the app open on the art. 273f sample, in a context of its own (axe needs a page
 * from a context, engineering-notes C6), collecting uncaught page errors into `errors`.
 */
export async function openSamplePage(h: Harness, errors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(h.host.appUrl)
  await page.locator('table.side-by-side tbody tr').first().waitFor()
  return { context, page }
}

export interface SampleSession {
  readonly harness: Harness
  readonly page: Page
  /** Uncaught errors of the page; a flow ends by expecting none. */
  readonly errors: string[]
}

/**
 * Registers, in the calling `describe`, a browser host and a page with the art. 273f sample open
 * before the tests and their closing after. Read the fields inside tests or later hooks.
 */
export function sampleSession(): SampleSession {
  let harness: Harness | undefined
  let opened: { context: BrowserContext; page: Page } | undefined
  const errors: string[] = []
  beforeAll(async () => {
    harness = await startHarness()
    opened = await openSamplePage(harness, errors)
  })
  afterAll(async () => {
    await opened?.context.close()
    await harness?.close()
  })
  return {
    get harness() { return harness! },
    get page() { return opened!.page },
    errors,
  }
}
