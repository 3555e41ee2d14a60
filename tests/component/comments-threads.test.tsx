/**
 * The comments panel's work on a comment and on many: the thread (reply, edit, resolve, reopen),
 * search and the kind / unit / place filters, placing an orphan by hand, a comment on a selected
 * passage (prefilled form), importing consultation responses with a bad row, and the comment
 * counts per unit in the outline.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ProjectFile } from '../../shared/project/schema.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { Comment } from '../../shared/comments/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import type { PassageDraft } from '../../renderer/comments/new-comment.js'
import { CommentPlaces, CommentPlacesContext } from '../../renderer/comments/places-store.js'
import { OutlineView } from '../../renderer/views/OutlineView.js'
import { buildRows } from '../../renderer/model/rows.js'
import { App } from '../../renderer/app/App.js'
import { createFakeHost } from './fake-host.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { LID3, NOW, PanelHarness, base, commentOn, newText, oldText } from './comments-harness.js'

const lid3 = unitsByPath(newText.units).get(LID3)!.text

const on = (id: string, unitPath: string, passage: string, extra: Partial<Comment> = {}): Comment => commentOn(id, 'proposed', newText, unitPath, passage, extra)

const c1 = on('c-1', LID3, 'draagmoederschap', { organisation: 'OM', kind: 'bezwaar' })
const c2 = on('c-2', 'artikel:273f/lid:1/onderdeel:a', 'afpersing, fraude of misleiding', { body: 'Fraude apart noemen?' })
const orphan: Comment = {
  id: 'c-3',
  target: { version: 'proposed', unitPath: LID3, orphaned: 'passage', quote: { exact: 'gedwongen bedelarij in het buitenland', prefix: 'met inbegrip van ', suffix: ', slavernij' }, position: { start: 10, end: 47 } },
  body: 'Bedelarij expliciet noemen', author: 'D. Burger', kind: 'voorstel', status: 'open', created: NOW,
}

let latest: ProjectFile = base

const Harness = ({ initial, draft = null }: { initial: ProjectFile; draft?: PassageDraft | null }) =>
  <PanelHarness initial={initial} draft={draft} onProject={(p) => { latest = p }} />

const card = (id: string) => document.querySelector<HTMLElement>(`li[data-comment-id="${id}"]`)!
const shownIds = () => [...document.querySelectorAll<HTMLElement>('li[data-comment-id]')].map((e) => e.dataset.commentId)
const filter = (label: string) => within(screen.getByRole('search')).getByLabelText(label)

afterEach(cleanup)

describe('a comment thread', () => {
  it('takes replies, edits of the comment and of a reply, and is resolved and reopened', () => {
    render(<Harness initial={{ ...base, comments: [c1] }} />)
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Reageren' }))
    const reply = within(card('c-1')).getByRole('form', { name: 'Reageren' })
    expect(within(reply).getByRole('button', { name: 'Reactie plaatsen' })).toHaveProperty('disabled', true)
    fireEvent.change(within(reply).getByLabelText('Naam'), { target: { value: 'Wetgevingsjurist' } })
    fireEvent.change(within(reply).getByLabelText('Reactie'), { target: { value: 'Zie de toelichting.' } })
    fireEvent.click(within(reply).getByRole('button', { name: 'Reactie plaatsen' }))
    const thread = within(card('c-1')).getByRole('list', { name: 'Reacties (1)' })
    expect(thread.textContent).toContain('Zie de toelichting.')
    expect(latest.comments[0]!.replies).toEqual([{ id: 'r-1', author: 'Wetgevingsjurist', body: 'Zie de toelichting.', created: NOW }])

    // Edit the reply.
    fireEvent.click(within(thread).getByRole('button', { name: 'Reactie van Wetgevingsjurist bewerken' }))
    fireEvent.change(within(thread).getByLabelText('Reactie bewerken'), { target: { value: 'Zie de toelichting, paragraaf 3.' } })
    fireEvent.click(within(thread).getByRole('button', { name: 'Opslaan' }))
    expect(latest.comments[0]!.replies![0]).toMatchObject({ id: 'r-1', body: 'Zie de toelichting, paragraaf 3.' })

    // Edit the comment itself.
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Bewerken' }))
    fireEvent.change(within(card('c-1')).getByLabelText('Opmerking bewerken'), { target: { value: 'Ook zonder dwang?' } })
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Opslaan' }))
    expect(card('c-1').querySelector('.comment-body')!.textContent).toBe('Ook zonder dwang?')
    expect(latest.comments[0]).toMatchObject({ body: 'Ook zonder dwang?', modified: NOW })

    // Resolve, then reopen.
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Afhandelen' }))
    expect(latest.comments[0]!.status).toBe('verwerkt')
    expect(within(card('c-1')).getByLabelText('Status')).toHaveProperty('value', 'verwerkt')
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Heropenen' }))
    expect(latest.comments[0]!.status).toBe('open')
    // The government's reaction is still there to fill in.
    expect(within(card('c-1')).getByLabelText('Reactie van de regering')).toBeTruthy()
  })
})

describe('finding comments', () => {
  it('searches and filters by kind, unit and place', () => {
    render(<Harness initial={{ ...base, comments: [c1, c2, orphan] }} />)
    expect(shownIds()).toEqual(['c-1', 'c-2', 'c-3'])
    fireEvent.change(filter('Zoeken'), { target: { value: 'FRAUDE' } })
    expect(shownIds()).toEqual(['c-2'])
    fireEvent.change(filter('Zoeken'), { target: { value: '' } })

    fireEvent.change(filter('Soort'), { target: { value: 'bezwaar' } })
    expect(shownIds()).toEqual(['c-1'])
    fireEvent.change(filter('Soort'), { target: { value: '' } })

    // A lid's filter includes its onderdelen.
    fireEvent.change(filter('Artikel, lid of onderdeel'), { target: { value: 'artikel:273f/lid:1/onderdeel:a' } })
    expect(shownIds()).toEqual(['c-2'])
    fireEvent.change(filter('Artikel, lid of onderdeel'), { target: { value: LID3 } })
    expect(shownIds()).toEqual(['c-1', 'c-3'])
    fireEvent.change(filter('Artikel, lid of onderdeel'), { target: { value: '' } })

    fireEvent.change(filter('Plaats'), { target: { value: 'orphaned' } })
    expect(shownIds()).toEqual(['c-3'])
    expect(screen.getByText('1 van 3 opmerkingen getoond')).toBeTruthy()
  })
})

describe('placing comments by hand', () => {
  it('re-attaches an orphan to a passage of a unit chosen by the drafter', () => {
    render(<Harness initial={{ ...base, comments: [orphan] }} />)
    expect(card('c-3').dataset.state).toBe('orphaned')
    fireEvent.click(within(card('c-3')).getByRole('button', { name: 'Plaatsen…' }))
    const form = within(card('c-3')).getByRole('form', { name: 'Een plaats kiezen voor deze opmerking' })
    // The unit it was last in is chosen already.
    expect(within(form).getByLabelText('Plaats in de tekst (artikel, lid, onderdeel)')).toHaveProperty('value', LID3)
    fireEvent.change(within(form).getByLabelText('Passage (leeg: het hele onderdeel)'), { target: { value: 'met inbegrip van bedelarij' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Hier plaatsen' }))
    expect(card('c-3').dataset.state).toBe('anchored')
    expect(card('c-3').querySelector('mark')!.textContent).toBe('met inbegrip van bedelarij')
    const target = latest.comments[0]!.target
    expect(target.orphaned).toBeUndefined()
    expect(target.position.start).toBe(lid3.indexOf('met inbegrip van bedelarij'))
    // The comment itself is unchanged.
    expect(latest.comments[0]).toMatchObject({ body: 'Bedelarij expliciet noemen', author: 'D. Burger', kind: 'voorstel' })
  })

  it('refuses a passage that is not in the chosen unit', () => {
    render(<Harness initial={{ ...base, comments: [orphan] }} />)
    fireEvent.click(within(card('c-3')).getByRole('button', { name: 'Plaatsen…' }))
    const form = within(card('c-3')).getByRole('form', { name: 'Een plaats kiezen voor deze opmerking' })
    fireEvent.change(within(form).getByLabelText('Passage (leeg: het hele onderdeel)'), { target: { value: 'geen woorden uit dit lid' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Hier plaatsen' }))
    expect(within(form).getByRole('alert').textContent).toContain('staat niet letterlijk in de tekst van')
    expect(card('c-3').dataset.state).toBe('orphaned')
  })

  it('fills the form from a selected passage and keeps the selected occurrence of a repeated word', () => {
    const second = lid3.indexOf('uitbuiting', lid3.indexOf('uitbuiting') + 1)
    const draft: PassageDraft = { version: 'proposed', unitPath: LID3, start: second, end: second + 10, passage: 'uitbuiting' }
    render(<Harness initial={base} draft={draft} />)
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    expect(within(form).getByLabelText('Plaats', { exact: false })).toHaveProperty('value', LID3)
    expect(within(form).getByLabelText('Passage', { exact: false })).toHaveProperty('value', 'uitbuiting')
    expect(document.activeElement).toBe(within(form).getByLabelText('Opmerking', { exact: true }))
    fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: 'Welke uitbuiting?' } })
    fireEvent.change(within(form).getByLabelText('Auteur'), { target: { value: 'C' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    expect(latest.comments[0]!.target).toMatchObject({ unitPath: LID3, position: { start: second, end: second + 10 }, quote: { exact: 'uitbuiting' } })
  })
})

describe('importing consultation responses', () => {
  const CSV = [
    'respondent,organisatie,openbaar,tekst,betreft,soort',
    'M. de Vries,CoMensha,ja,Draagmoederschap verduidelijken,art. 273f lid 3,opmerking',
    'P. Pieters,,nee,,art. 273f lid 3,opmerking',
    'J. Jansen,NVvR,ja,Algemene steun voor het voorstel,,steun',
  ].join('\n')

  const drop = async (name: string, content: string) => {
    const box = screen.getByRole('region', { name: 'Consultatiereacties importeren' })
    const file = new File([content], name, { type: 'text/csv' })
    await act(async () => {
      fireEvent.drop(box, { dataTransfer: { files: [file], types: ['Files'] } })
    })
    return box
  }

  it('imports the good rows, lists the bad row with its number and reason, and files an inbox response', async () => {
    render(<Harness initial={base} />)
    const box = await drop('reacties.csv', CSV)
    await screen.findByText('Geïmporteerd uit reacties.csv: 2 (geplaatst: 1, te plaatsen: 1).')
    const rejected = within(box).getByRole('alert')
    expect(rejected.textContent).toContain('Niet geïmporteerd (1)')
    expect(within(rejected).getByText('Rij 3: de reactie heeft geen tekst')).toBeTruthy()

    expect(latest.comments).toHaveLength(2)
    const placed = latest.comments.find((c) => c.author === 'M. de Vries')!
    expect(card(placed.id).dataset.state).toBe('anchored')
    expect(card(placed.id).querySelector('.comment-place')!.getAttribute('data-unit-path')).toBe(LID3)
    const inbox = screen.getByRole('region', { name: 'Te plaatsen (1)' })
    const waiting = latest.comments.find((c) => c.author === 'J. Jansen')!
    expect(within(inbox).getByText('Algemene steun voor het voorstel')).toBeTruthy()

    // Filed on a whole unit from the inbox (empty passage: the whole lid).
    fireEvent.click(within(card(waiting.id)).getByRole('button', { name: 'Plaatsen…' }))
    const form = within(card(waiting.id)).getByRole('form', { name: 'Een plaats kiezen voor deze opmerking' })
    fireEvent.change(within(form).getByLabelText('Plaats in de tekst (artikel, lid, onderdeel)'), { target: { value: 'artikel:273f/lid:1' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Hier plaatsen' }))
    expect(card(waiting.id).dataset.state).toBe('anchored')
    expect(screen.getByRole('region', { name: 'Te plaatsen (0)' })).toBeTruthy()
  })

  it('names the file and the reason when nothing can be imported', async () => {
    render(<Harness initial={base} />)
    await drop('leeg.csv', 'naam,datum\nA,1\n')
    expect((await screen.findByRole('alert')).textContent).toContain('leeg.csv kon niet worden geïmporteerd: no column with the response text')
    expect(latest.comments).toHaveLength(0)
  })

  it('reads a JSON list of responses', async () => {
    render(<Harness initial={base} />)
    await drop('reacties.json', JSON.stringify([{ respondent: 'A', text: 'Goed zo', publishable: true, about: 'art. 273f lid 3' }, 'geen object']))
    await screen.findByText('Geïmporteerd uit reacties.json: 1 (geplaatst: 1, te plaatsen: 0).')
    expect(screen.getByText('Rij 2: de rij is niet te lezen (not an object)')).toBeTruthy()
  })
})

describe('comment counts in the outline', () => {
  it('shows a badge with the number of comments per unit, with a spelt-out label', () => {
    const rows = buildRows(compareTexts(oldText, newText), oldText, newText)
    const places = new CommentPlaces()
    places.update([
      { id: 'c-1', unitPath: LID3, start: 0, end: 5 },
      { id: 'c-2', unitPath: LID3, start: 10, end: 15 },
      { id: 'c-4', unitPath: 'artikel:273f/lid:1/onderdeel:a', start: 0, end: 5 },
    ], null)
    const { container } = render(
      <I18nProvider initial="nl">
        <CommentPlacesContext.Provider value={places}>
          <OutlineView rows={rows} current={-1} onSelect={() => {}} />
        </CommentPlacesContext.Provider>
      </I18nProvider>,
    )
    const badges = [...container.querySelectorAll<HTMLElement>('.comment-count')]
    expect(badges.map((b) => b.dataset.commentCount)).toEqual(['1', '2'])
    expect(badges[1]!.textContent).toContain('2 opmerkingen')
    expect(badges[0]!.closest('li')!.textContent).toContain('1 opmerking')

    // A comment placed elsewhere moves the count; the others stay.
    act(() => places.update([{ id: 'c-1', unitPath: LID3, start: 0, end: 5 }], null))
    expect([...container.querySelectorAll<HTMLElement>('.comment-count')].map((b) => b.dataset.commentCount)).toEqual(['1'])
  })
})

describe('comment passages in the app', () => {
  it('highlights the passage in the editor and the side-by-side view; a highlight selects its thread', async () => {
    const host = createFakeHost()
    const { container } = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('tab', { name: 'Opmerkingen' }))
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    fireEvent.change(within(form).getByLabelText('Plaats', { exact: false }), { target: { value: LID3 } })
    fireEvent.change(within(form).getByLabelText('Passage', { exact: false }), { target: { value: 'draagmoederschap' } })
    fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: 'Waarom hier?' } })
    fireEvent.change(within(form).getByLabelText('Auteur'), { target: { value: 'C' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))

    const highlight = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('.pm-editor .comment-highlight')
      expect(el).not.toBeNull()
      return el!
    })
    expect(highlight.textContent).toBe('draagmoederschap')
    const id = highlight.dataset.commentHighlight!

    fireEvent.click(screen.getByRole('tab', { name: 'Naast elkaar' }))
    const mark = await waitFor(() => {
      const el = container.querySelector<HTMLElement>('table.side-by-side mark.comment-mark')
      expect(el).not.toBeNull()
      return el!
    })
    expect(mark.textContent).toBe('draagmoederschap')
    // By keyboard: Enter on the marked passage opens its thread, selected.
    fireEvent.keyDown(mark, { key: 'Enter' })
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Opmerkingen' }).getAttribute('aria-selected')).toBe('true'))
    expect(container.querySelector(`li[data-comment-id="${id}"]`)!.getAttribute('aria-current')).toBe('true')
    expect(container.querySelector('.pm-editor .comment-highlight.active')).not.toBeNull()

    fireEvent.click(screen.getByRole('tab', { name: 'Structuur' }))
    await waitFor(() => expect(container.querySelector('.outline-view .comment-count')?.textContent).toContain('1 opmerking'))
  })
})

describe('a comment whose quoted words were edited since', () => {
  it('shows the words as they stand now and, beside them, the words the reviewer quoted', () => {
    const edited = on('c-9', LID3, 'draagmoederschap', { body: 'Te ruim' })
    const withOriginal: Comment = { ...edited, target: { ...edited.target, quotedAs: 'draagmoeder' } }
    render(<Harness initial={{ ...base, comments: [withOriginal, c2] }} />)
    expect(card('c-9').querySelector('.comment-quote')!.textContent).toBe('draagmoederschap')
    expect(card('c-9').querySelector('.comment-quoted-as')!.textContent).toBe('Oorspronkelijk geciteerd: draagmoeder')
    // Nothing extra where the words are as quoted.
    expect(card('c-2').querySelector('.comment-quoted-as')).toBeNull()
  })
})
