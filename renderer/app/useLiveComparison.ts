/**
 * The comparison shown in the views, kept current while typing: each edit patches only the
 * edited units' redlines (model/live-compare.ts) and shows that at once; when typing pauses a
 * full structural comparison replaces it. Anything the patch cannot express is compared in full
 * straight away.
 */
import { useEffect, useRef, useState } from 'react'
import type { Comparison } from '../../shared/compare/types.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { patchComparison } from '../model/live-compare.js'

/** Typing pause after which the full comparison runs. */
export const FULL_COMPARE_DELAY_MS = 400

export interface LiveComparison {
  readonly comparison: Comparison
  readonly oldText: LegalText
  /** The proposal this comparison describes (may trail the editor by one keystroke). */
  readonly newText: LegalText
}

const compare = (oldText: LegalText, newText: LegalText): LiveComparison | null => {
  try {
    return { comparison: compareTexts(oldText, newText), oldText, newText }
  } catch {
    return null
  }
}

export function useLiveComparison(oldText: LegalText | undefined, newText: LegalText | undefined): LiveComparison | null {
  const [live, setLive] = useState<LiveComparison | null>(null)
  const latest = useRef<LiveComparison | null>(null)
  latest.current = live

  useEffect(() => {
    if (!oldText || !newText) {
      setLive(null)
      return
    }
    const prev = latest.current
    if (prev && prev.newText === newText && prev.oldText === oldText) return
    const patched = prev && prev.oldText === oldText ? patchComparison(prev.comparison, oldText, prev.newText, newText) : null
    if (!patched) {
      setLive(compare(oldText, newText))
      return
    }
    setLive({ comparison: patched, oldText, newText })
    const timer = setTimeout(() => setLive(compare(oldText, newText)), FULL_COMPARE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [oldText, newText])

  return live
}
