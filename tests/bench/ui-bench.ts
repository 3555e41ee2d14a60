/**
 * `npm run bench:ui` (or `npx tsx tests/bench/ui-bench.ts`): the editor's speed in real Chromium,
 * through the browser host, as a drafter meets it (the issue "The desktop editor…", § Speed).
 *
 *   1. First paint: a fresh page load with the art. 273f sample open by default, from navigation
 *      start (performance.timeOrigin) to the frame in which the side-by-side diff is painted.
 *      Measured in the page: a MutationObserver installed before any app script sees the first
 *      `table.side-by-side tbody tr`; the time is taken in the next requestAnimationFrame
 *      ("frame") and after that frame's paint (rAF → MessageChannel, "painted").
 *   2. Keystroke → updated diff, p50/p95 over 200 keystrokes typed into the ProseMirror editor at
 *      the end of one lid: for the art. 273f sample, and for a generated 1,500-article code
 *      (tests/bench/generate.ts) opened as a user would, through the "Voorstel…" and "Huidige
 *      tekst…" dialogs' file inputs. Each sample runs from the keydown event's timeStamp (so time
 *      the key waited for a busy main thread counts) to the frame in which that lid's row in the
 *      side-by-side view shows the new text (MutationObserver on the table + requestAnimationFrame,
 *      all with performance.now() in the page). Only non-space keys are measured (a space does
 *      not change the words shown); spaces are typed too. Rhythm: a key every `--interval` ms
 *      (default 150 ms, a fast typist), or as soon as the previous key's diff was painted when
 *      that takes longer — so keys never pile up and each sample is one key's own latency. A
 *      second, smaller series types after pauses of 450 ms (the app runs its full comparison after
 *      400 ms without typing), so the key may land while that runs; a third types each key right
 *      after the previous one's diff, which keeps the full comparison from running when a key
 *      takes less than ~380 ms: the live "fast path" alone (both informative; no target).
 *
 * Long tasks (PerformanceObserver 'longtask') are counted during each series. `--profile`
 * additionally records CPU profiles (CDP, 0.1 ms sampling) against an unminified build of the
 * renderer in a temp dir — the first load, 30 keys in art. 273f, 30 keys in the code at the
 * typist's rhythm and 30 back-to-back — and prints where the main thread's time goes (watched
 * app functions with their time per key, top inclusive and self time).
 *
 * Options: --keys N (default 200)  --interval MS (default 150)  --pause-keys N (default 10)  --fast-keys N (default 30)  --loads N first-paint loads (default 5)
 *          --articles N (default 1500)  --seed N (default 1)  --profile  --strict (exit 1 on MISS)
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH); builds out/renderer when stale, like the
 * e2e tests. Cleans up: closes the browser, stops the host, removes its temp dirs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { buildForProduction, chromiumAvailable, CHROMIUM, ROOT, startHarness, type Harness } from '../e2e/browser-harness.js'
import { generatePair } from './generate.js'

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2)
const opt = (name: string, fallback: number): number => {
  const i = argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const v = Number(argv[i + 1])
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`)
  return v
}
const KEYS = opt('keys', 200)
const INTERVAL_MS = opt('interval', 150)
const LOADS = Math.max(1, opt('loads', 5))
const ARTICLES = opt('articles', 1500)
const SEED = opt('seed', 1)
const PAUSE_KEYS = opt('pause-keys', 10)
const FAST_KEYS = opt('fast-keys', 30)
const PROFILE = argv.includes('--profile')
const STRICT = argv.includes('--strict')

const TARGETS = { firstPaintMs: 500, key273fP95Ms: 16, keyCodeP95Ms: 50 }

/** What the drafter types: ordinary statute words. Spaces are typed, not measured. */
const PHRASE = 'Het bepaalde in dit lid is van overeenkomstige toepassing op de rechtspersoon die de handeling verricht, mits Onze Minister daartoe een aanwijzing heeft gegeven en de betrokkene tijdig is gehoord. '

// ---------------------------------------------------------------------------------------------
// In-page instrumentation. A plain JS string (not a serialised TS function): tsx would add
// helpers such as __name that do not exist in the page. Installed before any app script runs;
// Playwright's init scripts are not subject to the page's CSP.

