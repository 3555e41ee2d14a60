/**
 * Known operations on synthetic statutes (30–60 articles with leden, onderdelen and
 * subonderdelen, every text distinct), each checked against what the construction says must be
 * found: the full list of changes is derived from unit ids (see `expectedChanges`), never from the
 * engine's output.
 */
import { describe, expect, it } from 'vitest'
import { compareTexts, type Change, type Comparison } from '../../shared/compare/index.js'
import {
  FRESH, all, brief, checkContract, clone, expectedChanges, pathsById, renumber, rng, sortBriefs, statute,
  textMaker, toLegalText, unit, type Brief, type S,
} from './compare-helpers.js'

/** Compares two trees, checks the general contract, and returns the comparison. */
function run(before: readonly S[], after: readonly S[]): Comparison {
  const a = toLegalText('oud', before)
  const b = toLegalText('nieuw', after)
  const cmp = compareTexts(a, b)
  checkContract(a, b, cmp)
  return cmp
}

const briefs = (cmp: Comparison): Brief[] => sortBriefs(cmp.changes.map(brief))
const article = (arts: readonly S[], number: string): S => arts.find((a) => a.number === number)!
const changeOf = (cmp: Comparison, oldPath: string): Change => {
  const c = cmp.changes.find((x) => x.old.includes(oldPath))
  if (!c) throw new Error(`no change holds ${oldPath}`)
  return c
}

/** A fresh text of distinct words for an inserted unit (its own generator, so it shares no text). */
const freshText = textMaker(rng(991))

