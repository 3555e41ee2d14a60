import { useState } from 'react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Dialog } from '../../renderer/app/Dialog.js'

function Opener() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>Rapport exporteren…</button>
      {open ? <Dialog title="Rapport" onClose={() => setOpen(false)}><button type="button" onClick={() => setOpen(false)}>Sluiten</button></Dialog> : null}
    </>
  )
}

describe('dialogs', () => {
  afterEach(cleanup)

  it('give the focus back to the button that opened them when they close', () => {
    render(<Opener />)
    const opener = screen.getByRole('button', { name: 'Rapport exporteren…' })
    opener.focus()
    fireEvent.click(opener)
    const close = screen.getByRole('button', { name: 'Sluiten', hidden: true })
    close.focus()
    fireEvent.click(close)
    expect(document.activeElement).toBe(opener)
  })
})
