import { describe, expect, it } from 'vitest'
import { renumberingPhrase } from '../../shared/report/amendment-wording.js'
import { compareTexts } from '../../shared/compare/index.js'
import { parseText } from '../../shared/parse/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { amendmentsFor, amendmentsToText } from '../../shared/report/amendments.js'
import { applyAmendments } from '../../shared/report/apply-amendments.js'
import { sentencesOf } from '../../shared/report/sentences.js'

const read = (md: string, name: string): LegalText => parseText(md, { name, format: 'md' }).text

/** Instructions from old to new, and a check that the interpreter gets back to new from them. */
function instructions(oldMd: string, newMd: string): string {
  const oldText = read(oldMd, 'huidig.md')
  const newText = read(newMd, 'voorstel.md')
  const text = amendmentsToText(amendmentsFor(oldText, newText, compareTexts(oldText, newText)), { regeling: 'Het Wetboek van Strafrecht' })
  const result = applyAmendments(oldText, text)
  expect(result.units.map((u) => u.children.map((c) => c.text)), text).toEqual(newText.units.map((u) => u.children.map((c) => c.text)))
  return text
}

const LID_1 = '1. Met gevangenisstraf wordt gestraft hij die een ander werft.'
const S1 = 'Hij die het feit begaat tegen een minderjarige wordt zwaarder gestraft.'
const S2 = 'De rechter kan de ontzetting van rechten uitspreken.'
const S3 = 'Artikel 251 is van toepassing.'
const article = (lid2: string): string => `## Artikel 273f\n\n${LID_1}\n\n2. ${lid2}\n`

describe('sentences of a unit', () => {
  it('end at a period, question or exclamation mark followed by a capital', () => {
    expect(sentencesOf(`${S1} ${S2} ${S3}`)).toEqual([S1, S2, S3])
  })

  it('end after a number, as a reader counts them ("artikel 5. De …")', () => {
    expect(sentencesOf('De termijn, bedoeld in artikel 5. De minister beslist. Zie lid 12. Het geldt.')).toHaveLength(4)
  })

  it('do not end at abbreviations, single letters or inside an alinea break', () => {
    expect(sentencesOf('Zie art. 5 van de wet. Dat geldt ook.')).toEqual(['Zie art. 5 van de wet.', 'Dat geldt ook.'])
    expect(sentencesOf('Het feit, bedoeld onder a. Bij herhaling meer.')).toHaveLength(1)
    expect(sentencesOf('Eerste alinea. Met twee zinnen.\nTweede alinea.')).toHaveLength(1)
  })
})

describe('wijzigingsopdrachten that cite sentences (aanwijzing 6.9, tweede lid)', () => {
  it('strike a whole sentence by its place, without quoting it', () => {
    const text = instructions(article(`${S1} ${S2} ${S3}`), article(`${S1} ${S3}`))
    expect(text).toContain('Artikel 273f, tweede lid, tweede zin, vervalt.')
    expect(text).not.toContain(`«${S2}»`)
  })

  it('add a sentence at the end of a lid with "wordt een zin toegevoegd, luidende:"', () => {
    const text = instructions(article(S1), article(`${S1} ${S2}`))
    expect(text).toContain(`Aan artikel 273f, tweede lid, wordt een zin toegevoegd, luidende: ${S2}`)
  })

  it('let a rewritten sentence "komt te luiden:" with the new text unquoted', () => {
    const rewritten = 'Ontzetting van de in artikel 28 genoemde rechten is mogelijk.'
    const text = instructions(article(`${S1} ${S2} ${S3}`), article(`${S1} ${rewritten} ${S3}`))
    expect(text).toContain(`Artikel 273f, tweede lid, tweede zin, komt te luiden: ${rewritten}`)
  })

  it('narrow a word edit to its sentence when the quoted words recur in another sentence', () => {
    const a = 'De straf is gevangenisstraf van ten hoogste zes jaren.'
    const b = 'Bij herhaling is de straf gevangenisstraf van ten hoogste zes jaren.'
    const b2 = 'Bij herhaling is de straf gevangenisstraf van ten hoogste acht jaren.'
    const text = instructions(article(`${a} ${b}`), article(`${a} ${b2}`))
    expect(text).toMatch(/In artikel 273f, tweede lid, tweede zin, wordt «[^»]*zes[^»]*» vervangen door «[^»]*acht[^»]*»\./)
  })

  it('count a sentence that ends in a number as a reader does', () => {
    const lid = 'De termijn, bedoeld in artikel 5. De minister beslist binnen acht weken. De rechter toetst het besluit.'
    const text = instructions(article(`${lid} Beroep staat open bij de Afdeling.`), article(lid))
    expect(text).toContain('Artikel 273f, tweede lid, vierde zin, vervalt.')
  })

  it('do not cite sentences where a reader could count them otherwise (a period after a single letter)', () => {
    const lid = 'Het feit, bedoeld onder a. De minister beslist daarover.'
    const text = instructions(article(`${lid} De rechter toetst het besluit.`), article(lid))
    expect(text).not.toMatch(/ zin,/)
  })

  it('read back a quote that itself holds ", komt te luiden: "', () => {
    const lid = 'Het lid, komt te luiden: de regel en zo voort en het artikel, komt te luiden: de regel en zo voort.'
    const text = instructions(article(lid), article(lid.replace('luiden: de', 'luiden: een')))
    expect(text).toContain('komt te luiden: een')
  })

  it('keep plain word edits where the quote is unique in the unit', () => {
    const text = instructions(article(`${S1} ${S2}`), article(`${S1.replace('zwaarder', 'veel zwaarder')} ${S2}`))
    expect(text).toContain('In artikel 273f, tweede lid, wordt na «wordt» ingevoegd «veel».')
  })
})

describe('renumbering two units', () => {
  it('names both with "en", as Aanwijzing 6.12 does ("de subonderdelen 6° en 7° tot 2° en 3°"); three or more as a range', () => {
    expect(renumberingPhrase('lid', { first: '6', last: '7', to: '7' }, '8')).toBe('onder vernummering van het zesde en zevende lid tot zevende en achtste lid')
    expect(renumberingPhrase('lid', { first: '2', last: '4', to: '1' }, '3')).toBe('onder vernummering van het tweede tot en met vierde lid tot eerste tot en met derde lid')
    expect(renumberingPhrase('onderdeel', { first: '2°', last: '3°', to: '3°' }, '4°')).toBe('onder vernummering van de onderdelen 2° en 3° tot 3° en 4°')
    expect(renumberingPhrase('onderdeel', { first: 'c', last: 'd', to: 'd' }, 'e')).toBe('onder verlettering van de onderdelen c en d tot d en e')
  })
})
