/**
 * The Dutch draft per model. The expected sentences are written from the parameters and the
 * phrasing rules of template.ts (subject, act, "voor zover", minors, definition, exclusions,
 * burden), not copied from the output, so a change in either shows up here.
 */
import { describe, expect, it } from 'vitest'
import { draftDutchText, explainParameters, getModel, joinNl, years, type NonPunishmentParameters } from '../../shared/provisions/index.js'

const R = 'een redelijk denkend persoon in dezelfde situatie en met dezelfde relevante persoonlijke kenmerken'
const KENMERKEN = 'Onder relevante persoonlijke kenmerken worden verstaan leeftijd, geslacht en lichamelijke of geestelijke ziekte of beperking.'
const MINOR = 'Had het slachtoffer ten tijde van het feit de leeftijd van achttien jaren nog niet bereikt, dan'
const base: NonPunishmentParameters = {
  offences: { kind: 'all' },
  link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' },
  minors: { kind: 'same' },
  conditions: [],
  stage: 'not-punishing',
  burden: 'unspecified',
  discretion: 'must',
}

describe('Dutch text per catalogue model', () => {
  it('UK s. 45: compulsion, reasonable person, own test for minors, Schedule 4, burden on the OM', () => {
    const d = draftDutchText(getModel('uk-s45').parameters)
    expect(d.sentences[0]).toBe(`Niet strafbaar is het slachtoffer van mensenhandel dat een strafbaar feit begaat als rechtstreeks gevolg van zijn uitbuiting, voor zover hij daartoe door een ander of door zijn omstandigheden is gedwongen en ${R} geen reëel alternatief zou hebben gehad dan het feit te begaan.`)
    expect(d.sentences[1]).toBe(`${MINOR} is niet vereist dat hij tot het feit is gedwongen en volstaat dat ${R} het feit ook zou hebben begaan.`)
    expect(d.sentences[2]).toBe(KENMERKEN)
    expect(d.sentences[3]).toMatch(/^Dit lid is niet van toepassing op wederrechtelijke vrijheidsberoving, ontvoering, doodslag, moord, /)
    expect(d.sentences[3]).toMatch(/, terroristische misdrijven en mensenhandel\.$/)
    expect(d.sentences[4]).toBe('Heeft de verdachte feiten of omstandigheden aangevoerd die erop wijzen dat dit lid van toepassing is, dan rust op het openbaar ministerie de last aan te tonen dat dit niet het geval is.')
    expect(d.sentences).toHaveLength(5)
    expect(d.text).toBe(d.sentences.join(' '))
  })

  it('NI s. 22: minors without compulsion or reasonable-person test; an unknown Schedule 3 becomes a delegation', () => {
    const d = draftDutchText(getModel('ni-s22').parameters)
    expect(d.sentences[1]).toBe(`${MINOR} is niet vereist dat hij tot het feit is gedwongen of dat ${R} geen reëel alternatief zou hebben gehad dan het feit te begaan.`)
    expect(d.sentences[3]).toBe('Dit lid is niet van toepassing op bij algemene maatregel van bestuur aangewezen misdrijven.')
    expect(d.sentences).toHaveLength(4)
  })

  it('Scotland s. 8: a prosecutorial discretion', () => {
    expect(draftDutchText(getModel('scotland-s8').parameters).text).toBe(
      'Het openbaar ministerie kan afzien van vervolging ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan als rechtstreeks gevolg van zijn uitbuiting, voor zover hij daartoe is gedwongen.',
    )
  })

  it('EU art. 8: prosecution and punishment, both a may, one volzin for the OM and one for the court', () => {
    expect(draftDutchText(getModel('eu-art8').parameters).sentences).toEqual([
      'Het openbaar ministerie kan afzien van vervolging ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan als rechtstreeks gevolg van zijn uitbuiting, voor zover hij daartoe is gedwongen.',
      'Wordt het slachtoffer in een geval als bedoeld in de eerste volzin vervolgd, dan kan de rechter bepalen dat geen straf of maatregel wordt opgelegd.',
    ])
  })

  it('CoE art. 26: the court may refrain, compulsion only', () => {
    expect(draftDutchText(getModel('coe-art26').parameters).text).toBe(
      'De rechter kan bepalen dat geen straf of maatregel wordt opgelegd ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan, voor zover hij daartoe is gedwongen.',
    )
  })

  it('Belgium § 5: the shortest rule', () => {
    expect(draftDutchText(getModel('be-433quinquies').parameters).text).toBe('Niet strafbaar is het slachtoffer van mensenhandel dat een strafbaar feit begaat als rechtstreeks gevolg van zijn uitbuiting.')
  })

  it('Spain: with proportionality', () => {
    expect(draftDutchText(getModel('es-177bis').parameters).text).toBe(
      'Niet strafbaar is het slachtoffer van mensenhandel dat een strafbaar feit begaat als rechtstreeks gevolg van zijn uitbuiting, voor zover het feit in een passende verhouding staat tot de situatie van uitbuiting waaraan hij is onderworpen.',
    )
  })

  it('Germany § 154c: lighter offences, after a report, unless too grave', () => {
    expect(draftDutchText(getModel('de-154c').parameters).text).toBe(
      'Het openbaar ministerie kan afzien van vervolging ter zake van een strafbaar feit waarop naar de wettelijke omschrijving geen gevangenisstraf van meer dan acht jaren is gesteld, dat het slachtoffer van mensenhandel heeft begaan, voor zover het feit bekend is geworden doordat hij aangifte heeft gedaan van de mensenhandel, tenzij de ernst van het feit vervolging noodzakelijk maakt.',
    )
  })
})