describe('synthetic statutes: known operations are found', () => {
  const base = statute(20240601, 48)

  it('builds what the tests rely on: 48 articles, distinct texts, hundreds of units', () => {
    const units = all(base)
    expect(base.length).toBe(48)
    expect(units.length).toBeGreaterThan(200)
    const texts = units.map((u) => u.text).filter(Boolean)
    expect(new Set(texts).size).toBe(texts.length)
    expect(units.some((u) => u.type === 'subonderdeel')).toBe(true)
  })

  it('the unedited copy is all unchanged', () => {
    const cmp = run(base, clone(base))
    expect(briefs(cmp)).toEqual(expectedChanges(base, base))
    expect(cmp.stats.unchanged).toBe(all(base).length)
  })

  it('a lid inserted at the start renumbers all later leden: renumbered, not moved, still unchanged', () => {
    const after = clone(base)
    const art = article(after, '7')
    const oldCount = art.children.length
    expect(oldCount).toBeGreaterThanOrEqual(4)
    art.children.unshift(unit('lid', '', freshText(12, 20)))
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after))
    expect(changeOf(cmp, 'artikel:7/lid:1')).toMatchObject({ kind: 'unchanged', new: ['artikel:7/lid:2'], renumbered: true, moved: false })
    const leden = cmp.changes.filter((c) => c.old[0]?.match(/^artikel:7\/lid:\d+$/))
    expect(leden.length).toBe(oldCount)
    for (const c of leden) expect(c).toMatchObject({ kind: 'unchanged', renumbered: true, moved: false })
    expect(cmp.changes.find((c) => c.new[0] === 'artikel:7/lid:1')).toMatchObject({ kind: 'inserted', old: [] })
    expect(cmp.stats).toMatchObject({ inserted: 1, deleted: 0, modified: 0, split: 0, merged: 0 })
  })

  it('a lid moved to the end of its article is moved; the leden that close up are only renumbered', () => {
    const after = clone(base)
    const art = article(after, '11')
    expect(art.children.length).toBeGreaterThanOrEqual(4)
    const lid = art.children[1]!
    art.children.splice(1, 1)
    art.children.push(lid)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([lid.id]) }))
    const n = art.children.length
    expect(changeOf(cmp, 'artikel:11/lid:2')).toMatchObject({ kind: 'unchanged', new: [`artikel:11/lid:${n}`], renumbered: true, moved: true })
    expect(changeOf(cmp, 'artikel:11/lid:3')).toMatchObject({ kind: 'unchanged', new: ['artikel:11/lid:2'], renumbered: true, moved: false })
  })

  it('a lid moved to another article is moved; its onderdelen move with it but are not themselves moved', () => {
    const after = clone(base)
    const from = article(after, '15')
    const to = article(after, '30')
    // The lid with onderdelen, if article 15 has one; otherwise its last lid.
    const lid = from.children.find((l) => l.children.length) ?? from.children[from.children.length - 1]!
    from.children.splice(from.children.indexOf(lid), 1)
    to.children.push(lid)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([lid.id]) }))
    const newPath = pathsById(after).get(lid.id)!
    expect(newPath).toMatch(/^artikel:30\/lid:\d+$/)
    expect(cmp.changes.find((c) => c.new[0] === newPath)).toMatchObject({ kind: 'unchanged', moved: true })
  })

  it('a lid moved to the same number in another article: moved but not renumbered', () => {
    const after = clone(base)
    const to = after.find((a) => a.number !== '31' && a.children.length === 2 && a.children[0]!.type === 'lid')!
    const from = article(after, '31') // k % 4 === 3: at least 4 leden
    const lid = from.children[2]!
    from.children.splice(2, 1)
    to.children.push(lid) // becomes lid 3 there, as it was lid 3 here
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([lid.id]) }))
    expect(changeOf(cmp, 'artikel:31/lid:3')).toMatchObject({ kind: 'unchanged', new: [`artikel:${to.number}/lid:3`], renumbered: false, moved: true })
  })

  it('a lid whose text is divided over two new leden is split', () => {
    const after = clone(base)
    const art = article(after, '19')
    const k = art.children.findIndex((l) => !l.children.length && l.text.split(' ').length >= 16)
    expect(k).toBeGreaterThanOrEqual(0)
    const lid = art.children[k]!
    const oldPath = `artikel:19/lid:${k + 1}`
    const words = lid.text.split(' ')
    const half = Math.floor(words.length / 2)
    lid.text = words.slice(0, half).join(' ') + '.'
    const second = unit('lid', '', words.slice(half).join(' '))
    art.children.splice(k + 1, 0, second)
    renumber(after)
    const cmp = run(base, after)
    const split: Brief = { kind: 'split', old: [oldPath], new: [`artikel:19/lid:${k + 1}`, `artikel:19/lid:${k + 2}`], renumbered: false, moved: false }
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { explicit: [split] }))
    const c = changeOf(cmp, oldPath)
    // The redline inserts the full stop and the break between the parts, nothing else.
    expect(c.words!.filter((r) => r.op === 'delete').map((r) => r.text.trim()).join('')).toBe('')
    expect(c.similarity).toBeGreaterThan(0.9)
  })

  it('two onderdelen joined into one are merged', () => {
    const after = clone(base)
    const lid = all(after).find((u) => u.type === 'lid' && u.children.length >= 4 && u.children.slice(1, 3).every((o) => !o.children.length))
    expect(lid).toBeDefined()
    const oldLidPath = pathsById(base).get(lid!.id)!
    const [second, third] = [lid!.children[1]!, lid!.children[2]!]
    second.text = `${second.text.replace(/\.$/, '')} en ${third.text}`
    lid!.children.splice(2, 1)
    renumber(after)
    const newLidPath = pathsById(after).get(lid!.id)!
    const cmp = run(base, after)
    const merged: Brief = {
      kind: 'merged', old: [`${oldLidPath}/onderdeel:2°`, `${oldLidPath}/onderdeel:3°`], new: [`${newLidPath}/onderdeel:2°`], renumbered: false, moved: false,
    }
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { explicit: [merged] }))
    // The fourth onderdeel closes up: renumbered, not moved.
    expect(changeOf(cmp, `${oldLidPath}/onderdeel:4°`)).toMatchObject({ kind: 'unchanged', new: [`${newLidPath}/onderdeel:3°`], renumbered: true, moved: false })
  })

  it('inserted and deleted articles are inserted and deleted with all their units; the rest is untouched', () => {
    const after = clone(base)
    const deleted = article(after, '21')
    expect(deleted.children.length).toBeGreaterThan(0)
    after.splice(after.indexOf(deleted), 1)
    const inserted = unit('artikel', '12a', '', [
      unit('lid', '', freshText(10, 20), [unit('onderdeel', '', freshText(10, 20)), unit('onderdeel', '', freshText(10, 20))]),
      unit('lid', '', freshText(10, 20)),
    ])
    after.splice(after.indexOf(article(after, '12')) + 1, 0, inserted)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after))
    expect(cmp.stats.inserted).toBe(5)
    expect(cmp.stats.deleted).toBe(all([article(base, '21')]).length)
    expect(cmp.changes.filter((c) => c.kind === 'deleted').map((c) => c.old[0])).toContain('artikel:21')
    expect(cmp.changes.filter((c) => c.kind === 'inserted').map((c) => c.new[0])).toEqual([
      'artikel:12a', 'artikel:12a/lid:1', 'artikel:12a/lid:1/onderdeel:1°', 'artikel:12a/lid:1/onderdeel:2°', 'artikel:12a/lid:2',
    ])
    // In new order: the new article right after article 12 and its units.
    const k = cmp.changes.findIndex((c) => c.new[0] === 'artikel:12a')
    expect(cmp.changes[k - 1]!.new[0]!.startsWith('artikel:12/') || cmp.changes[k - 1]!.new[0] === 'artikel:12').toBe(true)
    // The deletion stands where article 21 stood: after the last unit of article 20, followed
    // by the deletions of its own units.
    const d = cmp.changes.findIndex((c) => c.old[0] === 'artikel:21')
    const last20 = pathsById(base).get(all([article(base, '20')]).at(-1)!.id)!
    expect(cmp.changes[d - 1]!.old).toContain(last20)
    expect(cmp.changes.slice(d, d + cmp.stats.deleted).every((c) => c.kind === 'deleted')).toBe(true)
  })

  it('a renumbered article (12a → 13, 13 → 14, …) is unchanged and renumbered, its units not renumbered', () => {
    const old = clone(base).slice(0, 40)
    old.forEach((a, k) => (a.number = k < 12 ? String(k + 1) : k === 12 ? '12a' : String(k))) // …, 12, 12a, 13, …, 39
    const after = clone(old)
    after.forEach((a, k) => (a.number = String(k + 1))) // 12a → 13, 13 → 14, …
    const cmp = run(old, after)
    expect(briefs(cmp)).toEqual(expectedChanges(old, after))
    expect(changeOf(cmp, 'artikel:12a')).toMatchObject({ kind: 'unchanged', new: ['artikel:13'], renumbered: true, moved: false })
    expect(changeOf(cmp, 'artikel:13')).toMatchObject({ kind: 'unchanged', new: ['artikel:14'], renumbered: true, moved: false })
    for (const c of cmp.changes.filter((x) => x.old[0]!.includes('/'))) expect(c.renumbered).toBe(false)
  })

  it('a renumbered article with an edited lid is not confused with the article that had its number', () => {
    const old = clone(base).slice(0, 40)
    old.forEach((a, k) => (a.number = k < 12 ? String(k + 1) : k === 12 ? '12a' : String(k)))
    const after = clone(old)
    after.forEach((a, k) => (a.number = String(k + 1)))
    const art = after[12]!
    expect(art.children.length).toBeGreaterThan(0)
    const lid = art.children[0]!
    const w = lid.text.split(' ')
    w[Math.floor(w.length / 2)] = FRESH[0]!
    lid.text = w.join(' ')
    const cmp = run(old, after)
    expect(briefs(cmp)).toEqual(expectedChanges(old, after))
    expect(changeOf(cmp, 'artikel:12a/lid:1')).toMatchObject({ kind: 'modified', new: ['artikel:13/lid:1'], renumbered: false, moved: false })
  })

  it('an article moved elsewhere is moved; the articles it passed and its own units are not', () => {
    const after = clone(base)
    const art = article(after, '5')
    after.splice(after.indexOf(art), 1)
    after.splice(after.indexOf(article(after, '30')) + 1, 0, art)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([art.id]) }))
    expect(changeOf(cmp, 'artikel:5')).toMatchObject({ kind: 'unchanged', renumbered: false, moved: true })
  })

  it('articles regrouped under other divisions keep their paths: all unchanged, nothing moved', () => {
    const old = clone(base)
    const after = clone(base)
    const wrap = (arts: S[], cut: number): S[] => [
      unit('hoofdstuk', '1', 'Algemene bepalingen', arts.slice(0, cut)),
      unit('hoofdstuk', '2', 'Bijzondere bepalingen', arts.slice(cut)),
    ]
    const a = wrap(old, 20)
    const b = wrap(after, 25) // articles 21–25 move to hoofdstuk 1
    const cmp = run(a, b)
    expect(cmp.old.units).toBe(all(base).length) // divisions are not addressable units
    expect(briefs(cmp)).toEqual(expectedChanges(a, b))
  })

  it('a few words changed give a modified unit whose redline holds exactly those words', () => {
    const after = clone(base)
    const lid = all(after).find((u) => u.type === 'lid' && u.text.split(' ').length >= 24)!
    const oldPath = pathsById(base).get(lid.id)!
    const w = lid.text.split(' ')
    const removed = [w[4]!, w[14]!]
    w[4] = FRESH[1]!
    w[14] = FRESH[2]!
    w.splice(20, 0, FRESH[3]!)
    lid.text = w.join(' ')
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after))
    const c = changeOf(cmp, oldPath)
    expect(c).toMatchObject({ kind: 'modified', renumbered: false, moved: false })
    const o = lid.text.split(' ')
    // Expected runs, from the construction: equal, replace, equal, replace, equal, insert, equal.
    expect(c.words).toEqual([
      { op: 'equal', text: o.slice(0, 4).join(' ') + ' ' },
      { op: 'delete', text: removed[0] },
      { op: 'insert', text: FRESH[1] },
      { op: 'equal', text: ' ' + o.slice(5, 14).join(' ') + ' ' },
      { op: 'delete', text: removed[1] },
      { op: 'insert', text: FRESH[2] },
      { op: 'equal', text: ' ' + o.slice(15, 20).join(' ') + ' ' },
      { op: 'insert', text: FRESH[3] + ' ' },
      { op: 'equal', text: o.slice(21).join(' ') },
    ])
    expect(c.similarity).toBeGreaterThan(0.8)
    expect(c.similarity).toBeLessThan(1)
  })

  it('an onderdeel promoted to a lid (contract example): old onderdeel ↔ new lid, renumbered and moved', () => {
    const after = clone(base)
    const lid = all(after).find((u) => u.type === 'lid' && u.children.length >= 3 && !u.children.at(-1)!.children.length)!
    const art = after.find((a) => a.children.includes(lid))!
    const oldLidPath = pathsById(base).get(lid.id)!
    const last = lid.children.pop()!
    const oldPath = `${oldLidPath}/onderdeel:${lid.children.length + 1}°`
    last.type = 'lid'
    art.children.splice(art.children.indexOf(lid) + 1, 0, last)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([last.id]) }))
    const newPath = pathsById(after).get(last.id)!
    expect(newPath).toMatch(/^artikel:\d+\/lid:\d+$/)
    expect(changeOf(cmp, oldPath)).toMatchObject({ kind: 'unchanged', new: [newPath], renumbered: true, moved: true })
  })

  it('an onderdeel promoted to a lid with its wording adapted: modified, renumbered and moved', () => {
    const after = clone(base)
    const lid = all(after).find((u) => u.type === 'lid' && u.children.length >= 3 && !u.children[1]!.children.length)!
    const art = after.find((a) => a.children.includes(lid))!
    const oldLidPath = pathsById(base).get(lid.id)!
    const promoted = lid.children.splice(1, 1)[0]!
    promoted.type = 'lid'
    promoted.text = `Met dezelfde straf wordt gestraft ${promoted.text}`
    art.children.splice(art.children.indexOf(lid) + 1, 0, promoted)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([promoted.id]) }))
    const c = changeOf(cmp, `${oldLidPath}/onderdeel:2°`)
    expect(c).toMatchObject({ kind: 'modified', new: [pathsById(after).get(promoted.id)!], renumbered: true, moved: true })
    expect(c.words![0]).toEqual({ op: 'insert', text: 'Met dezelfde straf wordt gestraft ' })
    // The onderdelen after it close up: renumbered, not moved.
    const third = changeOf(cmp, `${oldLidPath}/onderdeel:3°`)
    expect(third).toMatchObject({ kind: 'unchanged', renumbered: true, moved: false })
  })

  it('a deleted lid stands in its own article even when the lid before it moved to another article', () => {
    const after = clone(base)
    const art = article(after, '7')
    const [first, second] = art.children.splice(0, 2) as [S, S]
    article(after, '30').children.push(first)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([first.id]) }))
    const k = cmp.changes.findIndex((c) => c.old[0] === 'artikel:7/lid:2')
    expect(cmp.changes[k]!.kind).toBe('deleted')
    // Right after article 7 itself (nothing before it stayed in the article) …
    expect(cmp.changes[k - 1]!.old).toEqual(['artikel:7'])
    // … then its own units, then old lid 3 (now lid 1).
    const run2 = all([second]).length
    expect(cmp.changes.slice(k, k + run2).every((c) => c.kind === 'deleted' && c.old[0]!.startsWith('artikel:7/lid:2'))).toBe(true)
    expect(cmp.changes[k + run2]!.old).toEqual(['artikel:7/lid:3'])
  })

  it('units deleted with their lid follow its deletion, even when a sibling onderdeel moved out', () => {
    const after = clone(base)
    const lid = all(after).find((u) => u.type === 'lid' && u.children.length >= 3)!
    const oldLidPath = pathsById(base).get(lid.id)!
    const art = after.find((a) => a.children.includes(lid))!
    const target = all(after).find((u) => u.type === 'lid' && u.children.length >= 2 && !art.children.includes(u))!
    const moved = lid.children[0]!
    art.children.splice(art.children.indexOf(lid), 1)
    target.children.push(moved)
    renumber(after)
    const cmp = run(base, after)
    expect(briefs(cmp)).toEqual(expectedChanges(base, after, { moved: new Set([moved.id]) }))
    const k = cmp.changes.findIndex((c) => c.old[0] === oldLidPath)
    const rest = all([lid]).length - all([moved]).length // the lid and what stayed in it
    const deletions = cmp.changes.slice(k, k + rest)
    expect(deletions.every((c) => c.kind === 'deleted' && c.old[0]!.startsWith(oldLidPath))).toBe(true)
    expect(deletions.map((c) => c.old[0])).toEqual(all([lid]).filter((u) => !all([moved]).includes(u)).map((u) => pathsById(base).get(u.id)!))
  })

  it('several operations at once in a larger statute (60 articles) are all found', () => {
    const big = statute(77, 60, 'a')
    const after = clone(big)
    // 1. a lid inserted at the start of article 3
    article(after, '3').children.unshift(unit('lid', '', freshText(12, 20)))
    // 2. article 40 deleted
    after.splice(after.indexOf(article(after, '40')), 1)
    // 3. the last lid of article 55 moved to article 2
    const a55 = article(after, '55')
    const moved = a55.children.pop()!
    article(after, '2').children.push(moved)
    // 4. a word changed in article 8 (plain text)
    const a8 = article(after, '8')
    a8.text = a8.text.replace(/^\S+/, FRESH[4]!)
    renumber(after, 'a')
    const cmp = run(big, after)
    expect(briefs(cmp)).toEqual(expectedChanges(big, after, { moved: new Set([moved.id]) }))
    expect(changeOf(cmp, 'artikel:8')).toMatchObject({ kind: 'modified', words: [{ op: 'delete' }, { op: 'insert', text: FRESH[4] }, { op: 'equal' }] })
  })
})

describe('synthetic statutes: sizes and seeds', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: renumbering after a lid inserted in every third article, nothing moved`, () => {
      const r = rng(seed)
      const before = statute(seed * 1000 + 7, 30 + Math.floor(r() * 31), seed % 2 ? '1°' : 'a')
      const after = clone(before)
      after.forEach((a, k) => {
        if (k % 3 === 0 && a.children.length && a.children[0]!.type === 'lid') a.children.splice(Math.floor(r() * a.children.length), 0, unit('lid', '', freshText(10, 25)))
      })
      renumber(after, seed % 2 ? '1°' : 'a')
      const cmp = run(before, after)
      expect(briefs(cmp)).toEqual(expectedChanges(before, after))
      expect(cmp.changes.some((c) => c.moved)).toBe(false)
      expect(cmp.changes.filter((c) => c.renumbered).length).toBeGreaterThan(0)
    })
  }
})