const INIT_SCRIPT = String.raw`(() => {
  const now = () => performance.now()
  const afterPaint = (cb) => requestAnimationFrame((frame) => {
    const rafAt = now()
    const ch = new MessageChannel()
    ch.port1.onmessage = () => cb(rafAt, now(), frame)
    ch.port2.postMessage(0)
  })
  const squash = (s) => (s || '').replace(/\s+/g, '')
  /** Rows in the comparison: the table's aria-rowcount less the header (long ones are windowed). */
  const rowCount = () => { const t = document.querySelector('table.side-by-side'); const n = t && Number(t.getAttribute('aria-rowcount')); return n ? n - 1 : document.querySelectorAll('table.side-by-side tbody tr[data-row]').length }
  const rendered = () => document.querySelectorAll('table.side-by-side tbody tr[data-row]').length
  const ui = {
    firstRow: null,
    longTasks: [],
    lastKey: null,
    pending: null,
  }
  window.__uib = ui
  ui.rowCount = rowCount
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) ui.longTasks.push({ start: e.startTime, duration: e.duration }) })
      .observe({ type: 'longtask', buffered: true })
  } catch (e) {}
  // 1. first diff row
  const firstObs = new MutationObserver(() => {
    if (ui.firstRow) return
    const row = document.querySelector('table.side-by-side tbody tr')
    if (!row) return
    const mutationAt = now()
    ui.firstRow = { mutationAt }
    firstObs.disconnect()
    afterPaint((rafAt, paintedAt) => { ui.firstRow = { mutationAt, rafAt, paintedAt, rows: rowCount() } })
  })
  firstObs.observe(document, { childList: true, subtree: true })
  // 2. keystrokes: the keydown that starts a sample (capture phase, before ProseMirror's handler)
  window.addEventListener('keydown', (e) => { ui.lastKey = { key: e.key, stamp: e.timeStamp, handlerAt: now() } }, true)
  window.addEventListener('change', (e) => { ui.lastChange = { at: now(), stamp: e.timeStamp } }, true)

  /** Waits for the row labelled 'label' to show 'expected' (white space ignored). */
  ui.armRow = (label, expected) => {
    ui.lastKey = null
    const want = squash(expected)
    let row = null
    const find = () => {
      if (!row || !row.isConnected) row = document.querySelector('table.side-by-side tbody tr[aria-label="' + CSS.escape(label) + '"]')
      return row
    }
    const shows = () => { const r = find(); const t = r && r.querySelector('.cell-new .text'); return !!t && squash(t.textContent) === want }
    ui.pending = new Promise((resolve) => {
      let done = false
      const table = document.querySelector('table.side-by-side')
      const finish = (mutationAt) => {
        done = true
        obs.disconnect()
        clearTimeout(timer)
        afterPaint((rafAt, paintedAt) => resolve({ ok: true, key: ui.lastKey, mutationAt, rafAt, paintedAt }))
      }
      const obs = new MutationObserver(() => { if (!done && shows()) finish(now()) })
      obs.observe(table, { childList: true, subtree: true, characterData: true })
      const timer = setTimeout(() => { if (!done) { done = true; obs.disconnect(); const r = find(); resolve({ ok: false, key: ui.lastKey, shown: r ? (r.querySelector('.cell-new .text') || {}).textContent : null }) } }, 15000)
    })
    return true
  }
  /** Waits until the current side's label in the table header is no longer 'before' and the comparison is done. */
  ui.armHeader = (before) => {
    ui.lastChange = null
    ui.pending = new Promise((resolve) => {
      const label = () => { const el = document.querySelector('table.side-by-side thead th[data-drop-side="current"] .side-label'); return el ? el.textContent : null }
      let done = false
      const obs = new MutationObserver(() => {
        if (done) return
        const l = label()
        // The label changes at once; the rows once the full comparison (in a worker) is done.
        if (l !== null && l !== before && !document.querySelector('#view-panel[aria-busy="true"]')) {
          done = true
          obs.disconnect()
          const mutationAt = now()
          afterPaint((rafAt, paintedAt) => resolve({ ok: true, change: ui.lastChange, mutationAt, rafAt, paintedAt, rows: rowCount(), rendered: rendered() }))
        }
      })
      obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] })
      setTimeout(() => { if (!done) { done = true; obs.disconnect(); resolve({ ok: false }) } }, 120000)
    })
    return true
  }
  ui.result = () => ui.pending
  /** Resolves after the frame following everything queued now (a typed space's work). */
  ui.settle = () => new Promise((resolve) => afterPaint(() => resolve(true)))
})()`

