/**
 * The comparison shown in the views, kept current while typing: each edit patches only the
 * edited units' redlines (model/live-compare.ts) and shows that at once; when typing pauses a
 * full structural comparison replaces it. Anything the patch cannot express is compared in full
 * straight away.
 *
 * A full comparison of large texts (a whole code: hundreds of milliseconds to seconds) runs in a
 * Web Worker (worker/compare-client.ts), so the window stays responsive; while one that the views
 * wait for runs, `progress` tells its stage and can cancel it. Small texts (art. 273f) are
 * compared on the main thread at once, as before: that takes a few milliseconds.
 */
import { useEffect, useMemo, useState } from 'react'
import type { Comparison } from '../../shared/compare/types.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { patchComparison, reuseEqualChanges } from '../model/live-compare.js'
import { CompareCancelled, startComparison, type CompareStage } from '../worker/compare-client.js'

/**
 * Typing pause after which the full comparison runs. Long enough that it does not land between
 * the keys of a drafter who is still typing (it takes hundreds of milliseconds on a whole code
 * and would delay the next keystroke); it then waits for the browser to be idle as well.
 */
export const FULL_COMPARE_DELAY_MS = 800

/** Texts with at least this many units (both sides together) are compared in the worker. */
export const WORKER_FROM_UNITS = 1500

export interface LiveComparison {
  readonly comparison: Comparison
  readonly oldText: LegalText
  /** The proposal this comparison describes. */
  readonly newText: LegalText
}

/** A full comparison the views are waiting for. */
export interface CompareProgress {
  readonly stage: CompareStage
  /** performance.now() when it started. */
  readonly startedAt: number
  cancel(): void
}

export interface LiveComparisonState {
  /**
   * The comparison to show; while a full comparison runs for other texts (`progress`), the last
   * one shown (it describes its own `oldText`/`newText`); null when there is none or after cancel.
   */
  readonly live: LiveComparison | null
  /** Whether `live` describes other texts than the ones given and a newer comparison is coming. */
  readonly stale: boolean
  readonly progress: CompareProgress | null
  /** Set after the drafter cancelled: compares the texts after all. */
  readonly retry: (() => void) | null
}

const compare = (oldText: LegalText, newText: LegalText): LiveComparison | null => {
  try {
    return { comparison: compareTexts(oldText, newText), oldText, newText }
  } catch {
    return null
  }
}

const countUnits = (units: readonly Unit[]): number => units.reduce((n, u) => n + 1 + countUnits(u.children), 0)
const large = (oldText: LegalText, newText: LegalText): boolean => countUnits(oldText.units) + countUnits(newText.units) >= WORKER_FROM_UNITS

/** The texts a result was derived for, and what is still to do for them. */
interface State {
  readonly oldText: LegalText | undefined
  readonly newText: LegalText | undefined
  readonly live: LiveComparison | null
  /** `live` is the live patch: a full comparison follows when typing pauses. */
  readonly patched: boolean
  /** `live` is not for these texts: a full comparison (in the worker) is needed now. */
  readonly pending: boolean
  /** The pending comparison replaces one that was under way: wait for a pause before starting it. */
  readonly restart: boolean
  readonly cancelled: boolean
}

const EMPTY: State = { oldText: undefined, newText: undefined, live: null, patched: false, pending: false, restart: false, cancelled: false }

