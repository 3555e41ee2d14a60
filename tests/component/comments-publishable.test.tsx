/**
 * Marking a comment as publishable (contract field `publishable`) in the panel: a checkbox in the
 * add form (unticked by default: a typed comment is a note, not a public consultation response)
 * and in "Bewerken", and a small label on every card saying "openbaar" or "niet openbaar".
 */
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { Comment } from '../../shared/comments/index.js'
import type { Language } from '../../renderer/i18n/index.js'
import { LID3, NOW, PanelHarness, base, commentOn, newText } from './comments-harness.js'

const on = (id: string, passage: string, extra: Partial<Comment> = {}): Comment => commentOn(id, 'proposed', newText, LID3, passage, extra)

let latest: ProjectFile = base

const Harness = ({ initial, language = 'nl' }: { initial: ProjectFile; language?: Language }) =>
  <PanelHarness initial={initial} language={language} onProject={(p) => { latest = p }} />

const card = (id: string) => document.querySelector<HTMLElement>(`li[data-comment-id="${id}"]`)!
const label = (id: string) => card(id).querySelector<HTMLElement>('.comment-publishable-word')!.textContent

afterEach(cleanup)

describe('publishable comments', () => {
  it('adds a comment not publishable by default, and publishable when ticked', () => {
    render(<Harness initial={base} />)
    const form = screen.getByRole('form', { name: 'Opmerking toevoegen' })
    const box = within(form).getByRole('checkbox', { name: 'Openbaar: mag in het consultatieverslag' }) as HTMLInputElement
    expect(box.checked).toBe(false)
    const add = (passage: string) => {
      fireEvent.change(within(form).getByLabelText('Plaats', { exact: false }), { target: { value: LID3 } })
      fireEvent.change(within(form).getByLabelText('Passage', { exact: false }), { target: { value: passage } })
      fireEvent.change(within(form).getByLabelText('Opmerking', { exact: true }), { target: { value: `Over ${passage}` } })
      fireEvent.change(within(form).getByLabelText('Auteur'), { target: { value: 'C' } })
      fireEvent.click(within(form).getByRole('button', { name: 'Opmerking toevoegen' }))
    }
    add('draagmoederschap')
    expect(latest.comments[0]).toMatchObject({ body: 'Over draagmoederschap', publishable: false })
    expect(label(latest.comments[0]!.id)).toBe('niet openbaar')

    fireEvent.click(box)
    add('bedelarij')
    expect(latest.comments[1]).toMatchObject({ body: 'Over bedelarij', publishable: true })
    expect(label(latest.comments[1]!.id)).toBe('openbaar')
    // Like author and organisation, the choice stays for the respondent's next comment.
    expect(box.checked).toBe(true)
  })

  it('changes the mark in "Bewerken", and cancelling changes nothing', () => {
    render(<Harness initial={{ ...base, comments: [on('c-1', 'draagmoederschap', { publishable: true }), on('c-2', 'bedelarij')] }} />)
    expect(label('c-1')).toBe('openbaar')
    expect(label('c-2')).toBe('niet openbaar') // no field in the file: not publishable

    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Bewerken' }))
    const box = () => within(card('c-1')).getByRole('checkbox', { name: 'Openbaar: mag in het consultatieverslag' }) as HTMLInputElement
    expect(box().checked).toBe(true)
    fireEvent.click(box())
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Annuleren' }))
    expect(latest.comments[0]!.publishable).toBe(true)

    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Bewerken' }))
    expect(box().checked).toBe(true)
    fireEvent.click(box())
    fireEvent.click(within(card('c-1')).getByRole('button', { name: 'Opslaan' }))
    expect(latest.comments[0]).toMatchObject({ publishable: false, modified: NOW, body: 'opmerking c-1' })
    expect(label('c-1')).toBe('niet openbaar')

    fireEvent.click(within(card('c-2')).getByRole('button', { name: 'Bewerken' }))
    fireEvent.click(within(card('c-2')).getByRole('checkbox', { name: 'Openbaar: mag in het consultatieverslag' }))
    fireEvent.click(within(card('c-2')).getByRole('button', { name: 'Opslaan' }))
    expect(latest.comments[1]).toMatchObject({ publishable: true, modified: NOW })
    expect(label('c-2')).toBe('openbaar')
  })

  it('speaks English too', () => {
    render(<Harness initial={{ ...base, comments: [on('c-1', 'draagmoederschap', { publishable: true }), on('c-2', 'bedelarij')] }} language="en" />)
    expect(label('c-1')).toBe('public')
    expect(label('c-2')).toBe('not public')
    const form = screen.getByRole('form', { name: 'Add a comment' })
    expect(within(form).getByRole('checkbox', { name: 'Public: may appear in the consultation report' })).toHaveProperty('checked', false)
  })
})