interface UiWindow {
  __uib: {
    firstRow: { mutationAt: number; rafAt?: number; paintedAt?: number; rows?: number } | null
    rowCount(): number
    longTasks: Array<{ start: number; duration: number }>
    armRow(label: string, expected: string): boolean
    armHeader(before: string): boolean
    result(): Promise<Result>
    settle(): Promise<boolean>
  }
}
interface Result {
  ok: boolean
  key?: { key: string; stamp: number; handlerAt: number } | null
  change?: { at: number; stamp: number } | null
  mutationAt?: number
  rafAt?: number
  paintedAt?: number
  rows?: number
  rendered?: number
  shown?: string | null
}
declare const window: UiWindow & Window

// ---------------------------------------------------------------------------------------------
// Statistics and output

const quantile = (xs: readonly number[], q: number): number => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}
const ms = (x: number): string => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms` : '—')
const log = (s: string): void => void process.stderr.write(`${s}\n`)

interface KeySeries {
  readonly name: string
  /** keydown timeStamp → frame (rAF) in which the row shows the new text. */
  readonly frame: number[]
  /** keydown timeStamp → after that frame's paint. */
  readonly painted: number[]
  /** keydown timeStamp → DOM mutation that shows the new text (the JS work). */
  readonly dom: number[]
  /** keydown timeStamp → keydown handler (queueing of the input event). */
  readonly queued: number[]
  readonly failures: string[]
  longTasks: Array<{ start: number; duration: number }>
}

// ---------------------------------------------------------------------------------------------
// Driving the page

/** The text the lid's row shows on the proposed side now. */
const rowText = (page: Page, label: string): Promise<string> =>
  page.locator(`table.side-by-side tbody tr[aria-label="${label}"] .cell-new .text`).first().innerText()

type Pace = { readonly interval: number } | { readonly pause: number }

async function typeSeries(page: Page, name: string, target: { label: string; al: string }, keys: number, pace: Pace): Promise<KeySeries> {
  const series: KeySeries = { name, frame: [], painted: [], dom: [], queued: [], failures: [], longTasks: [] }
  // Caret at the end of the lid's last own alinea; the lid's diff row in view, as a drafter would look at it.
  const al = page.locator(target.al).last()
  await al.scrollIntoViewIfNeeded()
  const box = await al.boundingBox()
  if (!box) throw new Error(`${name}: the alinea ${target.al} is not visible`)
  await al.click({ position: { x: box.width - 2, y: box.height - 4 } })
  await page.keyboard.press('End')
  await page.locator(`table.side-by-side tbody tr[aria-label="${target.label}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await page.waitForTimeout(600) // let any pending full comparison finish
  let expected = await rowText(page, target.label)
  const ltStart = await page.evaluate(() => performance.now())
  let measured = 0
  let i = 0
  let sentAt = 0
  /** The next key: `pace.interval` after the previous one was sent (a typist's rhythm), or `pace.pause` after it was painted. */
  const wait = async (): Promise<void> => {
    const ms = 'interval' in pace ? pace.interval - (Date.now() - sentAt) : pace.pause
    if (ms > 0) await page.waitForTimeout(ms)
  }
  while (measured < keys) {
    const ch = PHRASE[i++ % PHRASE.length]!
    expected += ch
    if (ch === ' ') {
      sentAt = Date.now()
      await page.keyboard.type(ch)
      await page.evaluate(() => window.__uib.settle())
      await wait()
      continue
    }
    await page.evaluate(([label, want]) => window.__uib.armRow(label, want), [target.label, expected] as const)
    sentAt = Date.now()
    await page.keyboard.type(ch)
    const r = await page.evaluate(() => window.__uib.result())
    measured++
    if (!r.ok || !r.key || r.rafAt === undefined || r.paintedAt === undefined || r.mutationAt === undefined) {
      series.failures.push(`key ${JSON.stringify(ch)}: ${r.key ? 'diff not updated within 15 s' : 'no keydown seen'} (shown: ${JSON.stringify(r.shown?.slice(-60))})`)
      if (series.failures.length > 3) throw new Error(`${name}: ${series.failures.join('; ')}`)
      expected = await rowText(page, target.label)
      continue
    }
    series.frame.push(r.rafAt - r.key.stamp)
    series.painted.push(r.paintedAt - r.key.stamp)
    series.dom.push(r.mutationAt - r.key.stamp)
    series.queued.push(r.key.handlerAt - r.key.stamp)
    await wait()
  }
  series.longTasks = await page.evaluate((t0) => window.__uib.longTasks.filter((t) => t.start >= t0), ltStart)
  return series
}

