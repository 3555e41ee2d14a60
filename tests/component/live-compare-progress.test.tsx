// A full comparison of large texts runs off the main thread (here, without Workers in happy-dom,
// in the in-thread fallback), shows its progress and can be cancelled.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { I18nProvider } from '../../renderer/i18n/index.js'
import { useLiveComparison, WORKER_FROM_UNITS, type LiveComparisonState } from '../../renderer/app/useLiveComparison.js'
import { CompareProgress } from '../../renderer/views/CompareProgress.js'
import { generatePair } from '../bench/generate.js'

afterEach(cleanup)

const pair = generatePair({ articles: 220, seed: 3 })
const oldText = parseText(pair.oldText, { name: 'geldend.txt' }).text
const newText = parseText(pair.newText, { name: 'nieuw.txt' }).text

function Probe({ oldT, newT, out }: { oldT: LegalText; newT: LegalText; out: { state: LiveComparisonState | null } }) {
  const state = useLiveComparison(oldT, newT)
  out.state = state
  return <CompareProgress progress={state.progress} retry={state.retry} />
}

describe('full comparison of large texts', () => {
  it('is large enough to take the worker path', () => {
    expect(pair.truth.units.old + pair.truth.units.new).toBeGreaterThanOrEqual(WORKER_FROM_UNITS)
  })

  it('does not block the render: shows progress, then the comparison', async () => {
    const out: { state: LiveComparisonState | null } = { state: null }
    render(<I18nProvider initial="nl"><Probe oldT={oldText} newT={newText} out={out} /></I18nProvider>)
    // The first render has no comparison yet, and a full comparison under way.
    expect(out.state!.live).toBeNull()
    expect(out.state!.stale).toBe(true)
    expect(out.state!.progress?.stage).toBe('comparing')
    await waitFor(() => expect(out.state!.live).not.toBeNull(), { timeout: 20_000 })
    expect(out.state!.live!.newText).toBe(newText)
    expect(out.state!.stale).toBe(false)
    expect(out.state!.progress).toBeNull()
    expect(out.state!.live!.comparison.changes.length).toBeGreaterThan(1000)
  })

  it('can be cancelled, and compared after all', async () => {
    const out: { state: LiveComparisonState | null } = { state: null }
    render(<I18nProvider initial="nl"><Probe oldT={oldText} newT={newText} out={out} /></I18nProvider>)
    act(() => out.state!.progress!.cancel())
    expect(out.state!.progress).toBeNull()
    expect(out.state!.stale).toBe(false)
    expect(out.state!.live).toBeNull()
    expect(screen.getByRole('status').textContent).toContain('Vergelijking afgebroken.')
    await new Promise((r) => setTimeout(r, 200))
    expect(out.state!.live).toBeNull() // really stopped
    fireEvent.click(screen.getByRole('button', { name: 'Toch vergelijken' }))
    await waitFor(() => expect(out.state!.live).not.toBeNull(), { timeout: 20_000 })
    expect(out.state!.retry).toBeNull()
  })
})

describe('progress indicator', () => {
  it('appears only for a run that takes longer than 300 ms, with its stage and a cancel button', () => {
    vi.useFakeTimers()
    try {
      const cancel = vi.fn()
      const startedAt = performance.now()
      render(<I18nProvider initial="nl"><CompareProgress progress={{ stage: 'comparing', startedAt, cancel }} retry={null} /></I18nProvider>)
      expect(screen.queryByRole('button', { name: 'Annuleren' })).toBeNull()
      act(() => {
        vi.advanceTimersByTime(600)
      })
      expect(screen.getByRole('status').textContent).toBe('Vergelijken… stap 2 van 3: structuur en woorden vergelijken.')
      expect(screen.getByRole('progressbar', { name: 'Voortgang van de vergelijking' })).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }))
      expect(cancel).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })
})
