/**
 * The comparison shown in the views, kept current while typing: each edit patches only the
 * edited units' redlines (model/live-compare.ts) and shows that at once; when typing pauses a
 * full structural comparison replaces it. Anything the patch cannot express is compared in full
 * straight away.
 */
import { useEffect, useState } from 'react'
import type { Comparison } from '../../shared/compare/types.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { patchComparison, reuseEqualChanges } from '../model/live-compare.js'

/**
 * Typing pause after which the full comparison runs. Long enough that it does not land between
 * the keys of a drafter who is still typing (it takes hundreds of milliseconds on a whole code
 * and would delay the next keystroke); it then waits for the browser to be idle as well.
 */
export const FULL_COMPARE_DELAY_MS = 800

export interface LiveComparison {
  readonly comparison: Comparison
  readonly oldText: LegalText
  /** The proposal this comparison describes. */
  readonly newText: LegalText
}

const compare = (oldText: LegalText, newText: LegalText): LiveComparison | null => {
  try {
    return { comparison: compareTexts(oldText, newText), oldText, newText }
  } catch {
    return null
  }
}

/** The texts a result was derived for, and whether it is only the live patch. */
interface State {
  readonly oldText: LegalText | undefined
  readonly newText: LegalText | undefined
  readonly live: LiveComparison | null
  readonly patched: boolean
}

function derive(prev: State, oldText: LegalText | undefined, newText: LegalText | undefined): State {
  if (!oldText || !newText) return { oldText, newText, live: null, patched: false }
  const before = prev.live
  const patched = before && before.oldText === oldText ? patchComparison(before.comparison, oldText, before.newText, newText) : null
  if (patched) return { oldText, newText, live: { comparison: patched, oldText, newText }, patched: true }
  return { oldText, newText, live: compare(oldText, newText), patched: false }
}

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    // The timeout keeps a browser that is never idle from postponing the comparison for ever.
    const id = requestIdleCallback(run, { timeout: 1000 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(run, 0)
  return () => clearTimeout(id)
}

export function useLiveComparison(oldText: LegalText | undefined, newText: LegalText | undefined): LiveComparison | null {
  const [state, setState] = useState<State>(() => derive({ oldText: undefined, newText: undefined, live: null, patched: false }, oldText, newText))

  // Derived during render (React's "adjusting state when a prop changes"), not in an effect: an
  // effect would render the whole App a second time per keystroke, once with the new text and
  // the old comparison and once more with the new comparison.
  let current = state
  if (state.oldText !== oldText || state.newText !== newText) {
    current = derive(state, oldText, newText)
    setState(current)
  }

  const { patched, live } = current
  useEffect(() => {
    if (!patched || !live) return
    let cancelIdle: (() => void) | null = null
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        cancelIdle = null
        const full = compare(live.oldText, live.newText)
        setState((s) => {
          if (s.live !== live) return s // typing went on meanwhile; that text gets its own turn
          if (!full) return { ...s, live: null, patched: false }
          // Usually equal to the patch: then keep the state as it is, so nothing renders again;
          // otherwise keep the changes that are equal, so only the rows that differ render.
          const comparison = reuseEqualChanges(live.comparison, full.comparison)
          if (comparison === live.comparison) return s
          return { ...s, live: { ...full, comparison }, patched: false }
        })
      })
    }, FULL_COMPARE_DELAY_MS)
    return () => {
      clearTimeout(timer)
      cancelIdle?.()
    }
  }, [patched, live])

  return live
}