async function firstPaint(h: Harness, runs: number): Promise<{ loads: Array<Record<string, number>>; api: string }> {
  const out: Array<Record<string, number>> = []
  let apiDetail = ''
  for (let i = 0; i < runs; i++) {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } })
    try {
      await context.addInitScript(INIT_SCRIPT)
      const page = await context.newPage()
      await page.goto(h.host.appUrl)
      await page.waitForFunction(() => window.__uib.firstRow?.paintedAt !== undefined, undefined, { timeout: 30_000 })
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]
        const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')) as PerformanceResourceTiming[]
        const js = performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name)) as PerformanceResourceTiming[]
        const f = window.__uib.firstRow!
        return {
          responseEnd: nav.responseEnd,
          scriptLoaded: Math.max(0, ...js.map((e) => e.responseEnd)),
          domContentLoaded: nav.domContentLoadedEventEnd,
          fcp: fcp ? fcp.startTime : NaN,
          apiStart: Math.min(...api.map((e) => e.startTime)),
          apiDone: Math.max(0, ...api.map((e) => e.responseEnd)),
          apiCalls: api.length,
          rowInserted: f.mutationAt,
          frame: f.rafAt!,
          painted: f.paintedAt!,
          rows: f.rows!,
          longestTask: Math.max(0, ...window.__uib.longTasks.map((t) => t.duration)),
        }
      })
      out.push(m)
      if (i === runs - 1) {
        apiDetail = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.includes('/api/'))
          .map((e) => `${e.name.replace(/^.*\/api\//, '')} ${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`).join(', '))
      }
    } finally {
      await context.close()
    }
  }
  return { loads: out, api: apiDetail }
}

/** Opens the generated code through the two open-text dialogs, as a user would. */
async function openCode(page: Page, dir: string): Promise<{ proposedMs: number; currentMs: number; rows: number; rendered: number; wallMs: number }> {
  const t0 = Date.now()
  const beforeLabel = async (): Promise<string> => page.locator('table.side-by-side thead th[data-drop-side="current"] .side-label').innerText()
  // The proposal first: opening it asks about unsaved changes once the current text was replaced.
  await page.getByRole('button', { name: 'Voorstel…' }).click()
  const proposed = page.getByRole('dialog', { name: 'Voorstel openen' })
  const newRows = await page.evaluate(() => window.__uib.rowCount())
  const tP = Date.now()
  await proposed.locator('input[type=file]').setInputFiles(path.join(dir, 'nieuw.txt'))
  await page.waitForFunction((n) => window.__uib.rowCount() > n * 10, newRows, { timeout: 180_000, polling: 200 })
  const proposedMs = Date.now() - tP
  await page.getByRole('button', { name: 'Huidige tekst…' }).click()
  const current = page.getByRole('dialog', { name: 'Huidige tekst openen' })
  await page.evaluate((before) => window.__uib.armHeader(before), await beforeLabel())
  await current.locator('input[type=file]').setInputFiles(path.join(dir, 'geldend.txt'))
  const r = await page.evaluate(() => window.__uib.result())
  if (!r.ok || !r.change || r.paintedAt === undefined) throw new Error('the current text of the code did not show within 120 s')
  const alert = await page.getByRole('alert').count()
  if (alert) throw new Error(`opening the code failed: ${await page.getByRole('alert').innerText()}`)
  return { proposedMs, currentMs: r.paintedAt - r.change.stamp, rows: r.rows ?? 0, rendered: r.rendered ?? 0, wallMs: Date.now() - t0 }
}

