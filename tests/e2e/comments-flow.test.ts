/**
 * Comments in real Chromium: add a comment on "draagmoederschap" in lid 3 of the proposed art.
 * 273f, see it anchored there, type in front of it in the editor, renumber its lid and change the
 * words around the quote and see it still anchored on the same words (highlighted in the editor);
 * comment on a passage selected in the editor (Ctrl+Alt+M); delete the passage and see the comment
 * orphaned — listed, not lost — and back after undo; import consultation responses from a CSV with
 * one bad row; see the counts in the outline; jump from the comment to its row in the comparison.
 */
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { ARTIFACTS, chromiumAvailable, sampleSession } from './browser-harness.js'

const PASSAGE = 'uitbuiting in het kader van draagmoederschap'

/**
 * Selects `text` inside the editor's lid `nr` as a drafter would with the mouse: a DOM selection,
 * which ProseMirror takes over. Highlights split the text into several DOM nodes.
 */
async function selectInEditor(page: Page, nr: string, text: string): Promise<void> {
  await page.locator(`.pm-editor .pm-lid[data-nr="${nr}"] .pm-al`).first().click({ position: { x: 2, y: 4 } })
  await page.evaluate(({ nr, text }) => {
    const al = document.querySelector(`.pm-editor .pm-lid[data-nr="${nr}"] .pm-al`)!
    const nodes: Text[] = []
    const walker = document.createTreeWalker(al, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    const whole = nodes.map((n) => n.data).join('')
    const start = whole.indexOf(text)
    if (start < 0) throw new Error(`"${text}" is not in lid ${nr}`)
    const at = (offset: number): [Text, number] => {
      for (const n of nodes) {
        if (offset <= n.data.length) return [n, offset]
        offset -= n.data.length
      }
      throw new Error('offset past the end')
    }
    const range = document.createRange()
    range.setStart(...at(start))
    range.setEnd(...at(start + text.length))
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, { nr, text })
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(100)
}

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
    await form.getByLabel('Plaats in de tekst (artikel, lid, onderdeel)').selectOption('artikel:273f/lid:3')
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
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('Artikel 273f, lid 3')
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
    // The stored anchor was carried through every keystroke: found at its (moved) stored place.
    await expect.poll(() => card().locator('.comment-quote mark').innerText()).toBe(PASSAGE)
    await expect(card().getAttribute('data-method')).resolves.toBe('position')
    await expect(card().getAttribute('data-state')).resolves.toBe('anchored')
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('Artikel 273f, lid 3')
    await expect(card().locator('mark').innerText()).resolves.toBe(PASSAGE)
    await page.screenshot({ path: path.join(ARTIFACTS, '30-comments.png') })
  })

  it('keeps the comment anchored when its lid is renumbered and the words around the quote change', async () => {
    // Renumber lid 3 through the number field (numbers are attributes, not text).
    await page.locator('.pm-editor .pm-lid[data-nr="3"] .pm-al').first().click({ position: { x: 2, y: 4 } })
    const field = page.getByLabel('Nummer van dit lid')
    await expect.poll(() => field.inputValue()).toBe('3')
    await field.fill('3a')
    await page.getByRole('button', { name: 'Nummer wijzigen' }).click()
    await page.locator('.pm-editor .pm-lid[data-nr="3a"]').waitFor()
    await expect.poll(() => card().locator('.comment-place').innerText()).toBe('Artikel 273f, lid 3a')

    // Words typed right after and right before the quote stay outside it.
    await selectInEditor(page, '3a', PASSAGE)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.type(' (ook surrogaat)')
    await selectInEditor(page, '3a', PASSAGE)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('zogenoemde ')
    await expect.poll(() => page.locator('.pm-editor .pm-lid[data-nr="3a"] .pm-al').first().innerText()).toContain(`zogenoemde ${PASSAGE} (ook surrogaat)`)
    await expect(card().getAttribute('data-state')).resolves.toBe('anchored')
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('Artikel 273f, lid 3a')
    await expect(card().locator('.comment-quote mark').innerText()).resolves.toBe(PASSAGE)
    // Highlighted in the editor on exactly those words.
    await expect(page.locator('.pm-editor .comment-highlight').allInnerTexts()).resolves.toEqual([PASSAGE])
    await page.screenshot({ path: path.join(ARTIFACTS, '31-comment-after-renumber.png') })
  })

  it('comments on a passage selected in the editor with Ctrl+Alt+M', async () => {
    await expect(page.getByRole('button', { name: /Opmerking bij selectie/ }).getAttribute('aria-keyshortcuts')).resolves.toBe('Control+Alt+M')
    await selectInEditor(page, '3a', 'gedwongen huwelijk')
    await page.keyboard.press('Control+Alt+KeyM')
    const form = page.getByRole('form', { name: 'Opmerking toevoegen' })
    await expect.poll(() => form.getByLabel('Passage (letterlijk uit dat onderdeel)').inputValue()).toBe('gedwongen huwelijk')
    await expect(form.getByLabel('Plaats in de tekst (artikel, lid, onderdeel)').inputValue()).resolves.toBe('artikel:273f/lid:3a')
    // The cursor waits in the comment field.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('TEXTAREA')
    await page.keyboard.type('Ook gedwongen partnerschap noemen?')
    await form.getByLabel('Auteur').fill('K. Smit')
    await page.screenshot({ path: path.join(ARTIFACTS, '32-comment-on-selection.png') })
    await form.getByRole('button', { name: 'Opmerking toevoegen' }).click()
    const second = page.locator('li.comment', { hasText: 'Ook gedwongen partnerschap' })
    await second.waitFor()
    await expect(second.getAttribute('data-state')).resolves.toBe('anchored')
    await expect(second.locator('.comment-quote mark').innerText()).resolves.toBe('gedwongen huwelijk')
    await expect.poll(() => page.locator('.pm-editor .comment-highlight').count()).toBe(2)

    // Straight after commenting (the passage is still selected), a click inside a highlighted
    // word puts the caret there: typing goes into the word and does not replace the passage.
    const word = page.locator('.pm-editor .comment-highlight', { hasText: 'gedwongen huwelijk' })
    const box = (await word.boundingBox())!
    await page.mouse.click(box.x + 12, box.y + box.height / 2)
    await page.keyboard.type('XX')
    await expect.poll(() => page.locator('.pm-editor .pm-lid[data-nr="3a"] .pm-al').first().innerText()).toMatch(/geXX?dwongen huwelijk|gXXedwongen huwelijk|gedXXwongen huwelijk/)
    await expect(second.getAttribute('data-state')).resolves.toBe('anchored')
    for (let i = 0; i < 2; i++) await page.keyboard.press('Backspace')
    await expect.poll(() => second.locator('.comment-quote mark').innerText()).toBe('gedwongen huwelijk')

    // A selection over two leden is refused, and the status line says why.
    await page.evaluate(() => {
      const [a, b] = [...document.querySelectorAll('.pm-editor .pm-lid .pm-al')].slice(-2)
      const range = document.createRange()
      range.setStart(a!.firstChild!, 2)
      range.setEnd(b!.firstChild!, 3)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    })
    await page.keyboard.press('Control+Alt+KeyM')
    await expect.poll(() => page.locator('.message.status').innerText()).toMatch(/loopt over meer dan één onderdeel/)
  })

  it('selects the thread when its highlight in the editor is clicked', async () => {
    await page.locator('.pm-editor .comment-highlight', { hasText: 'draagmoederschap' }).click()
    await expect.poll(() => card().getAttribute('aria-current')).toBe('true')
    await expect(page.locator('.pm-editor .comment-highlight.active').innerText()).resolves.toBe(PASSAGE)
  })

  it('orphans the comment when its passage is deleted — listed, not lost — and undo anchors it again', async () => {
    await selectInEditor(page, '3a', PASSAGE)
    await page.keyboard.press('Delete')
    await expect.poll(() => card().getAttribute('data-state')).toBe('orphaned')
    const orphans = page.getByRole('region', { name: /^Zonder plaats \(verweesd\) \(1\)/ })
    await expect(orphans.locator('li.comment', { hasText: 'Valt draagmoederschap' }).count()).resolves.toBe(1)
    await expect(card().locator('.comment-quote mark').innerText()).resolves.toBe(PASSAGE)
    await expect(card().locator('.comment-place').innerText()).resolves.toBe('laatst bij Artikel 273f, lid 3a')
    await expect(page.locator('.pm-editor .comment-highlight').count()).resolves.toBe(1)
    await card().scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, '33-comment-orphaned.png') })

    await page.keyboard.press('Control+z')
    await expect.poll(() => card().getAttribute('data-state')).toBe('anchored')
    await expect(card().locator('.comment-quote mark').innerText()).resolves.toBe(PASSAGE)
    await expect.poll(() => page.locator('.pm-editor .comment-highlight').count()).toBe(2)
  })

  it('imports consultation responses from a CSV: the bad row reported, the good rows imported', async () => {
    const csv = [
      'respondent,organisatie,openbaar,tekst,betreft,soort',
      'Fier,Fier Fryslan,ja,Lid 3a: ook loverboys expliciet noemen,art. 273f lid 3a,voorstel',
      'P. Pieters,,misschien,Geen mening,art. 273f lid 1,opmerking',
      'NVvR,NVvR,ja,Algemene instemming met de modernisering,,steun',
    ].join('\n')
    await page.getByLabel('Bestand (CSV of JSON)').setInputFiles({ name: 'reacties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    const box = page.getByRole('region', { name: 'Consultatiereacties importeren' })
    await expect.poll(() => box.getByRole('status').innerText()).toBe('Geïmporteerd uit reacties.csv: 2 (geplaatst: 1, te plaatsen: 1).')
    await expect(box.getByRole('alert').innerText()).resolves.toContain('Rij 3: openbaar moet ja, nee, true of false zijn (niet "misschien")')
    await expect(page.locator('li.comment', { hasText: 'loverboys' }).getAttribute('data-state')).resolves.toBe('anchored')
    const inbox = page.getByRole('region', { name: 'Te plaatsen (1)' })
    await expect(inbox.locator('li.comment', { hasText: 'Algemene instemming' }).count()).resolves.toBe(1)
    await box.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, '34-consultation-import.png') })

    // File the inbox response on a whole lid.
    const waiting = inbox.locator('li.comment', { hasText: 'Algemene instemming' })
    await waiting.getByRole('button', { name: 'Plaatsen…' }).click()
    await waiting.getByLabel('Plaats in de tekst (artikel, lid, onderdeel)').selectOption('artikel:273f/lid:1')
    await waiting.getByRole('button', { name: 'Hier plaatsen' }).click()
    await page.getByRole('region', { name: 'Te plaatsen (0)' }).waitFor()
    await expect(page.locator('li.comment', { hasText: 'Algemene instemming' }).getAttribute('data-state')).resolves.toBe('anchored')
  })

  it('shows the number of comments per unit in the outline', async () => {
    await page.getByRole('tab', { name: 'Structuur' }).click()
    const lid3a = page.locator('.outline-view li', { hasText: 'lid 3a' }).first()
    await expect.poll(() => lid3a.locator('.comment-count').getAttribute('data-comment-count')).toBe('3')
    await expect(lid3a.locator('.comment-count .visually-hidden').innerText()).resolves.toBe('3 opmerkingen')
    await lid3a.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(ARTIFACTS, '35-outline-comment-counts.png') })
    await page.getByRole('tab', { name: 'Opmerkingen' }).click()
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
    // The commented passages are marked in the proposal's column too.
    await expect(current.locator('.cell-new mark.comment-mark', { hasText: 'draagmoederschap' }).count()).resolves.toBeGreaterThan(0)
    await page.screenshot({ path: path.join(ARTIFACTS, '36-side-by-side-comment-marks.png') })
  })

  it('comments on a passage selected in the current text column (Ctrl+Alt+M)', async () => {
    const cell = page.locator('table.side-by-side td.cell-old .unit .text', { hasText: 'Uitbuiting omvat ten minste' }).first()
    await cell.scrollIntoViewIfNeeded()
    await cell.evaluate((el, text) => {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) nodes.push(walker.currentNode as Text)
      const whole = nodes.map((n) => n.data).join('')
      const at = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset]
          offset -= n.data.length
        }
        throw new Error('offset past the end')
      }
      const start = whole.indexOf(text)
      const range = document.createRange()
      range.setStart(...at(start))
      range.setEnd(...at(start + text.length))
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
    }, 'Uitbuiting omvat ten minste')
    await page.keyboard.press('Control+Alt+KeyM')
    const form = page.getByRole('form', { name: 'Opmerking toevoegen' })
    await expect.poll(() => form.getByLabel('Passage (letterlijk uit dat onderdeel)').inputValue()).toBe('Uitbuiting omvat ten minste')
    await expect(form.innerText()).resolves.toContain('Op de huidige tekst')
    await expect(form.getByLabel('Plaats in de tekst (artikel, lid, onderdeel)').inputValue()).resolves.toBe('artikel:273f/lid:2')
    await form.getByLabel('Opmerking', { exact: true }).fill('Geldt dit al in de huidige tekst?')
    await form.getByLabel('Auteur').fill('R. Rechter')
    await form.getByRole('button', { name: 'Opmerking toevoegen' }).click()
    // Made on the current text's lid 2, found in the proposal's renumbered lid.
    const onCurrent = page.locator('li.comment', { hasText: 'Geldt dit al' })
    await onCurrent.waitFor()
    await expect(onCurrent.getAttribute('data-state')).resolves.toBe('anchored')
    await expect(onCurrent.locator('.comment-quote mark').innerText()).resolves.toBe('Uitbuiting omvat ten minste')
    expect(errors).toEqual([])
  })
})
