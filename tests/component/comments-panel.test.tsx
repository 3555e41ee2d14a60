/**
 * The comments panel on the art. 273f sample: where each comment is anchored in the proposal now
 * (also one made on the current text, whose lid 2 became lid 3), orphans listed with their last
 * quote, filters, and adding a comment only on a passage that really is in the chosen unit.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { Comment } from '../../shared/comments/index.js'
import { App } from '../../renderer/app/App.js'
import { createFakeHost } from './fake-host.js'
import { parseText } from '../../shared/parse/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { CommentsPanel } from '../../renderer/comments/CommentsPanel.js'
import { NOW, PanelHarness, base, commentOn, newText, oldText, source } from './comments-harness.js'

const onProposal = commentOn('c-1', 'proposed', newText, 'artikel:273f/lid:3', 'draagmoederschap', { organisation: 'OM' })
// Made on the current text's lid 2, which the proposal renumbered to lid 3.
const onCurrent = commentOn('c-2', 'current', oldText, 'artikel:273f/lid:2', 'Uitbuiting omvat ten minste', { organisation: 'Raad voor de rechtspraak' })
// An edit deleted these words from lid 3: orphaned, and the panel must still show its last quote.
const gone: Comment = {
  id: 'c-3',
  target: {
    version: 'proposed', unitPath: 'artikel:273f/lid:3', orphaned: 'passage',
    quote: { exact: 'gedwongen bedelarij in het buitenland', prefix: 'met inbegrip van ', suffix: ', slavernij' }, position: { start: 10, end: 47 },
  },
  body: 'opmerking c-3', author: 'D. Burger', kind: 'bezwaar', status: 'open', created: NOW,
}

/** The panel with the project held in state, as the workspace does. */
const Harness = ({ initial }: { initial: ProjectFile }) => <PanelHarness initial={initial} />

