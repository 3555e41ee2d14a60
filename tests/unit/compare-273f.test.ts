/**
 * The real pair: art. 273f Sr as in force (samples/273f-current.md) against the illustrative
 * restructured proposal (samples/273f-proposed.md). Every expectation below is the mapping table
 * of samples/README.md — the drafter's intent — not the engine's output.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts, type Change, type Comparison } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import type { TextFormat } from '../../shared/model/types.js'
import { brief, checkContract, sortBriefs, type Brief } from './compare-helpers.js'

const sample = (name: string, format: TextFormat): LegalText =>
  parseText(readFileSync(fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)), 'utf8'), { name, format }).text

const A = 'artikel:273f'
const FA = 'artikel:273fa'

/** The README's mapping table, row by row: [kind, old, new, renumbered, moved]. */
const TABLE: Array<[Brief['kind'], string[], string[], boolean, boolean]> = [
  ['unchanged', [A], [A], false, false],
  ['unchanged', [`${A}/lid:1`], [`${A}/lid:1`], false, false],
  ['modified', [`${A}/lid:1/onderdeel:1°`], [`${A}/lid:1/onderdeel:a`], true, false],
  ['merged', [`${A}/lid:1/onderdeel:2°`, `${A}/lid:1/onderdeel:5°`], [`${A}/lid:2`], true, true],
  ['deleted', [`${A}/lid:1/onderdeel:3°`], [], false, false],
  ['modified', [`${A}/lid:1/onderdeel:4°`], [`${A}/lid:1/onderdeel:b`], true, false],
  ['modified', [`${A}/lid:1/onderdeel:6°`], [`${FA}/lid:1/onderdeel:a`], true, true],
  ['modified', [`${A}/lid:1/onderdeel:7°`], [`${FA}/lid:1/onderdeel:b`], true, true],
  ['modified', [`${A}/lid:1/onderdeel:8°`], [`${FA}/lid:2`], true, true],
  ['modified', [`${A}/lid:1/onderdeel:9°`], [`${A}/lid:1/onderdeel:c`], true, false],
  ['modified', [`${A}/lid:2`], [`${A}/lid:3`], true, false],
  ['unchanged', [`${A}/lid:3`], [`${A}/lid:4`], true, false],
  ['modified', [`${A}/lid:3/onderdeel:1°`], [`${A}/lid:4/onderdeel:a`], true, false],
  ['split', [`${A}/lid:3/onderdeel:2°`], [`${A}/lid:4/onderdeel:b`, `${A}/lid:4/onderdeel:c`], true, false],
  ['modified', [`${A}/lid:3/onderdeel:3°`], [`${A}/lid:4/onderdeel:d`], true, false],
  ['modified', [`${A}/lid:4`], [`${A}/lid:5`], true, false],
  ['modified', [`${A}/lid:5`], [`${A}/lid:6`], true, false],
  ['unchanged', [`${A}/lid:6`], [`${A}/lid:7`], true, false],
  ['unchanged', [`${A}/lid:7`], [`${A}/lid:8`], true, false],
  ['inserted', [], [`${A}/lid:9`], false, false],
  ['inserted', [], [FA], false, false],
  ['inserted', [], [`${FA}/lid:1`], false, false],
]

