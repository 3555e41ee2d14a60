/**
 * The non-punishment workbench in real Chromium: choose UK s.45, change the minors parameter,
 * insert the clause as a new lid of art. 273f, see it in the structured diff, and compare the
 * variant with the Belgian model; then the same workbench in English.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ARTIFACTS, chromiumAvailable, sampleSession } from './browser-harness.js'

describe.skipIf(!chromiumAvailable())('browser host: non-punishment workbench', () => {
  const session = sampleSession()
  const { errors } = session
  let page: Page
  beforeAll(() => {
    page = session.page
  })

  it('drafts from UK s.45 with an own minors test and inserts it as a new lid', async () => {
    await page.getByRole('tab', { name: 'Non-punishment' }).click()
    const selected = page.locator('section.np-selected')
    await selected.waitFor()
    const before = await selected.locator('textarea').inputValue()
    // s.45(4): no compulsion for a child. Make the drafter's variant ask for it after all.
    await page.getByLabel('Eigen toets voor minderjarigen').check()
    const minors = page.getByLabel('Minderjarigen: dwang')
    expect(await minors.inputValue()).toBe('none')
    await minors.selectOption('compelled')
    const after = await selected.locator('textarea').inputValue()
    // The parameter change shows in the Dutch draft at once.
    expect(after).not.toBe(before)
    expect(after).toMatch(/achttien jaren/)
    await page.screenshot({ path: path.join(ARTIFACTS, '20-provisions-workbench.png') })

    await page.getByRole('button', { name: 'Invoegen als lid' }).click()
    // The sample's lid 9 is a non-punishment clause already: the workbench warns, naming it.
    const warning = page.getByRole('alertdialog')
    await warning.waitFor()
    expect(await warning.innerText()).toMatch(/Artikel 273f, lid 9/)
    await page.screenshot({ path: path.join(ARTIFACTS, '20b-provisions-second-clause-warning.png') })
    await page.getByRole('button', { name: 'Toch invoegen' }).click()
    // Back in the comparison: the clause is a new lid (the sample already has a lid 9, so 10).
    const row = page.locator('table.side-by-side tbody tr', { has: page.locator('.cell-new .nr', { hasText: /^10\.$/ }) })
    await row.first().waitFor()
    await expect(row.count()).resolves.toBe(1)
    await expect(row.locator('[data-badge="nieuw"]').count()).resolves.toBe(1)
    // …and it is the current row, in view, so the drafter sees what was inserted.
    await expect.poll(() => row.first().getAttribute('aria-current')).toBe('true')
    // The editor went to it too.
    await page.waitForTimeout(600)
    const inEditor = await page.evaluate(() => {
      const m = document.querySelector('.editor-mount')!.getBoundingClientRect()
      const b = document.querySelector('.pm-editor .pm-lid[data-nr="10"]')!.getBoundingClientRect()
      return b.bottom > m.top && b.top < m.bottom
    })
    expect(inEditor).toBe(true)
    expect(await row.locator('.cell-new').innerText()).toContain(after.slice(-60).trim())
    await row.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, '21-provision-inserted.png') })
    // One step of the editor's history: undo takes the clause out again, redo puts it back.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    await expect.poll(() => row.count()).toBe(0)
    await page.getByRole('button', { name: 'Opnieuw' }).click()
    await expect.poll(() => row.count()).toBe(1)
  })

  it('compares the variant with the Belgian model, differences marked in words', async () => {
    await page.getByRole('tab', { name: 'Non-punishment' }).click()
    // The workbench kept the drafter's work while the comparison was shown: the minors' test set above.
    await expect(page.getByLabel('Minderjarigen: dwang').inputValue()).resolves.toBe('compelled')
    await page.getByLabel('Nieuwe variant naar').selectOption('be-433quinquies')
    await page.getByRole('button', { name: 'Variant toevoegen' }).click()
    const differs = page.locator('table.np-table .np-badge-differs')
    await differs.first().waitFor()
    expect(await differs.count()).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(ARTIFACTS, '22-provisions-compared.png') })
    // …and a look at the comments does not lose the new variant either.
    const variantCount = await page.locator('.np-variants button').count()
    await page.getByRole('tab', { name: 'Opmerkingen' }).click()
    await page.getByRole('tab', { name: 'Non-punishment' }).click()
    await expect(page.locator('.np-variants button').count()).resolves.toBe(variantCount)
    await expect(page.locator('table.np-table .np-badge-differs').count()).resolves.toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('shows the workbench in English when the interface is switched, the draft staying Dutch', async () => {
    await page.getByLabel('Taal').selectOption('en')
    await page.getByRole('tab', { name: 'Non-punishment' }).click()
    await page.getByRole('button', { name: 'Add variant' }).waitFor()
    const draft = page.getByLabel('Draft text (Dutch)')
    expect(await draft.inputValue()).toMatch(/slachtoffer/)
    await expect(page.getByRole('region', { name: 'Variants compared' }).locator('.np-badge-differs').first().textContent()).resolves.toBe(' differs')
    await expect(page.getByRole('button', { name: 'Insert as paragraph (lid)' }).count()).resolves.toBe(1)
    await expect(page.getByText('Variant toevoegen').count()).resolves.toBe(0)
    // The panel scrolls inside the window: a tall viewport shows the whole workbench in one picture.
    const viewport = page.viewportSize()!
    await page.setViewportSize({ width: viewport.width, height: 3000 })
    await page.screenshot({ path: path.join(ARTIFACTS, '23-provisions-english.png') })
    await page.setViewportSize(viewport)
    await page.getByLabel('Language').selectOption('nl')
    expect(errors).toEqual([])
  })
})