describe('Dutch text per parameter', () => {
  it('"in verband met" instead of a direct consequence', () => {
    expect(draftDutchText({ ...base, link: { ...base.link, nexus: 'in-connection-with' } }).text).toBe('Niet strafbaar is het slachtoffer van mensenhandel dat een strafbaar feit begaat in verband met zijn uitbuiting.')
  })

  it('a must at both stages binds the OM and the court alike, without a strafuitsluitingsgrond beside a bar on prosecution', () => {
    const d = draftDutchText({ ...base, stage: 'both' })
    expect(d.sentences).toEqual([
      'Het openbaar ministerie ziet af van vervolging ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan als rechtstreeks gevolg van zijn uitbuiting.',
      'Wordt het slachtoffer in een geval als bedoeld in de eerste volzin vervolgd, dan bepaalt de rechter dat geen straf of maatregel wordt opgelegd.',
    ])
    expect(d.text).not.toMatch(/Niet strafbaar/)
  })

  it('both stages: the gravity exception and the burden of proof follow the two volzinnen', () => {
    const d = draftDutchText({ ...base, stage: 'both', discretion: 'may', conditions: ['gravity-exception'], burden: 'prosecution-to-disprove' })
    expect(d.sentences[0]).toBe('Het openbaar ministerie kan afzien van vervolging ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan als rechtstreeks gevolg van zijn uitbuiting, tenzij de ernst van het feit vervolging of bestraffing noodzakelijk maakt.')
    expect(d.sentences[1]).toBe('Wordt het slachtoffer in een geval als bedoeld in de eerste volzin vervolgd, dan kan de rechter bepalen dat geen straf of maatregel wordt opgelegd.')
    expect(d.sentences[2]).toMatch(/^Heeft de verdachte feiten of omstandigheden aangevoerd/)
  })

  it('a must for the court alone stays a strafuitsluitingsgrond', () => {
    expect(draftDutchText(base).text).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel/)
  })

  it('a must for the prosecution', () => {
    expect(draftDutchText({ ...base, stage: 'not-prosecuting' }).text).toBe('Het openbaar ministerie ziet af van vervolging ter zake van een strafbaar feit dat het slachtoffer van mensenhandel heeft begaan als rechtstreeks gevolg van zijn uitbuiting.')
  })

  it('minors with a looser nexus and a required reasonable-person test', () => {
    const p: NonPunishmentParameters = { ...base, minors: { kind: 'own', link: { compulsion: 'none', nexus: 'in-connection-with', reasonablePerson: 'would-do-that-act' } } }
    expect(draftDutchText(p).sentences.slice(1)).toEqual([`${MINOR} is vereist dat ${R} het feit ook zou hebben begaan en volstaat dat hij het feit heeft begaan in verband met zijn uitbuiting.`, KENMERKEN])
  })

  it('an own test for minors identical to the adults\' adds nothing', () => {
    expect(draftDutchText({ ...base, minors: { kind: 'own', link: base.link } }).sentences).toHaveLength(1)
  })

  it('the exclusion and burden sentences name the unit it is inserted as', () => {
    const p: NonPunishmentParameters = { ...base, burden: 'prosecution-to-disprove', offences: { kind: 'all-except', listName: 'lijst', complete: true, excluded: [{ original: 'Murder', nl: 'moord', category: 'leven', status: 'verbatim' }, { original: 'Manslaughter', nl: 'doodslag', category: 'leven', status: 'verbatim' }] } }
    const d = draftDutchText(p, { unit: 'artikel' })
    expect(d.sentences[1]).toBe('Dit artikel is niet van toepassing op moord en doodslag.')
    expect(d.sentences[2]).toMatch(/^Heeft de verdachte .* dat dit artikel van toepassing is,/)
  })

  it('writes numbers in words', () => {
    expect(years(1)).toBe('een jaar')
    expect(years(12)).toBe('twaalf jaren')
    expect(joinNl(['a', 'b', 'c'])).toBe('a, b en c')
    expect(joinNl([])).toBe('')
  })
})

