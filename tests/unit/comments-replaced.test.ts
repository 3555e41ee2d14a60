// A new draft loaded over the proposal: its comments follow their words into the new text,
// through renumbering, and are stored at their new places; those whose words are gone stay,
// orphaned, never dropped.
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { carryThroughReplacement, resolveComment } from '../../shared/comments/index.js'
import { commentOn, proposed273f, sampleText } from './comments-helpers.js'

/** The sample proposal with lid 3 struck and leden 4–9 renumbered 3–8 (all other words the same). */
function withoutLid3(): string {
  const lines = sampleText('273f-proposed.md').split('\n')
  const out: string[] = []
  for (const line of lines) {
    const m = /^(\d+)\. /.exec(line)
    if (!m) out.push(line)
    else if (m[1] === '3') continue
    else out.push(Number(m[1]) > 3 ? line.replace(/^\d+\./, `${Number(m[1]) - 1}.`) : line)
  }
  return out.join('\n')
}

describe('comments when a version is replaced by a new text', () => {
  const before = proposed273f()
  const after = parseText(withoutLid3(), { name: 'v2.md' }).text
  const onLid7 = commentOn(before, 'proposed', 'artikel:273f/lid:7', 'geen andere werkelijke of aanvaardbare keuze', { id: 'c-7' })
  const onLid8 = commentOn(before, 'proposed', 'artikel:273f/lid:8', 'Artikel 251', { id: 'c-8' })
  const onLid3 = commentOn(before, 'proposed', 'artikel:273f/lid:3', 'prostitutie', { id: 'c-3' })
  const onCurrent = { ...onLid7, id: 'c-cur', target: { ...onLid7.target, version: 'current' } }

  it('follow their words to their renumbered leden, and are found there as on any draft', () => {
    const carried = carryThroughReplacement([onLid7, onLid8, onLid3, onCurrent], 'proposed', before, after)
    expect(carried.map((c) => c.target.unitPath)).toEqual(['artikel:273f/lid:6', 'artikel:273f/lid:7', 'artikel:273f/lid:3', 'artikel:273f/lid:7'])
    for (const c of carried.slice(0, 2)) expect(resolveComment(c, after)).toMatchObject({ state: 'anchored', method: 'position' })
    // The struck lid's comment keeps its target: orphaned, with its words, not lost.
    expect(carried[2]).toBe(onLid3)
    expect(resolveComment(carried[2]!, after).state).toBe('orphaned')
    // A comment on another version is not touched.
    expect(carried[3]).toBe(onCurrent)
  })

  it('gives back the very same list when no comment is on the version replaced', () => {
    const list = [onCurrent]
    expect(carryThroughReplacement(list, 'proposed', before, after)).toBe(list)
  })
})
