// The side-by-side view marks deleted and inserted words in each unit of a split or merge: the
// group's redline, made over the units joined by line breaks, is cut back into one per unit.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { runsPerUnit, segmentsPerUnit } from '../../renderer/model/unit-runs.js'
import type { Unit } from '../../shared/model/types.js'
import type { WordRun } from '../../shared/compare/types.js'

const sample = (name: string) => parseText(readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8'), { name }).text
const byPath = (units: readonly Unit[], out = new Map<string, Unit>()): Map<string, Unit> => {
  for (const u of units) {
    out.set(u.path, u)
    byPath(u.children, out)
  }
  return out
}
const spelled = (runs: readonly WordRun[]) => runs.map((r) => r.text).join('')
const changed = (runs: readonly WordRun[], op: WordRun['op']) => runs.filter((r) => r.op === op).map((r) => r.text).join('')

describe('runsPerUnit', () => {
  it('gives every unit of the art. 273f splits and merges its own marked words, losing none', () => {
    const old = sample('273f-current.md')
    const proposed = sample('273f-proposed.md')
    const cmp = compareTexts(old, proposed)
    const olds = byPath(old.units)
    const news = byPath(proposed.units)
    const groups = cmp.changes.filter((c) => c.kind === 'split' || c.kind === 'merged')
    expect(groups.length).toBeGreaterThanOrEqual(2)
    for (const c of groups) {
      const side = c.kind === 'merged' ? 'old' : 'new'
      const units = (side === 'old' ? c.old.map((p) => olds.get(p)!) : c.new.map((p) => news.get(p)!))
      const per = runsPerUnit(c.words!, units, side)
      expect(per, `${c.kind} ${c.old.join('+')} → ${c.new.join('+')}`).not.toBeNull()
      per!.forEach((runs, k) => expect(spelled(runs)).toBe(units[k]!.text))
      // Every word the group deletes (merge) or inserts (split) is marked in one of its units.
      const op = side === 'old' ? 'delete' : 'insert'
      expect(per!.map((runs) => changed(runs, op)).join('').replace(/\n/g, '')).toBe(changed(c.words!, op).replace(/\n/g, ''))
      expect(per!.some((runs) => runs.some((r) => r.op === op))).toBe(true)
    }
  })

  const unit = (number: string, text: string): Unit => ({ type: 'onderdeel', number, path: `artikel:1/onderdeel:${number}`, text, children: [] })

  it('cuts at the units\' lengths, so a unit of two alinea keeps its own line break', () => {
    const units = [unit('a', 'een\ntwee'), unit('b', 'drie')]
    const words: WordRun[] = [
      { op: 'equal', text: 'een\n' }, { op: 'delete', text: 'twee' }, { op: 'insert', text: 'vier' }, { op: 'equal', text: '\ndrie' },
    ]
    expect(runsPerUnit(words, units, 'old')).toEqual([
      [{ op: 'equal', text: 'een\n' }, { op: 'delete', text: 'twee' }],
      [{ op: 'equal', text: 'drie' }],
    ])
  })

  it('says null when the runs do not spell the units (then they are shown plainly)', () => {
    const units = [unit('a', 'een'), unit('b', 'twee')]
    expect(runsPerUnit([{ op: 'equal', text: 'een twee' }], units, 'old')).toBeNull()
    expect(runsPerUnit([{ op: 'equal', text: 'een\ntwee en meer' }], units, 'old')).toBeNull()
    expect(runsPerUnit([{ op: 'equal', text: 'een\ntw' }], units, 'old')).toBeNull()
  })

  it('cuts the whole redline per unit for the inline renvooi, the other side\'s words kept where they stand', () => {
    // A split: "een twee drie oud" became "een twee" and "drie nieuw".
    const units = [unit('a', 'een twee'), unit('b', 'drie nieuw')]
    const words: WordRun[] = [
      { op: 'equal', text: 'een twee' }, { op: 'delete', text: ' ' }, { op: 'insert', text: '\n' },
      { op: 'equal', text: 'drie ' }, { op: 'delete', text: 'oud' }, { op: 'insert', text: 'nieuw' }, { op: 'delete', text: ' en meer' },
    ]
    expect(segmentsPerUnit(words, units, 'new')).toEqual([
      [{ op: 'equal', text: 'een twee' }, { op: 'delete', text: ' ' }],
      [{ op: 'equal', text: 'drie ' }, { op: 'delete', text: 'oud' }, { op: 'insert', text: 'nieuw' }, { op: 'delete', text: ' en meer' }],
    ])
    expect(runsPerUnit(words, units, 'new')).toEqual([[{ op: 'equal', text: 'een twee' }], [{ op: 'equal', text: 'drie ' }, { op: 'insert', text: 'nieuw' }]])
  })
})
