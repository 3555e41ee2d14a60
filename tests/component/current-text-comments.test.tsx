// A comment made on the current text stays on the current text: it is marked in the current
// column, not in the proposal, and editing the proposal cannot orphan it.
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { quoteAt } from '../../shared/comments/index.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { buildRows } from '../../renderer/model/rows.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { SideBySide } from '../../renderer/views/SideBySide.js'
import { CommentPlaces, CommentPlacesContext } from '../../renderer/comments/places-store.js'
import { onCurrentText, resolveProjectComments } from '../../renderer/comments/resolve-comments.js'

const text = (s: string, name: string) => parseText(s, { name, format: 'md' }).text
const oldText = text('## Artikel 1\n\n1. De minister stelt regels over de oude heffing van belastingen.\n', 'a.md')
const newText = text('## Artikel 1\n\n1. De minister stelt regels over de heffing.\n', 'b.md')
const lid = oldText.units[0]!.children[0]!
const quote = 'oude heffing van belastingen'
const start = lid.text.indexOf(quote)
const compare = { old: 'current', new: 'proposed' }
const comment = {
  id: 'c1', author: 'A', kind: 'opmerking', status: 'open', body: 'Waarom vervalt dit?', created: '2026-11-23T10:00:00Z', modified: '2026-11-23T10:00:00Z',
  target: { version: 'current', unitPath: lid.path, quote: quoteAt(lid.text, start, start + quote.length), position: { start, end: start + quote.length } },
} as ProjectFile['comments'][number]

describe('comments on the current text', () => {
  afterEach(cleanup)

  it('are found in the current text, though the proposal dropped their words', () => {
    expect(onCurrentText(comment, compare)).toBe(true)
    const [r] = resolveProjectComments({ compare, comments: [comment] }, oldText, newText, new Map())
    expect(r!.resolution).toMatchObject({ state: 'anchored', unitPath: 'artikel:1/lid:1', quote })
  })

  it('are marked in the current column, on exactly their words, and not in the proposal', () => {
    const rows = buildRows(compareTexts(oldText, newText), oldText, newText)
    const places = new CommentPlaces()
    places.update([{ id: 'c1', unitPath: lid.path, start, end: start + quote.length, side: 'old' }], null)
    const { container } = render(
      <I18nProvider initial="nl">
        <CommentPlacesContext.Provider value={places}>
          <SideBySide rows={rows} current={-1} oldLabel="Huidig" newLabel="Voorstel" />
        </CommentPlacesContext.Provider>
      </I18nProvider>,
    )
    const marks = [...container.querySelectorAll('[data-comment-highlight="c1"]')]
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.map((m) => m.textContent).join('')).toBe(quote)
    for (const m of marks) expect(m.closest('.cell-old')).not.toBeNull()
    expect(container.querySelector('.cell-new [data-comment-highlight]')).toBeNull()
  })
})