/**
 * An unchanged, one-to-one matched lid with its own text in the middle of the code. A long
 * comparison is windowed, so the side-by-side view is scrolled to its middle first, as a drafter
 * would, and the lid is picked among the rows shown there.
 */
async function pickCodeTarget(page: Page): Promise<{ label: string; al: string }> {
  await page.evaluate(() => {
    const panel = document.querySelector('.view-panel')!
    panel.scrollTop = panel.scrollHeight / 2
  })
  await page.waitForTimeout(300)
  await page.evaluate(() => window.__uib.settle())
  const found = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('table.side-by-side tbody tr[data-kind="unchanged"]')]
    const ok = rows.filter((r) => /^Artikel \S+, lid \d+$/.test(r.getAttribute('aria-label') ?? '') && !r.querySelector('[data-badge]'))
    const mid = ok[Math.floor(ok.length / 2)]
    return mid ? mid.getAttribute('aria-label') : null
  })
  if (!found) throw new Error('no unchanged lid found in the code')
  const [, art, lid] = /^Artikel (\S+), lid (\d+)$/.exec(found)!
  return { label: found, al: `.pm-editor .pm-artikel[data-nr="${art}"] > .pm-lid[data-nr="${lid}"] > .pm-al` }
}

// ---------------------------------------------------------------------------------------------
// Profiling (--profile): an unminified renderer build, 30 keystrokes under the CDP profiler.

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The app's and the libraries' functions whose cost a reader wants to see, by name in the unminified bundle. */
const WATCH = [
  'parseText', 'legalTextToDoc', 'EditorView', 'writeMarkdown', 'dispatchTransaction', 'toLegalText', 'patchComparison', 'compareTexts', 'buildRows', 'redline',
  'renderRootSync', 'commitRoot', 'SideBySide', 'SideRow', 'flatten', 'updateState', '(garbage collector)',
]

/** `keys`: how many keystrokes the profile covers (per-key figures), or none for a page load. */
function summariseProfile(profile: CpuProfile, keys?: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const label = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').pop() ?? ''
    return `${n.callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`
  }
  const stackCache = new Map<number, Set<string>>()
  const stackOf = (id: number): Set<string> => {
    let hit = stackCache.get(id)
    if (hit) return hit
    hit = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!
      hit.add(label(n))
      hit.add(n.callFrame.functionName)
    }
    stackCache.set(id, hit)
    return hit
  }
  const idle = (id: number): boolean => /^\((idle|program|root)\)$/.test(byId.get(id)!.callFrame.functionName)
  const selfBy = new Map<string, number>()
  const totalBy = new Map<string, number>()
  // Per watched function: total time and "calls" (bursts of consecutive samples, gaps < 2 ms merged).
  const watch = new Map(WATCH.map((w) => [w, { total: 0, bursts: [] as number[], open: false, lastAt: -Infinity }]))
  let busy = 0
  let at = 0
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    at += dt
    if (idle(id)) return
    busy += dt
    const n = byId.get(id)!
    selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + dt)
    const stack = stackOf(id)
    for (const k of stack) if (k.includes(' ')) totalBy.set(k, (totalBy.get(k) ?? 0) + dt)
    for (const [name, w] of watch) {
      if (!stack.has(name)) continue
      w.total += dt
      if (at - w.lastAt < 2 && w.bursts.length) w.bursts[w.bursts.length - 1]! += dt
      else w.bursts.push(dt)
      w.lastAt = at
    }
  })
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
  return [
    `  busy main-thread time (JS, GC): ${ms(busy)}${keys ? ` for ${keys} keys (${ms(busy / keys)} a key)` : ''}`,
    `  watched functions: total${keys ? ', per key' : ''}, runs (bursts of samples) and median run:`,
    ...[...watch.entries()].filter(([, w]) => w.total > 0).map(([k, w]) =>
      `    ${k.padEnd(22)} ${ms(w.total).padStart(9)}${keys ? `  ${ms(w.total / keys).padStart(8)}/key` : ''}  ${String(w.bursts.length).padStart(4)} runs  median ${ms(quantile(w.bursts, 0.5))}, max ${ms(Math.max(...w.bursts))}`),
    '  inclusive time, top 20:',
    ...top(totalBy, 20).map(([k, t]) => `    ${ms(t).padStart(9)}  ${k}`),
    '  self time, top 12:',
    ...top(selfBy, 12).map(([k, t]) => `    ${ms(t).padStart(9)}  ${k}`),
  ]
}

