/**
 * A whole code (1,500 generated articles, some 11,000 rows) in real Chromium: the full comparison
 * runs in a worker with a progress indicator that can cancel it, the views are windowed (only rows
 * near the viewport in the DOM), and next/previous change and keyboard focus still work.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { ARTIFACTS, chromiumAvailable, sampleSession } from './browser-harness.js'
import { generatePair } from '../bench/generate.js'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts, type ComparisonStats } from '../../shared/compare/index.js'

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false })
const rowCount = (page: Page) => page.evaluate(() => Number(document.querySelector('table.side-by-side')?.getAttribute('aria-rowcount') ?? 0) - 1)
const renderedRows = (page: Page, selector = 'table.side-by-side tbody tr[data-row]') => page.locator(selector).count()

interface Hold { __holdCompare: boolean }

/** Runs in the page before the app: the comparison worker's 'done' answers wait while `__holdCompare` is set (and are dropped; a cancelled run's answer is never wanted). */
function holdCompareResults(): void {
  const w = window as unknown as Hold & { Worker: typeof Worker }
  w.__holdCompare = false
  const Native = w.Worker
  const wrapped = new WeakMap<object, EventListener>()
  w.Worker = class extends Native {
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
      if (type !== 'message' || typeof listener !== 'function') return super.addEventListener(type, listener, options)
      const held: EventListener = (e) => {
        if (w.__holdCompare && (e as MessageEvent<{ type?: string }>).data?.type === 'done') return
        listener.call(this, e)
      }
      wrapped.set(listener, held)
      super.addEventListener(type, held, options)
    }

    override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
      super.removeEventListener(type, wrapped.get(listener) ?? listener, options)
    }
  }
}