describe('art. 273f: current → illustrative proposal (samples/README.md mapping)', () => {
  const current = sample('273f-current.md', 'md')
  const proposed = sample('273f-proposed.md', 'md')
  const cmp: Comparison = compareTexts(current, proposed)
  const find = (oldPath: string): Change => {
    const c = cmp.changes.find((x) => x.old.includes(oldPath))
    if (!c) throw new Error(`no change holds ${oldPath}`)
    return c
  }
  const findNew = (newPath: string): Change => {
    const c = cmp.changes.find((x) => x.new.includes(newPath))
    if (!c) throw new Error(`no change holds ${newPath}`)
    return c
  }

  it('counts 20 old and 22 new units, as the README says', () => {
    expect(cmp.old.units).toBe(20)
    expect(cmp.new.units).toBe(22)
    expect(cmp.old.label).toBe('Wetboek van Strafrecht, art. 273f (geldend)')
    expect(cmp.new.label).toBe('Voorstel art. 273f Sr (illustratief)')
  })

  it('satisfies every general invariant of the contract', () => {
    checkContract(current, proposed, cmp)
  })

  it('finds exactly the changes of the mapping table', () => {
    const expected = sortBriefs(TABLE.map(([kind, old, nw, renumbered, moved]) => ({ kind, old, new: nw, renumbered, moved })))
    expect(sortBriefs(cmp.changes.map(brief))).toEqual(expected)
  })

  it('has the expected totals', () => {
    expect(cmp.stats).toEqual({ unchanged: 5, modified: 11, merged: 1, split: 1, deleted: 1, inserted: 3 })
  })

  it('merges onderdelen 2° and 5° of lid 1 into the new lid 2 (onderdeel → lid: renumbered and moved)', () => {
    const c = findNew(`${A}/lid:2`)
    expect(c.kind).toBe('merged')
    expect(c.old).toEqual([`${A}/lid:1/onderdeel:2°`, `${A}/lid:1/onderdeel:5°`])
    expect(c.renumbered).toBe(true)
    expect(c.moved).toBe(true)
    const deleted = (c.words ?? []).filter((r) => r.op === 'delete').map((r) => r.text).join('')
    expect(deleted).toContain('tegen betaling') // dropped, per the README
    const inserted = (c.words ?? []).filter((r) => r.op === 'insert').map((r) => r.text).join('')
    expect(inserted).toContain('diensten of')
  })

  it('splits onderdeel 2° of lid 3 into onderdelen b and c of lid 4', () => {
    const c = find(`${A}/lid:3/onderdeel:2°`)
    expect(c.kind).toBe('split')
    expect(c.new).toEqual([`${A}/lid:4/onderdeel:b`, `${A}/lid:4/onderdeel:c`])
    expect(c.moved).toBe(false)
    expect(c.similarity).toBeGreaterThan(0.5)
  })

  it('keeps leden 6 and 7 unchanged as 7 and 8: renumbered, not moved', () => {
    for (const [o, n] of [['6', '7'], ['7', '8'], ['3', '4']] as const) {
      const c = find(`${A}/lid:${o}`)
      expect(c).toMatchObject({ kind: 'unchanged', new: [`${A}/lid:${n}`], renumbered: true, moved: false, similarity: 1 })
    }
    // lid 2 → 3 is modified, and its shift is explained by the inserted lid 2: not moved.
    expect(find(`${A}/lid:2`)).toMatchObject({ kind: 'modified', new: [`${A}/lid:3`], renumbered: true, moved: false })
  })

  it('moves onderdelen 6°, 7° and 8° into the new article 273fa', () => {
    expect(find(`${A}/lid:1/onderdeel:6°`)).toMatchObject({ kind: 'modified', new: [`${FA}/lid:1/onderdeel:a`], moved: true, renumbered: true })
    expect(find(`${A}/lid:1/onderdeel:7°`)).toMatchObject({ kind: 'modified', new: [`${FA}/lid:1/onderdeel:b`], moved: true, renumbered: true })
    expect(find(`${A}/lid:1/onderdeel:8°`)).toMatchObject({ kind: 'modified', new: [`${FA}/lid:2`], moved: true, renumbered: true })
    const sixth = find(`${A}/lid:1/onderdeel:6°`)
    expect((sixth.words ?? []).filter((r) => r.op === 'insert').map((r) => r.text).join('')).toContain('als bedoeld in artikel 273f')
    expect((sixth.words ?? []).filter((r) => r.op === 'delete')).toEqual([])
  })

  it('deletes onderdeel 3° and inserts lid 9 and article 273fa with its lid 1', () => {
    expect(find(`${A}/lid:1/onderdeel:3°`)).toMatchObject({ kind: 'deleted', new: [] })
    for (const p of [`${A}/lid:9`, FA, `${FA}/lid:1`]) expect(findNew(p)).toMatchObject({ kind: 'inserted', old: [] })
  })

  it('redlines onderdeel 1° → a with exactly the README\'s change', () => {
    const c = find(`${A}/lid:1/onderdeel:1°`)
    const del = (c.words ?? []).filter((r) => r.op === 'delete').map((r) => r.text.trim())
    const ins = (c.words ?? []).filter((r) => r.op === 'insert').map((r) => r.text.trim())
    // "door afpersing, fraude, misleiding dan wel door misbruik" → "door afpersing, fraude of misleiding, door misbruik"
    const oldJoined = del.join(' ')
    const newJoined = ins.join(' ')
    expect(oldJoined).toMatch(/dan wel/)
    expect(newJoined).toMatch(/\bof\b/)
    expect(newJoined).not.toMatch(/dwang|uitbuiting|organen/) // the rest of the long text is equal
    expect(c.similarity).toBeGreaterThan(0.9)
  })

  it('places the deletion of 3° where it stood: inside lid 1, after 1° (now a) and before 4° (now b)', () => {
    const k = cmp.changes.findIndex((c) => c.old.includes(`${A}/lid:1/onderdeel:3°`))
    expect(cmp.changes[k - 1]!.old).toEqual([`${A}/lid:1/onderdeel:1°`])
    expect(cmp.changes[k + 1]!.old).toEqual([`${A}/lid:1/onderdeel:4°`])
  })
})

describe('art. 273f: the same text in different formats', () => {
  const md = sample('273f-current.md', 'md')
  for (const [name, format] of [['273f-current.xml', 'bwb'], ['273f-current.txt', 'text']] as const) {
    it(`md vs ${format}: only unchanged, nothing renumbered or moved`, () => {
      const other = sample(name, format)
      for (const [a, b] of [[md, other], [other, md]] as const) {
        const cmp = compareTexts(a, b)
        checkContract(a, b, cmp)
        expect(cmp.changes.length).toBe(20)
        for (const c of cmp.changes) {
          expect(c).toMatchObject({ kind: 'unchanged', renumbered: false, moved: false, similarity: 1 })
          expect(c.old).toEqual(c.new)
        }
        expect(cmp.stats).toEqual({ unchanged: 20, modified: 0, inserted: 0, deleted: 0, split: 0, merged: 0 })
      }
    })
  }
})

describe('art. 273f: proposal → current (swapped)', () => {
  it('turns the merge into a split and the insertions into deletions', () => {
    const current = sample('273f-current.md', 'md')
    const proposed = sample('273f-proposed.md', 'md')
    const back = compareTexts(proposed, current)
    checkContract(proposed, current, back)
    expect(back.stats).toEqual({ unchanged: 5, modified: 11, merged: 1, split: 1, deleted: 3, inserted: 1 })
    expect(back.changes.find((c) => c.kind === 'split')).toMatchObject({
      old: [`${A}/lid:2`], new: [`${A}/lid:1/onderdeel:2°`, `${A}/lid:1/onderdeel:5°`],
    })
  })
})
