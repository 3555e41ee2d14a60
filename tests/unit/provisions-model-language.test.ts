/**
 * The catalogue speaks both interface languages: each model's name, citation, captions, source
 * descriptions and notes exist in Dutch and in English, without the other language left in them
 * (the models' own texts stay verbatim and are not Localized). And an exclusion list whose content
 * is unknown (NI Schedule 3) reads as such, not as "0 listed".
 */
import { describe, expect, it } from 'vitest'
import { CATALOGUE, coverage, describe as describeValue, explainParameters, getModel, provisionRecord, variantFromModel, type NonPunishmentParameters } from '../../shared/provisions/index.js'

/** Without quotations ("…") and brackets, where the other language may stand on purpose. */
const own = (s: string): string => s.replace(/"[^"]*"/g, '').replace(/\([^)]*\)/g, '')
const ENGLISH = /\b(the|from|not|with|are|were|need|must|only|unlike|retrieved|memory|adults|minors|covers)\b/i
const DUTCH = /\b(het|een|niet|van|wordt|geen|zijn|uit|bij|wettekst|richtlijn|verdrag|belgië|spanje|duitsland|schotland)\b/i

describe('the catalogue in both interface languages', () => {
  it('names every model in English without Dutch, and keeps the Dutch names Dutch', () => {
    expect(CATALOGUE.map((m) => m.name.en)).toEqual([
      'UK MSA s. 45',
      'NI s. 22',
      'Scotland s. 8',
      'EU Directive 2011/36 art. 8',
      'Council of Europe Convention art. 26',
      'Belgium art. 433quinquies § 5',
      'Spain art. 177 bis(11)',
      'Germany § 154c StPO',
    ])
    expect(CATALOGUE.map((m) => m.name.nl)).toEqual([
      'UK MSA s. 45',
      'Noord-Ierland s. 22',
      'Schotland s. 8',
      'EU Richtlijn 2011/36 art. 8',
      'Verdrag Raad van Europa art. 26',
      'België art. 433quinquies § 5',
      'Spanje art. 177 bis(11)',
      'Duitsland § 154c StPO',
    ])
    for (const m of CATALOGUE) expect(m.name.en, m.id).not.toMatch(DUTCH)
  })

  it.each(CATALOGUE.map((m) => [m.id, m] as const))('%s: notes, captions and source descriptions in both languages, each without the other', (_id, m) => {
    for (const note of m.notes) {
      expect(own(note.nl), note.nl).not.toMatch(ENGLISH)
      expect(own(note.en), note.en).not.toMatch(DUTCH)
    }
    for (const t of m.texts) {
      expect(own(t.part.nl), t.part.nl).not.toMatch(ENGLISH)
      expect(own(t.part.en), t.part.en).not.toMatch(DUTCH)
      expect(t.source.title.nl, t.source.title.nl).not.toMatch(/from memory|not retrieved|not checked/i)
      expect(t.source.title.en, t.source.title.en).not.toMatch(/uit het geheugen|niet opgehaald|niet gecontroleerd/i)
    }
    expect(own(m.citation.en), m.citation.en).not.toMatch(/\b(ingevoegd|bij wet|artikel|van)\b/)
    expect(m.citation.nl, m.citation.nl).not.toMatch(/\b(introduced by|Article|Warsaw)\b/)
  })

  it('translates the notes the tester found in English in the Dutch interface', () => {
    expect(getModel('be-433quinquies').notes.map((n) => n.nl)).toEqual([
      'Een strafuitsluitingsgrond in Nederlandstalige wettekst, dicht bij de Nederlandse wetgevingsstijl.',
      'UIT HET GEHEUGEN, NIET GEVERIFIEERD: het nieuwe Belgische Strafwetboek (wet van 29 februari 2024) zal de bepaling vernummeren.',
    ])
    expect(getModel('uk-s45').notes.map((n) => n.nl.split(':')[0])).toEqual(['Volwassenen', 'Minderjarigen', 'UIT HET GEHEUGEN, NIET GEVERIFIEERD'])
    expect(getModel('be-433quinquies').texts[1]!.source.title).toEqual({ nl: 'Uit het geheugen (legal/non-punishment.md)', en: 'From memory (legal/non-punishment.md)' })
  })

  it('labels a variant in the language asked for (Dutch by default, as records and reports use)', () => {
    expect(variantFromModel(getModel('eu-art8')).label).toBe('EU Richtlijn 2011/36 art. 8')
    expect(variantFromModel(getModel('eu-art8'), 'en').label).toBe('EU Directive 2011/36 art. 8')
  })

  it('keeps the record\'s sources as they were: English source titles and parts', () => {
    const record = provisionRecord({ id: 'np-1', variant: variantFromModel(getModel('be-433quinquies')) })
    expect(record.sources.map((s) => s.title)).toEqual(['advocaten-leuven.be', 'From memory (legal/non-punishment.md)'])
    expect(record.sources[1]!.note).toBe('§ 5 (French) — unverified')
  })
})

describe('an exclusion list of unknown content (NI s. 22, Schedule 3)', () => {
  const ni = getModel('ni-s22').parameters

  it('reads as a list not reproduced, not as "0 listed", in both languages', () => {
    expect(describeValue(ni, 'offences', 'en')).toBe('all except the offences in Schedule 3 (list not reproduced here)')
    expect(describeValue(ni, 'offences', 'nl')).toBe('alle behalve de feiten in Schedule 3 (lijst hier niet weergegeven)')
    for (const lang of ['nl', 'en'] as const) expect(describeValue(ni, 'offences', lang)).not.toMatch(/\b0\b/)
  })

  it('explains and caveats that the content is not known', () => {
    const en = explainParameters(ni, 'en').find((e) => e.parameter === 'offences')!.explanation
    expect(en).toMatch(/\(Schedule 3\)\. .* Note: the content of the list is not reproduced here; which offences it excludes is not known\.$/)
    const nl = explainParameters(ni).find((e) => e.parameter === 'offences')!.explanation
    expect(nl).toMatch(/Let op: de inhoud van de lijst is hier niet weergegeven; welke feiten zij uitsluit, is niet bekend\.$/)
    expect(coverage(ni, 'en').caveats[0]).toBe('The content of the list of excluded offences (Schedule 3) is not reproduced here: no offence is shown as excluded, but the coverage may be narrower than shown here.')
    expect(coverage(ni).caveats[0]).toMatch(/^De inhoud van de lijst van uitgezonderde feiten \(Schedule 3\) is hier niet weergegeven/)
  })

  it('describes an unnamed, empty list of an own design in the interface language', () => {
    const own: NonPunishmentParameters = { ...ni, offences: { kind: 'all-except', listName: '', excluded: [], complete: false } }
    expect(describeValue(own, 'offences', 'en')).toBe('all except a list of serious offences (no offences listed yet)')
    expect(describeValue(own, 'offences', 'nl')).toBe('alle behalve een lijst van ernstige feiten (nog geen feiten genoemd)')
    expect(explainParameters(own, 'en')[0]!.explanation).toMatch(/on the list \(a list of serious offences\)\..* No offences have been listed yet\.$/)
    expect(coverage(own, 'en').caveats[0]).toBe('No excluded offences have been listed yet; once they are, the coverage will be narrower than shown here.')
  })

  it('keeps the count for a list that is partly known (UK Schedule 4)', () => {
    expect(describeValue(getModel('uk-s45').parameters, 'offences', 'en')).toMatch(/^all except Schedule 4 \(\d+ listed, list not fully known\)$/)
  })
})