function derive(prev: State, oldText: LegalText | undefined, newText: LegalText | undefined): State {
  if (!oldText || !newText) return { ...EMPTY, oldText, newText }
  const before = prev.live
  const patched = before && before.oldText === oldText ? patchComparison(before.comparison, oldText, before.newText, newText) : null
  if (patched) return { ...EMPTY, oldText, newText, live: { comparison: patched, oldText, newText }, patched: true }
  if (!large(oldText, newText)) return { ...EMPTY, oldText, newText, live: compare(oldText, newText) }
  return { ...EMPTY, oldText, newText, live: before, pending: true, restart: prev.pending && !prev.cancelled }
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

export function useLiveComparison(oldText: LegalText | undefined, newText: LegalText | undefined): LiveComparisonState {
  const [state, setState] = useState<State>(() => derive(EMPTY, oldText, newText))
  const [running, setRunning] = useState<{ stage: CompareStage; startedAt: number; cancel: () => void } | null>(null)

  // Derived during render (React's "adjusting state when a prop changes"), not in an effect: an
  // effect would render the whole App a second time per keystroke, once with the new text and
  // the old comparison and once more with the new comparison.
  let current = state
  if (state.oldText !== oldText || state.newText !== newText) {
    current = derive(state, oldText, newText)
    setState(current)
  }

  // The comparison the views wait for, in the worker, with its progress.
  const { pending, cancelled, restart } = current
  useEffect(() => {
    if (!pending || cancelled || !oldText || !newText) return
    let job: { cancel(): void } | null = null
    let cleared = false
    const start = () => {
      const startedAt = performance.now()
      const j = startComparison(oldText, newText, (stage) => {
        if (!cleared) setRunning((r) => (r && r.stage === stage ? r : { stage, startedAt, cancel: cancelRun }))
      })
      job = j
      j.done.then((comparison) => {
        if (cleared) return
        setRunning(null)
        setState((s) => {
          if (s.oldText !== oldText || s.newText !== newText) return s
          const kept = s.live && s.live.oldText === oldText ? reuseEqualChanges(s.live.comparison, comparison) : comparison
          return { ...s, live: { comparison: kept, oldText, newText }, pending: false, restart: false }
        })
      }, (e: unknown) => {
        if (cleared || e instanceof CompareCancelled) return
        setRunning(null)
        setState((s) => (s.oldText === oldText && s.newText === newText ? { ...s, live: null, pending: false, restart: false } : s))
      })
    }
    const cancelRun = () => {
      job?.cancel()
      setRunning(null)
      setState((s) => (s.oldText === oldText && s.newText === newText ? { ...s, cancelled: true, restart: false } : s))
    }
    // Typing on while a whole code is being compared: wait for a pause instead of restarting per key.
    const timer = restart ? setTimeout(start, FULL_COMPARE_DELAY_MS) : null
    if (!restart) start()
    else setRunning((r) => r ?? { stage: 'sending', startedAt: performance.now(), cancel: cancelRun })
    return () => {
      cleared = true
      if (timer) clearTimeout(timer)
      job?.cancel()
      setRunning(null)
    }
  }, [pending, cancelled, restart, oldText, newText])

  // When typing pauses: the full comparison, to replace the live patch (silently: the patch is current).
  const { patched, live } = current
  useEffect(() => {
    if (!patched || !live) return
    let cancelIdle: (() => void) | null = null
    let job: { cancel(): void } | null = null
    const apply = (full: LiveComparison | null) => {
      setState((s) => {
        if (s.live !== live) return s // typing went on meanwhile; that text gets its own turn
        if (!full) return { ...s, live: null, patched: false }
        // Usually equal to the patch: then keep the state as it is, so nothing renders again;
        // otherwise keep the changes that are equal, so only the rows that differ render.
        const comparison = reuseEqualChanges(live.comparison, full.comparison)
        if (comparison === live.comparison) return s
        return { ...s, live: { ...full, comparison }, patched: false }
      })
    }
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        cancelIdle = null
        if (!large(live.oldText, live.newText)) {
          apply(compare(live.oldText, live.newText))
          return
        }
        const j = startComparison(live.oldText, live.newText)
        job = j
        j.done.then((comparison) => apply({ comparison, oldText: live.oldText, newText: live.newText }), (e: unknown) => {
          if (!(e instanceof CompareCancelled)) apply(null)
        })
      })
    }, FULL_COMPARE_DELAY_MS)
    return () => {
      clearTimeout(timer)
      cancelIdle?.()
      job?.cancel()
    }
  }, [patched, live])

  const retry = useMemo(() => (cancelled ? () => setState((s) => ({ ...s, cancelled: false, restart: false })) : null), [cancelled])
  return {
    live: pending && cancelled ? null : current.live,
    stale: pending && !cancelled,
    progress: pending && !cancelled ? running : null,
    retry,
  }
}
