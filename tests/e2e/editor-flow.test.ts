/**
 * The drafter's flow in real Chromium through the browser host: the art. 273f sample opens by
 * default, renumbered leden show as renumbered, typing changes the renvooi, the project saves,
 * survives a reload, and bad files get a clear message and stay untouched.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { ARTIFACTS, ROOT, chromiumAvailable, sampleSession } from './browser-harness.js'

/** Puts the caret at the very end of an alinea (End alone stops at the end of a wrapped line). */
async function caretAtEnd(page: Page, selector: string): Promise<void> {
  const al = page.locator(selector).first()
  const box = (await al.boundingBox())!
  await al.click({ position: { x: box.width - 2, y: box.height - 4 } })
  await page.keyboard.press('End')
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false })

describe.skipIf(!chromiumAvailable())('browser host: editing art. 273f', () => {
  const session = sampleSession()
  const { errors } = session
  let page: Page
  beforeAll(() => {
    page = session.page
  })

  it('opens the art. 273f sample with renumbered leden shown as renumbered', async () => {
    const row = page.locator('table.side-by-side tbody tr', { hasText: 'Uitbuiting omvat ten minste' })
    await expect(row.locator('[data-badge="vernummerd"]').count()).resolves.toBe(1)
    await expect(row.locator('.cell-old .nr').innerText()).resolves.toBe('2.')
    await expect(row.locator('.cell-new .nr').innerText()).resolves.toBe('3.')
    // lid 7 → lid 8: same words, new number.
    const lid8 = page.locator('table.side-by-side tbody tr', { hasText: 'Artikel 251 is van overeenkomstige toepassing' })
    await expect(lid8.getAttribute('data-kind')).resolves.toBe('unchanged')
    await expect(lid8.locator('[data-badge="vernummerd"]').count()).resolves.toBe(1)
    await shot(page, '01-sample-side-by-side')
    expect(errors).toEqual([])
  })

  const seriousViolations = async (): Promise<string[]> => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }

  it('has no serious accessibility violations', async () => {
    await expect(seriousViolations()).resolves.toEqual([])
  })

  it('moves to the next change by keyboard', async () => {
    await page.locator('body').press('Alt+ArrowDown')
    const current = page.locator('tr[aria-current="true"]')
    await current.waitFor()
    await expect(current.locator('.badge').count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('.change-position').innerText()).resolves.toMatch(/Wijziging 1 van \d+/)
  })

  it('updates the renvooi while typing in the editor', async () => {
    await caretAtEnd(page, '.pm-editor .pm-lid[data-nr="8"] .pm-al')
    await page.keyboard.type(' Zie ook artikel 273g.')
    const lid8 = page.locator('table.side-by-side tbody tr', { hasText: 'Artikel 251 is van overeenkomstige toepassing' })
    await lid8.locator('ins', { hasText: '273g' }).waitFor()
    await expect(lid8.getAttribute('data-kind')).resolves.toBe('modified')
    await expect(page.locator('.unsaved-marker').count()).resolves.toBe(1)
    await lid8.scrollIntoViewIfNeeded()
    await shot(page, '02-edited-renvooi')
    // The inline view shows the same comparison.
    await page.getByRole('tab', { name: 'Renvooi' }).click()
    await page.locator('.inline-view ins', { hasText: '273g' }).waitFor()
    await shot(page, '03-inline-view')
    await expect(seriousViolations()).resolves.toEqual([])
    await page.getByRole('tab', { name: 'Structuur' }).click()
    await page.locator('.outline-view [data-badge="gesplitst"]').first().waitFor()
    await shot(page, '04-outline-view')
    await expect(seriousViolations()).resolves.toEqual([])
    await page.getByRole('tab', { name: 'Naast elkaar' }).click()
  })

  it('undoes and redoes the edit', async () => {
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    const lid8 = page.locator('table.side-by-side tbody tr', { hasText: 'Artikel 251 is van overeenkomstige toepassing' })
    await expect.poll(() => lid8.locator('ins', { hasText: '273g' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Opnieuw' }).click()
    await lid8.locator('ins', { hasText: '273g' }).waitFor()
  })

  it('brings the row of the unit the caret is in into view', async () => {
    const row = page.locator('table.side-by-side td [data-unit-path="artikel:273f/lid:9"]').first()
    const panel = page.locator('#view-panel')
    const inView = async (): Promise<boolean> => {
      const [r, p] = await Promise.all([row.boundingBox(), panel.boundingBox()])
      return !!r && !!p && r.y >= p.y - 1 && r.y + Math.min(r.height, 40) <= p.y + p.height + 1
    }
    await page.locator('#view-panel').evaluate((el) => { el.scrollTop = 0 })
    expect(await inView()).toBe(false)
    // (The caret is in lid 8 since the edit above: lid 9 is another unit.)
    await page.locator('.pm-editor .pm-lid[data-nr="9"] .pm-al').first().click({ position: { x: 4, y: 4 } })
    await expect.poll(inView).toBe(true)
    // The caret stays in the editor.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('pm-editor'))).resolves.toBe(true)
  })

  it('saves the project and finds the edit again after a reload', async () => {
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Project opslaan als' })
    await dialog.waitFor()
    await expect(seriousViolations()).resolves.toEqual([])
    await dialog.getByLabel('Naam').fill('e2e-273f')
    await dialog.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('status').filter({ hasText: 'Opgeslagen als e2e-273f.renvooi' }).waitFor()
    const saved = JSON.parse(fs.readFileSync(path.join(session.harness.projectsDir, 'e2e-273f.renvooi'), 'utf8'))
    expect(saved.format).toBe('renvooi.project')
    expect(saved.versions[1].content).toContain('Zie ook artikel 273g.')

    await page.reload()
    await page.locator('table.side-by-side tbody tr').first().waitFor()
    await page.getByRole('button', { name: 'Project openen…' }).click()
    await page.getByRole('dialog', { name: 'Project openen' }).getByRole('button', { name: 'e2e-273f.renvooi' }).click()
    await page.locator('.pm-editor', { hasText: 'Zie ook artikel 273g.' }).waitFor()
    await expect(page.locator('h1 .project-name').innerText()).resolves.toBe('e2e-273f.renvooi')
    await page.locator('table.side-by-side ins', { hasText: '273g' }).first().waitFor()
    await shot(page, '05-reopened-project')
  })

  it('offers to recover unsaved typing after a reload', async () => {
    await caretAtEnd(page, '.pm-editor .pm-lid[data-nr="7"] .pm-al')
    await page.keyboard.type(' Herstelproef.')
    await page.waitForTimeout(2500) // autosave runs 1.5 s after typing stops
    page.once('dialog', (d) => void d.accept()) // the beforeunload prompt
    await page.reload()
    const banner = page.getByRole('region', { name: 'Niet-opgeslagen werk gevonden' })
    await banner.waitFor()
    await shot(page, '06-recovery-offered')
    // Typing before choosing must not overwrite the copy on offer (one slot; autosave after 1.5 s).
    await caretAtEnd(page, '.pm-editor .pm-lid[data-nr="6"] .pm-al')
    await page.keyboard.type(' Tussendoor.')
    await page.waitForTimeout(2500)
    // …so another reload still offers the first session's work.
    page.once('dialog', (d) => void d.accept())
    await page.reload()
    await banner.waitFor()
    await caretAtEnd(page, '.pm-editor .pm-lid[data-nr="6"] .pm-al')
    await page.keyboard.type(' Tussendoor.')
    await banner.getByRole('button', { name: 'Herstellen' }).click()
    // The guard asks about the unsaved typing of this session first.
    await page.getByRole('dialog').getByRole('button', { name: 'Niet opslaan' }).click()
    await page.locator('.pm-editor', { hasText: 'Herstelproef.' }).waitFor()
    await expect(page.locator('.pm-editor', { hasText: 'Tussendoor.' }).count()).resolves.toBe(0)
    await expect(page.locator('.unsaved-marker').count()).resolves.toBe(1)
  })

  it('refuses a damaged project with a clear message and leaves it untouched', async () => {
    // Save first, so that opening does not ask about unsaved changes.
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'Opgeslagen als' }).waitFor()
    const bad = path.join(session.harness.projectsDir, 'kapot.renvooi')
    fs.writeFileSync(bad, '{ "format": "renvooi.project", "version": 1, "title": ')
    const before = fs.readFileSync(bad)
    await page.getByRole('button', { name: 'Project openen…' }).click()
    await page.getByRole('dialog', { name: 'Project openen' }).getByRole('button', { name: 'kapot.renvooi' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toMatch(/kapot\.renvooi is geen geldig Renvooi-project en is niet gewijzigd/)
    expect(fs.readFileSync(bad).equals(before)).toBe(true)
    // The open project is still there and usable.
    await page.locator('.pm-editor', { hasText: 'Herstelproef.' }).waitFor()
    await shot(page, '07-damaged-project-message')
    await alert.getByRole('button', { name: 'Sluiten' }).click()
  })

  it('names the file and line of a text that cannot be read', async () => {
    await page.getByRole('button', { name: 'Voorstel…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Voorstel openen' })
    await dialog.locator('input[type=file]').setInputFiles({ name: 'leeg.md', mimeType: 'text/markdown', buffer: Buffer.from('Alleen een zin, geen artikel.\n') })
    const alert = page.getByRole('alert')
    await alert.waitFor()
    await expect(alert.innerText()).resolves.toContain('leeg.md')
    await alert.getByRole('button', { name: 'Sluiten' }).click()
    // BWB XML that breaks off: the message names the file and the line.
    await page.getByRole('button', { name: 'Huidige tekst…' }).click()
    await page.getByRole('dialog', { name: 'Huidige tekst openen' }).locator('input[type=file]').setInputFiles({
      name: 'kapot.xml', mimeType: 'application/xml',
      buffer: Buffer.from('<?xml version="1.0"?>\n<wetgeving>\n<artikel>\n<kop><nr>1</nr></kop>\n</wetgeving>\n'),
    })
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/^kapot\.xml, regel 5: /)
    await expect(page.locator('table.side-by-side tbody tr').count()).resolves.toBeGreaterThan(10) // still usable
    await shot(page, '08-bad-text-message')
    expect(errors).toEqual([])
  })

  it('replaces the current text with a dropped file', async () => {
    const current = fs.readFileSync(path.join(ROOT, 'samples', '273f-current.md'), 'utf8').replace('van ten hoogste twaalf jaren', 'van ten hoogste tien jaren')
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer()
      dt.items.add(new File([text], 'geldend-gewijzigd.md', { type: 'text/markdown' }))
      return dt
    }, current)
    await page.locator('td.cell-old').first().dispatchEvent('drop', { dataTransfer: transfer })
    const lid1 = page.locator('table.side-by-side tbody tr', { hasText: 'Als schuldig aan mensenhandel wordt' }).first()
    await lid1.locator('.cell-old del', { hasText: 'tien' }).waitFor()
    await expect(lid1.getAttribute('data-kind')).resolves.toBe('modified')
    await lid1.scrollIntoViewIfNeeded()
    await shot(page, '09-dropped-current-text')
  })

  it('renumbers a lid through its number field', async () => {
    await page.locator('.pm-editor .pm-lid[data-nr="9"] .pm-al').first().click()
    const field = page.getByLabel('Nummer van dit lid')
    await expect.poll(() => field.inputValue()).toBe('9')
    await field.fill('10')
    await page.getByRole('button', { name: 'Nummer wijzigen' }).click()
    await page.locator('.pm-editor .pm-lid[data-nr="10"]').waitFor()
    const row = page.locator('table.side-by-side tbody tr', { hasText: 'Niet strafbaar is het slachtoffer' })
    await expect(row.locator('.cell-new .nr').innerText()).resolves.toBe('10.')
    await row.scrollIntoViewIfNeeded()
    await shot(page, '10-renumbered-lid')
    await page.keyboard.press('Control+z')
    await page.locator('.pm-editor .pm-lid[data-nr="9"]').waitFor()
  })

  it('refuses to give a lid the number of its neighbour', async () => {
    await page.locator('.pm-editor .pm-lid[data-nr="8"] .pm-al').first().click()
    const field = page.getByLabel('Nummer van dit lid')
    await expect.poll(() => field.inputValue()).toBe('8')
    await field.fill('9')
    await expect(page.getByRole('alert').filter({ hasText: 'Er is hier al een lid 9' }).count()).resolves.toBe(1)
    await expect(page.getByRole('button', { name: 'Nummer wijzigen' }).isDisabled()).resolves.toBe(true)
    await field.press('Enter')
    await shot(page, '10b-number-taken')
    // Nothing changed: still one lid 9, and lid 8 where it was.
    await expect(page.locator('.pm-editor .pm-lid[data-nr="9"]').count()).resolves.toBe(1)
    await expect(page.locator('.pm-editor .pm-lid[data-nr="8"]').count()).resolves.toBe(1)
    await field.fill('8')
  })

  it('steps through the outline by keyboard, each unit shown in the editor', async () => {
    await page.getByRole('tab', { name: 'Structuur' }).click()
    const items = page.locator('.outline-view .outline-item')
    await items.first().focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-row'))).toBe('2')
    await expect.poll(() => page.locator('.outline-view li[data-row="2"] .outline-item').getAttribute('aria-current')).toBe('true')
    // The unit is marked for a moment in the editor, so the eye finds it.
    await expect.poll(() => page.locator('.pm-editor .revealed').count(), { timeout: 1000 }).toBe(1)
    await page.keyboard.press('End')
    const last = String((await items.count()) - 1)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-row'))).toBe(last)
    // A removed unit has no place in the proposal: the status line says so.
    await page.locator('.outline-view li[data-kind="deleted"] .outline-item').first().click()
    await expect.poll(() => page.locator('.message.status').innerText()).toMatch(/vervalt: het staat alleen nog in de huidige tekst/)
    await shot(page, '10c-outline-keyboard')
    await page.getByRole('tab', { name: 'Naast elkaar' }).click()
  })

  it('switches the interface to English', async () => {
    await page.getByLabel('Taal').selectOption('en')
    await page.getByRole('tab', { name: 'Side by side' }).waitFor()
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await shot(page, '11-english')
    await page.getByLabel('Language').selectOption('nl')
  })
})
