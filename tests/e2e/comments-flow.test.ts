/**
 * Comments in real Chromium: add a comment on "draagmoederschap" in lid 3 of the proposed art.
 * 273f, see it anchored there, type in front of it in the editor and see it still anchored on the
 * same words, then jump from the comment to its row in the comparison.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { ARTIFACTS, chromiumAvailable, sampleSession } from './browser-harness.js'

const PASSAGE = 'uitbuiting in het kader van draagmoederschap'

describe.skipIf(!chromiumAvailable())('browser host: consultation comments', () => {
  const session = sampleSession()
  const { errors } = session
  let page: Page
  beforeAll(() => {
    page = session.page
  })

  const card = () => page.locator('li.comment', { hasText: 'Valt draagmoederschap' })

  it('adds a comment on a passage of lid 3 and lists it as anchored there', async () => {
    await page.getByRole('tab', { name: 'Opmerkingen' }).click()
    const form = page.getByRole('form', { name: 'Opmerking toevoegen' })
    await form.getByLabel('Plaats (onderdeel van het voorstel)').selectOption('artikel:273f/lid:3')
    await form.getByLabel('Auteur').fill('M. de Vries')
    await form.getByLabel('Organisatie').fill('CoMensha')
    await form.getByLabel('Soort').selectOption('voorstel')
    // First a passage that is not in lid 3: refused, nothing added.
    await form.getByLabel('Passage (letterlijk uit dat onderdeel)').fill('Artikel 251 is van overeenkomstige toepassing')
    await form.getByLabel('Opmerking', { exact: true }).fill('Valt draagmoederschap zonder dwang hier ook onder? Graag verduidelijken in de toelichting.')
    await form.getByRole('button', { name: 'Opmerking toevoegen' }).click()
    await expect(form.getByRole('alert').innerText()).resolves.toContain('staat niet letterlijk in de tekst van artikel:273f/lid:3')
    await expect(page.locator('li.comment').count()).resolves.toBe(0)

    await form.getByLabel('Passage (letterlijk uit dat onderdeel)').fill(PASSAGE)
    await form.getByRole('button', { name: 'Opmerking toevoegen' }).click()
    await card().waitFor()
    await expect(card().getAttribute('data-state')).resolves.toBe('anchored')
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('artikel:273f/lid:3')
    await expect(card().locator('mark').innerText()).resolves.toBe(PASSAGE)
    // Found at its stored place, as it was just made.
    await expect(card().getAttribute('data-method')).resolves.toBe('position')
    await expect(page.locator('.unsaved-marker').count()).resolves.toBe(1)
  })

  it('keeps the comment on its words when the drafter types in front of them', async () => {
    const lid3 = page.locator('.pm-editor .pm-lid[data-nr="3"] .pm-al').first()
    await lid3.click({ position: { x: 2, y: 4 } })
    await page.keyboard.press('Home')
    await page.keyboard.type('Voor de toepassing van dit artikel: ')
    await expect(lid3.innerText()).resolves.toMatch(/^Voor de toepassing van dit artikel: Uitbuiting omvat/)
    // Resolved anew against the edited text: the stored position is stale now, the quote with its
    // context finds the words.
    await expect.poll(() => card().getAttribute('data-method')).toBe('quote')
    await expect(card().getAttribute('data-state')).resolves.toBe('anchored')
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('artikel:273f/lid:3')
    await expect(card().locator('mark').innerText()).resolves.toBe(PASSAGE)
    await page.screenshot({ path: path.join(ARTIFACTS, '30-comments.png') })
  })

  it('has no serious accessibility violations in the panel', async () => {
    const result = await new AxeBuilder({ page }).include('.comments-panel').withTags(['wcag2a', 'wcag2aa']).analyze()
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })

  it('jumps from the comment to its row in the side-by-side view', async () => {
    await card().getByRole('button', { name: 'Toon in vergelijking' }).click()
    await expect(page.getByRole('tab', { name: 'Naast elkaar' }).getAttribute('aria-selected')).resolves.toBe('true')
    const current = page.locator('table.side-by-side tr[aria-current="true"]')
    await current.waitFor()
    await expect(current.locator('.cell-new').innerText()).resolves.toContain('draagmoederschap')
    expect(errors).toEqual([])
  })
})
