/**
 * Recognising a non-punishment clause already in a text, so the workbench can warn before a
 * second one goes in: by its wording, by the record of an earlier insertion, and not when the new
 * clause is to replace it.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { draftDutchText, findNonPunishmentProvisions, getModel, insertProvision, readsAsNonPunishment, MODEL_IDS } from '../../shared/provisions/index.js'

const sample = (name: string) => parseText(readFileSync(fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)), 'utf8'), { name, format: 'md' }).text
const current = sample('273f-current.md')
const proposed = sample('273f-proposed.md')

describe('readsAsNonPunishment', () => {
  it('recognises every catalogue model\'s Dutch draft', () => {
    for (const id of MODEL_IDS) expect(readsAsNonPunishment(draftDutchText(getModel(id).parameters).text)).toBe(true)
  })

  it('does not take other leden of art. 273f, or a victim without an outcome, for one', () => {
    for (const u of current.units.flatMap((a) => a.children)) expect(readsAsNonPunishment(u.text)).toBe(false)
    expect(readsAsNonPunishment('Het slachtoffer van mensenhandel wordt gehoord.')).toBe(false)
    expect(readsAsNonPunishment('Niet strafbaar is hij die een feit begaat waartoe hij door overmacht is gedrongen.')).toBe(false)
  })
})

describe('findNonPunishmentProvisions', () => {
  it('finds lid 9 of the sample proposal by its wording', () => {
    expect(findNonPunishmentProvisions(proposed)).toEqual([{ path: 'artikel:273f/lid:9', reason: 'wording' }])
  })

  it('finds nothing in the current text', () => {
    expect(findNonPunishmentProvisions(current)).toEqual([])
  })

  it('finds a clause inserted earlier through its record, even in wording it does not recognise', () => {
    const clause = 'Het OM laat slachtoffers van uitbuiting met rust.'
    expect(readsAsNonPunishment(clause)).toBe(false)
    const after = insertProvision(current, clause, { as: 'lid', article: '273f' })
    expect(findNonPunishmentProvisions(after.text)).toEqual([])
    const record = { id: 'np-1', text: clause, insertedAs: { unitPath: after.path } }
    expect(findNonPunishmentProvisions(after.text, [record])).toEqual([{ path: 'artikel:273f/lid:8', reason: 'record', recordId: 'np-1' }])
    // A record whose unit now holds another text (replaced since) no longer counts.
    const replaced = insertProvision(after.text, 'Artikel 251 is van toepassing.', { as: 'lid', article: '273f', number: '8', replace: true })
    expect(findNonPunishmentProvisions(replaced.text, [record])).toEqual([])
  })

  it('finds a clause inserted as an article', () => {
    const after = insertProvision(current, draftDutchText(getModel('be-433quinquies').parameters).text, { as: 'artikel', number: '273fb', after: '273f' })
    expect(findNonPunishmentProvisions(after.text).map((f) => f.path)).toEqual(['artikel:273fb'])
  })

  it('leaves out the unit the new clause is to replace', () => {
    expect(findNonPunishmentProvisions(proposed, [], 'artikel:273f/lid:9')).toEqual([])
    expect(findNonPunishmentProvisions(proposed, [], 'artikel:273f')).toEqual([])
    expect(findNonPunishmentProvisions(proposed, [], 'artikel:273f/lid:1')).toHaveLength(1)
  })
})