describe('word order', () => {
  it('puts "begaat" right after "een strafbaar feit" when only lighter offences are covered (the clause after the verb)', () => {
    const p: NonPunishmentParameters = { ...getModel('uk-s45').parameters, offences: { kind: 'only-lighter', maxYears: 8 } }
    const [rule] = draftDutchText(p).sentences
    expect(rule).toContain('dat een strafbaar feit begaat waarop naar de wettelijke omschrijving geen gevangenisstraf van meer dan acht jaren is gesteld, als rechtstreeks gevolg van zijn uitbuiting')
    expect(rule).not.toMatch(/is gesteld begaat/)
  })
})

describe('plain-Dutch explanations', () => {
  it('explain each of the seven parameters with the chosen value', () => {
    const ex = explainParameters(getModel('uk-s45').parameters)
    expect(ex.map((e) => e.parameter)).toEqual(['offences', 'link', 'minors', 'conditions', 'stage', 'burden', 'discretion'])
    expect(ex.find((e) => e.parameter === 'burden')?.explanation).toMatch(/openbaar ministerie aantonen/)
    expect(ex.find((e) => e.parameter === 'offences')?.explanation).toMatch(/niet volledig geverifieerd/)
    expect(ex.find((e) => e.parameter === 'discretion')?.choice).toBe('verplicht')
    expect(explainParameters(getModel('eu-art8').parameters).find((e) => e.parameter === 'discretion')?.explanation).toMatch(/bevoegdheid/)
  })
})

describe('who has to show what', () => {
  const uk = getModel('uk-s45').parameters
  const text = (burden: typeof uk.burden, stage: typeof uk.stage = 'not-punishing') => draftDutchText({ ...uk, burden, stage }).text
  it('says it in the text for every choice but "unspecified", so no choice is silently ignored', () => {
    const texts = (['defence-to-raise', 'prosecution-to-disprove', 'authority-assesses', 'unspecified'] as const).map((b) => text(b))
    expect(new Set(texts).size).toBe(4)
    expect(text('defence-to-raise')).toMatch(/slechts van toepassing indien de verdachte aannemelijk maakt/)
    expect(text('authority-assesses')).toMatch(/Het openbaar ministerie gaat ambtshalve na of dit lid van toepassing is\.$/)
  })
  it('does not repeat that the OM weighs its own power not to prosecute', () => {
    expect(text('authority-assesses', 'not-prosecuting')).toBe(text('unspecified', 'not-prosecuting'))
  })
})
