// The host hears of unsaved work when that changes, not once per keystroke, and the start-up
// calls go out together rather than one after another.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { App } from '../../renderer/app/App.js'
import { createFakeHost } from './fake-host.js'

afterEach(cleanup)

describe('App and its host', () => {
  it('issues the start-up calls without waiting for one another', async () => {
    const host = createFakeHost()
    const started: string[] = []
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const info = host.hostInfo
    host.hostInfo = async () => {
      started.push('hostInfo')
      await gate
      return info()
    }
    for (const name of ['readRecovery', 'listSamples', 'readSample'] as const) {
      const original = host[name] as (...args: never[]) => Promise<unknown>
      ;(host as unknown as Record<string, unknown>)[name] = (...args: never[]) => {
        started.push(name)
        return original(...args)
      }
    }
    const { container } = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
    // hostInfo has not answered yet, and the others are asked already.
    await waitFor(() => expect(started).toEqual(expect.arrayContaining(['hostInfo', 'readRecovery', 'listSamples', 'readSample'])))
    release()
    await waitFor(() => expect(container.querySelectorAll('table.side-by-side tbody tr').length).toBeGreaterThan(10))
  })

  it('tells the host about unsaved work once, not on every edit', async () => {
    const host = createFakeHost()
    const told: boolean[] = []
    host.setEdited = async (edited) => {
      told.push(edited)
    }
    const { container } = render(<I18nProvider initial="nl"><App host={host} /></I18nProvider>)
    await waitFor(() => expect(container.querySelectorAll('table.side-by-side tbody tr').length).toBeGreaterThan(10))
    const lid = container.querySelector('.pm-editor .pm-lid .pm-al')!
    const editor = container.querySelector('.pm-editor') as HTMLElement
    // Put the cursor in a lid, then insert three leden: three edits of the proposal.
    const range = document.createRange()
    range.setStart(lid.firstChild ?? lid, 0)
    range.collapse(true)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
    editor.focus()
    fireEvent(document, new Event('selectionchange'))
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Lid invoegen' }))
    await waitFor(() => expect(container.querySelector('.unsaved-marker')).not.toBeNull())
    expect(told.filter((e) => e)).toHaveLength(1)
  })
})
