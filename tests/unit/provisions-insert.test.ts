/**
 * Inserting the clause into art. 273f: the new text, its Markdown (read back to the same tree),
 * and the structured comparison showing the new lid as inserted and nothing else as changed.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../shared/compare/index.js'
import { flatten, type LegalText } from '../../shared/model/index.js'
import { parseText } from '../../shared/parse/index.js'
import { draftDutchText, getModel, insertProvision, nextArticleNumber, ProvisionInsertError, type InsertionTarget } from '../../shared/provisions/index.js'

const sample = (name: string): LegalText => parseText(readFileSync(fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)), 'utf8'), { name, format: 'md' }).text
const paths = (t: LegalText): string[] => flatten(t.units).map(({ unit }) => unit.path)
const clause = draftDutchText(getModel('uk-s45').parameters).text
const errorOf = (fn: () => unknown): string => {
  try {
    fn()
    return 'none'
  } catch (e) {
    return e instanceof ProvisionInsertError ? e.message : 'other'
  }
}

describe('inserting a provision', () => {
  const current = sample('273f-current.md')

  it('adds the next lid of art. 273f, and the comparison shows exactly that lid as inserted', () => {
    const r = insertProvision(current, clause, { as: 'lid', article: '273f' })
    expect(r.path).toBe('artikel:273f/lid:8')
    expect(paths(r.text)).toEqual([...paths(current), 'artikel:273f/lid:8'])
    const cmp = compareTexts(current, r.text)
    const changed = cmp.changes.filter((c) => c.kind !== 'unchanged')
    expect(changed).toEqual([{ kind: 'inserted', old: [], new: ['artikel:273f/lid:8'] }])
    expect(cmp.stats.inserted).toBe(1)
  })

  it('returns Markdown that reads back to the same text', () => {
    const r = insertProvision(current, clause, { as: 'lid', article: '273f', number: '9' })
    const again = parseText(r.markdown, { name: 'ingevoegd.md', format: 'md' }).text
    expect(paths(again)).toEqual(paths(r.text))
    expect(flatten(again.units).find(({ unit }) => unit.path === 'artikel:273f/lid:9')?.unit.text).toBe(clause)
    expect(compareTexts(r.text, again).changes.every((c) => c.kind === 'unchanged')).toBe(true)
  })

  it('places a lid by its number, before higher ones', () => {
    const r = insertProvision(current, clause, { as: 'lid', article: '273f', number: '6a' })
    const leden = paths(r.text).filter((p) => /^artikel:273f\/lid:[^/]+$/.test(p))
    expect(leden).toEqual(['1', '2', '3', '4', '5', '6', '6a', '7'].map((n) => `artikel:273f/lid:${n}`))
  })

  it('refuses to overwrite an existing lid 9 of the proposal unless asked, then shows it as modified', () => {
    const proposed = sample('273f-proposed.md')
    expect(errorOf(() => insertProvision(proposed, clause, { as: 'lid', article: '273f', number: '9' }))).toBe('Artikel 273f heeft al een lid 9.')
    const r = insertProvision(proposed, clause, { as: 'lid', article: '273f', number: '9', replace: true })
    const changed = compareTexts(proposed, r.text).changes.filter((c) => c.kind !== 'unchanged')
    expect(changed.map((c) => [c.kind, c.new])).toEqual([['modified', ['artikel:273f/lid:9']]])
  })

  it('inserts a new article after a given one', () => {
    const proposed = sample('273f-proposed.md')
    const r = insertProvision(proposed, clause, { as: 'artikel', number: '273g', after: '273fa' })
    expect(r.path).toBe('artikel:273g')
    expect(r.text.units.map((u) => u.number)).toEqual(['273f', '273fa', '273g'])
    expect(compareTexts(proposed, r.text).changes.filter((c) => c.kind !== 'unchanged')).toEqual([{ kind: 'inserted', old: [], new: ['artikel:273g'] }])
    expect(r.markdown).toContain('# Artikel 273g')
  })

  it('keeps article numbers rising: a new article goes after those with lower numbers, one that would fall back is refused', () => {
    const proposed = sample('273f-proposed.md')
    expect(nextArticleNumber(proposed, '273f')).toBe('273fb')
    expect(nextArticleNumber(proposed, '273fa')).toBe('273faa')
    expect(nextArticleNumber(null, '6:162')).toBe('6:162a')
    const r = insertProvision(proposed, clause, { as: 'artikel', number: '273fb', after: '273f' })
    expect(r.text.units.map((u) => u.number)).toEqual(['273f', '273fa', '273fb'])
    expect(compareTexts(proposed, r.text).changes.filter((c) => c.kind !== 'unchanged')).toEqual([{ kind: 'inserted', old: [], new: ['artikel:273fb'] }])
    expect(errorOf(() => insertProvision(proposed, clause, { as: 'artikel', number: '273e', after: '273f' })))
      .toBe('Artikel 273e kan niet na artikel 273f komen: de nummering moet oplopen.')
  })

  it('turns the text of an article without leden into lid 1', () => {
    const single: LegalText = { label: 't', source: 's', units: [{ type: 'artikel', number: '1', path: 'artikel:1', text: 'Enige tekst.', children: [] }] }
    const r = insertProvision(single, clause, { as: 'lid', article: '1' })
    expect(r.path).toBe('artikel:1/lid:2')
    expect(r.text.units[0]!.text).toBe('')
    expect(r.text.units[0]!.children.map((c) => [c.path, c.text])).toEqual([['artikel:1/lid:1', 'Enige tekst.'], ['artikel:1/lid:2', clause]])
  })

  it.each<[string, InsertionTarget, string]>([
    ['an unknown article', { as: 'lid', article: '999' }, 'Artikel 999 staat niet in de tekst.'],
    ['an existing article', { as: 'artikel', number: '273f' }, 'Er is al een artikel 273f.'],
    ['after an unknown article', { as: 'artikel', number: '273h', after: '1' }, 'Artikel 1 staat niet in de tekst.'],
  ])('refuses %s with a message', (_name, target, message) => {
    expect(errorOf(() => insertProvision(current, clause, target))).toBe(message)
  })

  it('refuses an empty text and leaves the input untouched', () => {
    const before = JSON.stringify(current)
    expect(errorOf(() => insertProvision(current, '  ', { as: 'lid', article: '273f' }))).toBe('De bepaling heeft geen tekst.')
    insertProvision(current, clause, { as: 'lid', article: '273f' })
    expect(JSON.stringify(current)).toBe(before)
  })
})