const section = (name: RegExp) => screen.getByRole('region', { name })
const cardOf = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-comment-id="${id}"]`)!

afterEach(cleanup)

describe('comments panel', () => {
  it('lists anchored comments where they are now and orphans with their last quote', () => {
    const { container } = render(<Harness initial={{ ...base, comments: [onProposal, onCurrent, gone] }} />)
    expect(section(/^Geplaatst \(2\)/)).toBeTruthy()
    const first = cardOf(container, 'c-1')
    expect(first.dataset.state).toBe('anchored')
    expect(first.querySelector('.comment-place')!.textContent).toBe('Artikel 273f, lid 3')
    expect(first.querySelector('mark')!.textContent).toBe('draagmoederschap')
    expect(within(first).getByText('OM')).toBeTruthy()
    // Made on the current text's lid 2, it stays there, and says so.
    expect(cardOf(container, 'c-2').querySelector('.comment-place')!.textContent).toBe('huidige tekst: Artikel 273f, lid 2')

    const orphans = section(/^Zonder plaats \(verweesd\) \(1\)/)
    const orphan = within(orphans).getByText('opmerking c-3').closest('li')!
    expect(orphan.querySelector('mark')!.textContent).toBe('gedwongen bedelarij in het buitenland')
    expect(orphan.querySelector('.comment-place')!.textContent).toBe('laatst bij Artikel 273f, lid 3')
  })

  it('follows a comment on the proposal when a lid typed before it renumbers its lid', () => {
    // As in the editor: a new lid 3 before "Uitbuiting omvat …", which becomes lid 4 (and so on).
    let nr = 0
    const typed = source('273f-proposed.md')
      .replace(/^3\. Uitbuiting/m, '3. Een nieuw lid.\n3. Uitbuiting')
      .split('\n')
      .map((line) => (/^# /.test(line) ? ((nr = 0), line) : /^\d+\. /.test(line) ? line.replace(/^\d+/, String(++nr)) : line))
      .join('\n')
    const live = parseText(typed, { name: '273f-proposed.md' }).text
    expect(unitsByPath(live.units).get('artikel:273f/lid:4')!.text).toMatch(/^Uitbuiting omvat/)
    const { container } = render(
      <I18nProvider initial="nl">
        <CommentsPanel project={{ ...base, comments: [onProposal] }} oldText={oldText} newText={live} onAdd={() => {}} onUpdate={() => {}} />
      </I18nProvider>,
    )
    const card = cardOf(container, 'c-1')
    expect(card.dataset.state).toBe('anchored')
    expect(card.querySelector('.comment-place')!.textContent).toBe('Artikel 273f, lid 4')
    expect(card.querySelector('mark')!.textContent).toBe('draagmoederschap')
  })

  it('filters by organisation and by status, and changes a status', () => {
    const { container } = render(<Harness initial={{ ...base, comments: [onProposal, onCurrent, gone] }} />)
    fireEvent.change(screen.getByLabelText('Organisatie', { selector: '.comment-filters select' }), { target: { value: 'OM' } })
    expect(container.querySelectorAll('[data-comment-id]')).toHaveLength(1)
    fireEvent.change(screen.getByLabelText('Organisatie', { selector: '.comment-filters select' }), { target: { value: '' } })
    expect(container.querySelectorAll('[data-comment-id]')).toHaveLength(3)

    fireEvent.change(within(cardOf(container, 'c-2')).getByLabelText('Status'), { target: { value: 'overgenomen' } })
    fireEvent.change(screen.getByLabelText('Status', { selector: '.comment-filters select' }), { target: { value: 'overgenomen' } })
    expect([...container.querySelectorAll<HTMLElement>('[data-comment-id]')].map((e) => e.dataset.commentId)).toEqual(['c-2'])
  })

  it('adds a comment only on a passage that occurs in the chosen unit', () => {
    const { container } = render(<Harness initial={base} />)
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    const field = (label: string) => within(form).getByLabelText(label, { exact: false })
    fireEvent.change(field('Plaats'), { target: { value: 'artikel:273f/lid:3' } })
    fireEvent.change(field('Auteur'), { target: { value: 'B. Wetgever' } })
    fireEvent.change(field('Organisatie'), { target: { value: 'NVvR' } })
    fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: 'Is draagmoederschap hier bedoeld als uitbuiting?' } })
    // Words of another lid are not in lid 3.
    fireEvent.change(field('Passage'), { target: { value: 'Artikel 251 is van overeenkomstige toepassing' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    expect(within(form).getByRole('alert').textContent).toBe('Deze passage staat niet letterlijk in de tekst van artikel:273f/lid:3.')
    expect(container.querySelectorAll('[data-comment-id]')).toHaveLength(0)
    // The keyboard goes to the field that needs fixing.
    expect(document.activeElement).toBe(field('Passage'))
    fireEvent.change(field('Passage'), { target: { value: 'in het kader van draagmoederschap' } })
    fireEvent.change(field('Auteur'), { target: { value: '' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    expect(within(form).getByRole('alert').textContent).toBe('Vul de auteur in.')
    expect(document.activeElement).toBe(field('Auteur'))
    fireEvent.change(field('Auteur'), { target: { value: 'B. Wetgever' } })

    fireEvent.change(field('Passage'), { target: { value: 'in het kader van draagmoederschap' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    expect(within(form).queryByRole('alert')).toBeNull()
    const card = container.querySelector<HTMLElement>('[data-comment-id]')!
    expect(card.dataset.state).toBe('anchored')
    expect(card.querySelector('.comment-place')!.textContent).toBe('Artikel 273f, lid 3')
    expect(card.querySelector('mark')!.textContent).toBe('in het kader van draagmoederschap')
    expect(within(card).getByText('NVvR')).toBeTruthy()
  })

  it('stores the passage with its context and position in the unit', () => {
    let added: Comment | null = null
    render(
      <I18nProvider initial="nl">
        <CommentsPanel project={base} oldText={oldText} newText={newText} now={() => NOW} onAdd={(c) => (added = c)} onUpdate={() => {}} />
      </I18nProvider>,
    )
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    fireEvent.change(within(form).getByLabelText('Plaats', { exact: false }), { target: { value: 'artikel:273f/lid:3' } })
    fireEvent.change(within(form).getByLabelText('Passage', { exact: false }), { target: { value: 'draagmoederschap' } })
    fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: 'Waarom hier?' } })
    fireEvent.change(within(form).getByLabelText('Auteur'), { target: { value: 'C' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    const lid3 = unitsByPath(newText.units).get('artikel:273f/lid:3')!.text
    const start = lid3.indexOf('draagmoederschap')
    expect(added).toMatchObject({
      source: 'typed', status: 'open', created: NOW, author: 'C', kind: 'opmerking', body: 'Waarom hier?',
      target: { version: 'proposed', unitPath: 'artikel:273f/lid:3', position: { start, end: start + 'draagmoederschap'.length }, quote: { exact: 'draagmoederschap', prefix: lid3.slice(start - 32, start), suffix: lid3.slice(start + 16, start + 48) } },
    })
  })
})

describe('comments in the app', () => {
  it('adds a comment from the Opmerkingen tab and saves it in the project', async () => {
    const host = createFakeHost()
    const { container } = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
    await waitFor(() => expect(container.querySelector('table.side-by-side')).not.toBeNull())
    fireEvent.click(screen.getByRole('tab', { name: 'Opmerkingen' }))
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    fireEvent.change(within(form).getByLabelText('Plaats', { exact: false }), { target: { value: 'artikel:273f/lid:3' } })
    fireEvent.change(within(form).getByLabelText('Passage', { exact: false }), { target: { value: 'draagmoederschap' } })
    fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: 'Waarom hier?' } })
    fireEvent.change(within(form).getByLabelText('Auteur'), { target: { value: 'C' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    expect(container.querySelector('[data-comment-id]')!.getAttribute('data-state')).toBe('anchored')
    expect(container.querySelector('.unsaved-marker')).not.toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als…' }))
    fireEvent.change(await screen.findByLabelText('Naam'), { target: { value: 'met-opmerking' } })
    await act(async () => {
      fireEvent.submit(screen.getByLabelText('Naam').closest('form')!)
    })
    await screen.findByText('Opgeslagen als met-opmerking.renvooi.')
    const saved = JSON.parse(host.files.get('met-opmerking.renvooi')!) as ProjectFile
    expect(saved.comments).toHaveLength(1)
    expect(saved.comments[0]).toMatchObject({ body: 'Waarom hier?', target: { unitPath: 'artikel:273f/lid:3', quote: { exact: 'draagmoederschap' } } })
  })
})