describe.skipIf(!chromiumAvailable())('browser host: a whole code', () => {
  const session = sampleSession()
  const { errors } = session
  let page: Page
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-code-'))
  let expectedStats: ComparisonStats
  beforeAll(() => {
    page = session.page
    const pair = generatePair({ articles: 1500, seed: 1 })
    fs.writeFileSync(path.join(dir, 'geldend.txt'), pair.oldText)
    fs.writeFileSync(path.join(dir, 'nieuw.txt'), pair.newText)
    const read = (text: string, name: string) => parseText(text, { name, format: 'text' }).text
    expectedStats = compareTexts(read(pair.oldText, 'geldend.txt'), read(pair.newText, 'nieuw.txt')).stats
    // Another current text, for a comparison to watch and cancel (its result is held back, below).
    fs.writeFileSync(path.join(dir, 'groot.txt'), generatePair({ articles: 2000, seed: 2 }).oldText)
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('compares in a worker, showing progress that can be cancelled', async () => {
    // A comparison of a code takes about half a second here, less than it takes to click Cancel.
    // So that the test does not race the engine, the worker's final answer is held back while
    // `__holdCompare` is set (the page's Worker is wrapped before the app loads).
    await page.addInitScript(holdCompareResults)
    await page.reload()
    await page.locator('table.side-by-side tbody tr').first().waitFor()
    // The proposal first: the code against the 273f sample.
    await page.getByRole('button', { name: 'Voorstel…' }).click()
    await page.getByRole('dialog', { name: 'Voorstel openen' }).locator('input[type=file]').setInputFiles(path.join(dir, 'nieuw.txt'))
    await page.waitForFunction(() => Number(document.querySelector('table.side-by-side')?.getAttribute('aria-rowcount')) > 1000, undefined, { timeout: 120_000 })
    await page.waitForFunction(() => !document.querySelector('#view-panel[aria-busy="true"]'), undefined, { timeout: 120_000 })
    // Then a large current text: the full comparison runs in the worker, with its progress.
    const progress = page.locator('.compare-progress[data-stage]')
    const cancelled = page.locator('.compare-progress.cancelled')
    const openCurrent = async (file: string) => {
      await page.getByRole('button', { name: 'Huidige tekst…' }).click()
      await page.getByRole('dialog', { name: 'Huidige tekst openen' }).locator('input[type=file]').setInputFiles(path.join(dir, file))
    }
    await page.evaluate(() => { (window as unknown as Hold).__holdCompare = true })
    await openCurrent('groot.txt')
    await progress.waitFor({ timeout: 30_000 })
    await expect(page.locator('#view-panel').getAttribute('aria-busy')).resolves.toBe('true')
    await expect(page.getByRole('status').filter({ hasText: /^Vergelijken… stap \d van 3: / }).count()).resolves.toBe(1)
    await shot(page, '51-compare-progress')
    // The window stays usable meanwhile: the tabs switch.
    await page.getByRole('tab', { name: 'Structuur' }).click()
    await page.getByRole('tab', { name: 'Naast elkaar' }).click()
    await progress.getByRole('button', { name: 'Annuleren' }).click()
    await cancelled.waitFor()
    await page.evaluate(() => { (window as unknown as Hold).__holdCompare = false })
    await expect(page.getByRole('status').filter({ hasText: 'Vergelijking afgebroken.' }).count()).resolves.toBe(1)
    await expect(page.locator('#view-panel').getAttribute('aria-busy')).resolves.toBeNull()
    // … and compare after all.
    await cancelled.getByRole('button', { name: 'Toch vergelijken' }).click()
    await progress.waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => !document.querySelector('#view-panel[aria-busy="true"]'), undefined, { timeout: 120_000 })
    await expect(page.locator('table.side-by-side thead .side-label', { hasText: 'groot.txt' }).count()).resolves.toBe(1)
    // The code's own current text, for the tests below.
    await openCurrent('geldend.txt')
    await page.locator('table.side-by-side thead .side-label', { hasText: 'geldend.txt' }).waitFor()
    await page.waitForFunction(() => !document.querySelector('#view-panel[aria-busy="true"]'), undefined, { timeout: 120_000 })
    // The same counts as the engine gives in Node for this pair.
    await expect(page.locator('[data-testid="stats"]').innerText()).resolves.toMatch(new RegExp(`^${expectedStats.modified} gewijzigd, ${expectedStats.inserted} nieuw`))
    // It ran in a worker (kept for the next comparison), not on the main thread.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/compare\.worker/)])
    expect(errors).toEqual([])
  })

  it('renders only the rows near the viewport, with spacers for the rest', async () => {
    const total = await rowCount(page)
    expect(total).toBeGreaterThan(10_000)
    const rendered = await renderedRows(page)
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(200)
    // The scrollbar stands for all rows: the panel scrolls far beyond the rendered rows.
    const scroll = await page.evaluate(() => document.querySelector('.view-panel')!.scrollHeight)
    expect(scroll).toBeGreaterThan(total * 30)
    await page.evaluate(() => {
      const p = document.querySelector('.view-panel')!
      p.scrollTop = p.scrollHeight / 2
    })
    await expect.poll(async () => page.evaluate(() => Number(document.querySelector('table.side-by-side tbody tr[data-row]:nth-child(2)')?.getAttribute('data-row')))).toBeGreaterThan(total / 3)
    // Rows in view are really in view (the spacer above is as high as the rows it replaces).
    const visible = await page.evaluate(() => {
      const p = document.querySelector('.view-panel')!.getBoundingClientRect()
      return [...document.querySelectorAll('table.side-by-side tbody tr[data-row]')].filter((r) => {
        const b = r.getBoundingClientRect()
        return b.bottom > p.top && b.top < p.bottom
      }).length
    })
    expect(visible).toBeGreaterThan(2)
    await shot(page, '50-code-side-by-side')
  })

  it('moves to the next change anywhere in the code and keeps it focused', async () => {
    await page.locator('body').press('Alt+ArrowDown')
    const current = page.locator('tr[aria-current="true"]')
    await current.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true')
    const first = Number(await current.getAttribute('data-row'))
    // Far away: the last change, through previous-change from the end is too slow; jump via the outline.
    await page.evaluate(() => {
      const p = document.querySelector('.view-panel')!
      p.scrollTop = p.scrollHeight
    })
    await page.waitForTimeout(200)
    const shownNow = await page.evaluate(() => [...document.querySelectorAll('table.side-by-side tbody tr[data-row]')].map((r) => Number(r.getAttribute('data-row'))))
    // The current row stays rendered (focus is not lost) though it is far from the viewport.
    expect(shownNow).toContain(first)
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-row'))).resolves.toBe(String(first))
    await page.locator('body').press('Alt+ArrowDown')
    await expect.poll(async () => Number(await page.locator('tr[aria-current="true"]').getAttribute('data-row'))).toBeGreaterThan(first)
    const box = await page.locator('tr[aria-current="true"]').boundingBox()
    const panel = await page.locator('.view-panel').boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(panel!.y - 1)
    expect(box!.y).toBeLessThan(panel!.y + panel!.height)
  })

  it('windows the inline view and the outline, without serious accessibility violations', async () => {
    // The comparison pane (the editor holds the whole code and is checked in editor-flow on art. 273f).
    const serious = async () => (await new AxeBuilder({ page }).include('#comparison').withTags(['wcag2a', 'wcag2aa']).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
    await expect(serious()).resolves.toEqual([])
    await page.getByRole('tab', { name: 'Renvooi' }).click()
    await page.locator('.inline-view [data-row]').first().waitFor()
    expect(await renderedRows(page, '.inline-view [data-row]')).toBeLessThan(300)
    await expect(serious()).resolves.toEqual([])
    await page.getByRole('tab', { name: 'Structuur' }).click()
    await page.locator('.outline-view li[data-row]').first().waitFor()
    expect(await renderedRows(page, '.outline-view li[data-row]')).toBeLessThan(300)
    await expect(serious()).resolves.toEqual([])
    await page.getByRole('tab', { name: 'Naast elkaar' }).click()
    expect(errors).toEqual([])
  })

  it('takes the drafter from an outline item to its unit in the editor', async () => {
    await page.getByRole('tab', { name: 'Structuur' }).click()
    // An article far down the code, not in the editor's view yet.
    await page.evaluate(() => {
      const p = document.querySelector('.view-panel')!
      p.scrollTop = p.scrollHeight * 0.7
    })
    const item = page.locator('.outline-view li[data-row] .outline-path', { hasText: /^Artikel \d+, lid \d+$/ }).first()
    await item.waitFor()
    const label = await item.innerText()
    const [, article, lid] = /^Artikel (\d+), lid (\d+)$/.exec(label)!
    const target = page.locator(`.pm-editor .pm-artikel[data-nr="${article}"] > .pm-lid[data-nr="${lid}"]`)
    const inEditorView = () => page.evaluate(([a, l]) => {
      const el = document.querySelector(`.pm-editor .pm-artikel[data-nr="${a}"] > .pm-lid[data-nr="${l}"]`)
      const mount = document.querySelector('.editor-mount')
      if (!el || !mount) return false
      const b = el.getBoundingClientRect()
      const m = mount.getBoundingClientRect()
      return b.bottom > m.top && b.top < m.bottom
    }, [article!, lid!] as const)
    await expect(target.count()).resolves.toBe(1)
    expect(await inEditorView()).toBe(false)
    await item.click()
    await expect.poll(inEditorView, { timeout: 5000 }).toBe(true)
    // …and it stays there once the articles around it have taken their real height (a single
    // scroll ended some 600 px too high: content-visibility and scroll anchoring).
    await page.waitForTimeout(800)
    await expect.poll(inEditorView, { timeout: 5000 }).toBe(true)
    // The focus stays in the outline, on the item, for the next one.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('outline-item'))).resolves.toBe(true)
    await shot(page, '52-outline-reveals-unit')
    await page.getByRole('tab', { name: 'Naast elkaar' }).click()
    expect(errors).toEqual([])
  })
})
