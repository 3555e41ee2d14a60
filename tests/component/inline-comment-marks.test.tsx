// Comment passages in the inline renvooi: the proposal's words carry the offsets, the struck
// words stand between them unmarked, so a mark lands on exactly the commented words.
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { buildRows } from '../../renderer/model/rows.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { InlineView } from '../../renderer/views/InlineView.js'
import { CommentPlaces, CommentPlacesContext } from '../../renderer/comments/places-store.js'

const text = (s: string, name: string) => parseText(s, { name, format: 'md' }).text

describe('inline renvooi with comments', () => {
  afterEach(cleanup)

  it('marks the commented words of the proposal, not the struck ones between them', () => {
    const oldText = text('## Artikel 1\n\n1. De minister stelt regels over de oude heffing van belastingen.\n', 'a.md')
    const newText = text('## Artikel 1\n\n1. De minister stelt regels over de nieuwe heffing van belastingen.\n', 'b.md')
    const rows = buildRows(compareTexts(oldText, newText), oldText, newText)
    const lid = newText.units[0]!.children[0]!
    const quote = 'nieuwe heffing'
    const start = lid.text.indexOf(quote)
    const places = new CommentPlaces()
    places.update([{ id: 'c1', unitPath: lid.path, start, end: start + quote.length }], null)
    const { container } = render(
      <I18nProvider initial="nl">
        <CommentPlacesContext.Provider value={places}>
          <InlineView rows={rows} current={-1} />
        </CommentPlacesContext.Provider>
      </I18nProvider>,
    )
    const marks = [...container.querySelectorAll('[data-comment-highlight="c1"]')]
    expect(marks.map((m) => m.textContent).join('')).toBe(quote)
    // The struck word is still shown, unmarked.
    const row = container.querySelector('mark')!.closest('[data-row]')!
    expect([...row.querySelectorAll('del')].map((d) => d.textContent)).toContain('oude')
    expect(row.querySelector('mark del')).toBeNull()
  })
})