async function profileRuns(tmp: string, codeDir: string): Promise<string[]> {
  const { rendererConfig } = await import('../../vite.renderer.config.js')
  const { startWebHost } = await import('../../main/web/server.js')
  const { chromium } = await import('playwright-core')
  const outDir = path.join(tmp, 'renderer-unminified')
  await buildForProduction({ ...rendererConfig, logLevel: 'warn', configFile: false, build: { ...rendererConfig.build, outDir, minify: false } })
  fs.mkdirSync(path.join(tmp, 'p-projects'), { recursive: true })
  const host = await startWebHost({ rendererDir: outDir, samplesDir: path.join(ROOT, 'samples'), projectsDir: path.join(tmp, 'p-projects'), stateDir: path.join(tmp, 'p-state'), version: 'bench' })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] })
  const PK = 30
  const lines: string[] = []
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    await context.addInitScript(INIT_SCRIPT)
    const page = await context.newPage()
    const cdp: CDPSession = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    const profiled = async <T>(what: () => Promise<T>): Promise<[T, CpuProfile]> => {
      await cdp.send('Profiler.start')
      const r = await what()
      const { profile } = await cdp.send('Profiler.stop')
      return [r, profile as unknown as CpuProfile]
    }
    // (a) the first load with the 273f sample
    const [, load] = await profiled(async () => {
      await page.goto(host.appUrl)
      await page.waitForFunction(() => window.__uib.firstRow?.paintedAt !== undefined)
    })
    const fp = await page.evaluate(() => window.__uib.firstRow!.rafAt!)
    lines.push('', `Profile of the first load with art. 273f (unminified build; diff in frame at ${ms(fp)}):`, ...summariseProfile(load))
    // (b) 30 keys in 273f
    const [s273, p273] = await profiled(() => typeSeries(page, 'profile 273f', { label: 'Artikel 273f, lid 8', al: '.pm-editor .pm-lid[data-nr="8"] > .pm-al' }, PK, { interval: INTERVAL_MS }))
    lines.push('', `Profile of ${PK} keystrokes in art. 273f (p50 ${ms(quantile(s273.frame, 0.5))} under the profiler):`, ...summariseProfile(p273, PK))
    // (c) 30 keys in the code
    await page.goto(host.appUrl)
    await page.locator('table.side-by-side tbody tr').first().waitFor()
    const [opened, pOpen] = await profiled(() => openCode(page, codeDir))
    lines.push('', `Profile of opening the code: proposal, then current text (unminified build; ${ms(opened.proposedMs)} + ${ms(opened.currentMs)}):`, ...summariseProfile(pOpen))
    const target = await pickCodeTarget(page)
    const [sCode, pCode] = await profiled(() => typeSeries(page, 'profile code', target, PK, { interval: INTERVAL_MS }))
    lines.push('', `Profile of ${PK} keystrokes in the ${ARTICLES}-article code (p50 ${ms(quantile(sCode.frame, 0.5))} under the profiler):`, ...summariseProfile(pCode, PK))
    const [sFast, pFast] = await profiled(() => typeSeries(page, 'profile code fast', target, PK, { interval: 0 }))
    lines.push('', `Profile of ${PK} back-to-back keystrokes in the code, the fast path alone if no full comparison slipped in (p50 ${ms(quantile(sFast.frame, 0.5))} under the profiler):`, ...summariseProfile(pFast, PK))
    return lines
  } finally {
    await browser.close()
    await host.close()
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  if (!chromiumAvailable()) {
    log(`ui-bench: no Chromium at ${CHROMIUM}; set CHROMIUM_PATH`)
    return 2
  }
  const started = Date.now()
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-uibench-'))
  let h: Harness | null = null
  let context: BrowserContext | null = null
  const lines: string[] = []
  let missed = false
  try {
    log('ui-bench: generating the code, building the renderer if stale, starting the host …')
    const pair = generatePair({ articles: ARTICLES, seed: SEED })
    fs.writeFileSync(path.join(tmp, 'geldend.txt'), pair.oldText)
    fs.writeFileSync(path.join(tmp, 'nieuw.txt'), pair.newText)
    h = await startHarness()

    log(`ui-bench: first paint, ${LOADS} fresh page loads …`)
    const { loads, api } = await firstPaint(h, LOADS)

    context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } })
    await context.addInitScript(INIT_SCRIPT)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(h.host.appUrl)
    await page.locator('table.side-by-side tbody tr').first().waitFor()

    log(`ui-bench: ${KEYS} keystrokes in art. 273f …`)
    const s273 = await typeSeries(page, 'art. 273f', { label: 'Artikel 273f, lid 8', al: '.pm-editor .pm-lid[data-nr="8"] > .pm-al' }, KEYS, { interval: INTERVAL_MS })

    log(`ui-bench: opening the ${ARTICLES}-article code through the open-text dialogs …`)
    // The 273f typing made the proposal dirty: a fresh page (the recovery banner does not block).
    await page.goto(h.host.appUrl)
    await page.locator('table.side-by-side tbody tr').first().waitFor()
    const opened = await openCode(page, tmp)
    const target = await pickCodeTarget(page)
    log(`ui-bench: ${KEYS} keystrokes in the code (${target.label}) …`)
    const sCode = await typeSeries(page, `${ARTICLES}-article code`, target, KEYS, { interval: INTERVAL_MS })
    log(`ui-bench: ${FAST_KEYS} back-to-back keystrokes in the code (the fast path alone) …`)
    const sFast = FAST_KEYS > 0 ? await typeSeries(page, 'code, back-to-back keys', target, FAST_KEYS, { interval: 0 }) : null
    log(`ui-bench: ${PAUSE_KEYS} keystrokes after 450 ms pauses (full comparison running) …`)
    const sPause = PAUSE_KEYS > 0 ? await typeSeries(page, 'code, after 450 ms pauses', target, PAUSE_KEYS, { pause: 450 }) : null
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN)
    if (errors.length) lines.push(`Page errors: ${errors.join(' | ')}`)

    // --- report
    const med = (k: string) => quantile(loads.map((l) => l[k]!), 0.5)
    const fp = med('frame')
    const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
    const W = [54, 9, 9, 9, 13, 6]
    lines.push('', `Renvooi UI benchmark — Chromium ${h.browser.version()}, browser host, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`, '')
    lines.push(row(['measure', 'p50', 'p95', 'max', 'target', ''], W))
    lines.push('-'.repeat(W.reduce((a, b) => a + b + 2, 0)))
    const verdict = (v: number, t: number) => {
      const pass = v < t
      if (!pass) missed = true
      return pass ? 'PASS' : 'MISS'
    }
    lines.push(row([`first paint, 273f (nav start → diff; ${LOADS} loads)`, ms(fp), ms(quantile(loads.map((l) => l.frame!), 0.95)), ms(Math.max(...loads.map((l) => l.frame!))), `< ${TARGETS.firstPaintMs} ms`, verdict(fp, TARGETS.firstPaintMs)], W))
    for (const [s, t] of [[s273, TARGETS.key273fP95Ms], [sCode, TARGETS.keyCodeP95Ms]] as const) {
      const p95 = quantile(s.frame, 0.95)
      lines.push(row([`keystroke → diff, ${s.name} (n=${s.frame.length})`, ms(quantile(s.frame, 0.5)), ms(p95), ms(Math.max(...s.frame)), `p95 < ${t} ms`, verdict(p95, t)], W))
      const domP95 = quantile(s.dom, 0.95)
      lines.push(row(['  info: same, keydown → DOM updated (no frame)', ms(quantile(s.dom, 0.5)), ms(domP95), ms(Math.max(...s.dom)), '', `(${domP95 < t ? 'pass' : 'miss'})`], W))
    }
    for (const s of [sFast, sPause]) {
      if (s) lines.push(row([`  info: ${s.name} (n=${s.frame.length})`, ms(quantile(s.frame, 0.5)), ms(quantile(s.frame, 0.95)), ms(Math.max(...s.frame)), '', ''], W))
    }
    lines.push('', 'Verdicts use the first frame in which the diff is there (requestAnimationFrame after the DOM shows it). That',
      'includes waiting for the next frame (up to 16.7 ms at 60 Hz): even a key that costs nothing averages ~8 ms, so a',
      'frame-based p95 < 16 ms needs the work done within the frame the key arrived in; the "DOM updated" line leaves the wait out.',
      `Keystrokes: from the keydown event's timeStamp; a key every ${INTERVAL_MS} ms, or right after the previous key's diff when that is slower; spaces typed, not measured.`,
      `Load average while running: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) on ${os.cpus().length} CPUs — other work on the machine inflates these figures.`)
    lines.push('', 'Detail, first paint (ms from navigation start, median of loads; first load in brackets):')
    for (const [k, what] of [['responseEnd', 'HTML received'], ['scriptLoaded', 'bundle received'], ['domContentLoaded', 'DOMContentLoaded'], ['fcp', 'first contentful paint'], ['apiStart', 'first HostApi call sent'], ['apiDone', 'last HostApi call answered'], ['rowInserted', 'first diff row in the DOM'], ['frame', 'frame with the diff (rAF)'], ['painted', 'after that frame painted'], ['longestTask', 'longest task (duration)']] as const) {
      lines.push(`  ${what.padEnd(30)} ${ms(med(k)).padStart(9)}  [${ms(loads[0]![k]!)}]`)
    }
    lines.push(`  HostApi calls before the diff: ${loads[0]!.apiCalls} (last load, ms: ${api}); rows: ${loads[0]!.rows}`)
    lines.push('', 'Detail, keystrokes (p50 / p95 / max, ms from the keydown timeStamp):')
    for (const s of [s273, sCode, sFast, sPause]) {
      if (!s) continue
      const f = (xs: number[]) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} / ${ms(Math.max(...xs))}`
      lines.push(`  ${s.name}:`)
      lines.push(`    waiting for the main thread (keydown handler)   ${f(s.queued)}`)
      lines.push(`    DOM shows the new text (script work done)       ${f(s.dom)}`)
      lines.push(`    frame with the new text (rAF)                   ${f(s.frame)}`)
      lines.push(`    after that frame painted                        ${f(s.painted)}`)
      const lt = s.longTasks
      lines.push(`    long tasks (> 50 ms) during the series: ${lt.length}${lt.length ? `, longest ${ms(Math.max(...lt.map((t) => t.duration)))}, median ${ms(quantile(lt.map((t) => t.duration), 0.5))}` : ''}`)
      if (s.failures.length) lines.push(`    failures: ${s.failures.join('; ')}`)
    }
    lines.push('', `Opening the code (${pair.truth.articles.old} → ${pair.truth.articles.new} articles, ${pair.truth.units.old} → ${pair.truth.units.new} units, ${Math.round(pair.oldText.length / 1024)} + ${Math.round(pair.newText.length / 1024)} KB plain text) through the dialogs' file inputs:`)
    lines.push(`  proposal (273f current vs code)  ${ms(opened.proposedMs)} (wall clock, file chosen → rows)`)
    lines.push(`  current text (the full compare)  ${ms(opened.currentMs)} (change event → diff painted; ${opened.rows} rows, ${opened.rendered} of them rendered)`)
    lines.push(`  JS heap after typing             ${Number.isFinite(heap) ? `${Math.round(heap / 1048576)} MB` : '—'}`)
    await context.close()
    context = null

    if (PROFILE) {
      log('ui-bench: profiling (unminified build) …')
      lines.push(...(await profileRuns(tmp, tmp)))
    }
    lines.push('', `ui-bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
    process.stdout.write(lines.join('\n') + '\n')
    return STRICT && missed ? 1 : 0
  } finally {
    await context?.close().catch(() => {})
    await h?.close().catch(() => {})
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  log(`ui-bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`)
  process.exit(1)
})
