/**
 * The explanatory texts of shared/provisions in English: labels, short values, explanations,
 * coverage reasons and caveats, variant rows and insertion errors. Dutch stays the default, and the
 * drafted clause stays Dutch whatever the language of the explanations.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import {
  compareVariants,
  coverage,
  describe as describeValue,
  describeLink,
  draftDutchText,
  explainParameters,
  getModel,
  insertProvision,
  PARAMETER_LABELS,
  PARAMETER_LABELS_EN,
  parameterLabels,
  ProvisionInsertError,
  variantFromModel,
  type NonPunishmentParameters,
} from '../../shared/provisions/index.js'

const base: NonPunishmentParameters = {
  offences: { kind: 'all' },
  link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' },
  minors: { kind: 'same' },
  conditions: [],
  stage: 'not-punishing',
  burden: 'unspecified',
  discretion: 'must',
}
const byParameter = (p: NonPunishmentParameters, lang?: 'nl' | 'en') => Object.fromEntries(explainParameters(p, lang).map((e) => [e.parameter, e]))

describe('explanations in English', () => {
  it('UK s. 45: labels, choices and explanations in English', () => {
    const ex = byParameter(getModel('uk-s45').parameters, 'en')
    expect(ex.offences!.label).toBe('Which offences')
    const scope = getModel('uk-s45').parameters.offences
    expect(scope.kind).toBe('all-except')
    expect(ex.offences!.choice).toBe(`all except Schedule 4 (${scope.kind === 'all-except' ? scope.excluded.length : NaN} listed, list not fully known)`)
    expect(ex.offences!.explanation).toMatch(/^All offences are covered except the serious offences on the list \(Schedule 4\)\. .*duress \(overmacht, art\. 40 Sr\)\. Note: the list has not been fully verified\.$/)
    expect(ex.link!.choice).toBe('compelled by another person or by circumstances; direct consequence of the exploitation; a reasonable person would have had no realistic alternative')
    expect(ex.link!.explanation).toBe(
      'The victim must have been compelled to commit the offence, by another person or by their circumstances. The offence must be a direct consequence of the exploitation. In addition, the test is whether a reasonable person in the same situation would have had no realistic alternative; this confines the protection to genuine situations of compulsion.',
    )
    expect(ex.minors!.choice).toBe('separate test: no compulsion required; direct consequence of the exploitation; a reasonable person would have done the same')
    expect(ex.minors!.explanation).toMatch(/that is why no compulsion is required\.$/)
    expect(ex.burden!.choice).toBe('the suspect raises it; the public prosecutor (OM) must disprove it')
    expect(ex.burden!.explanation).toMatch(/the public prosecutor must then show that it does not/)
    expect(ex.stage!.explanation).toMatch(/^The provision is addressed to the court: the victim is not punished\./)
    expect(ex.discretion!.choice).toBe('duty')
    expect(ex.discretion!.explanation).toBe('Where the conditions are met, the outcome is mandatory: the victim is not criminally liable.')
  })

  it('lighter offences only, conditions, a power at both stages', () => {
    const p: NonPunishmentParameters = { ...base, offences: { kind: 'only-lighter', maxYears: 8 }, conditions: ['victim-reports', 'gravity-exception'], stage: 'both', discretion: 'may', burden: 'authority-assesses' }
    const ex = byParameter(p, 'en')
    expect(ex.offences!.choice).toBe("only lighter offences (maximum of 8 years' imprisonment or less)")
    expect(ex.offences!.explanation).toBe("Only offences carrying a statutory maximum of 8 years' imprisonment or less are covered. More serious offences remain open to prosecution, even where the victim was compelled to commit them.")
    expect(ex.conditions!.choice).toBe('the victim has reported the trafficking; not for offences too serious to be covered (case by case)')
    expect(ex.conditions!.explanation).toBe('Further conditions apply: the victim has reported the trafficking; not for offences too serious to be covered (case by case).')
    expect(ex.stage!.choice).toBe('no prosecution and no punishment')
    expect(ex.stage!.explanation).toBe('The provision operates at both stages: the public prosecutor may refrain from prosecution, and if the victim is nevertheless prosecuted, the court may order that no penalty or measure be imposed.')
    expect(ex.burden!.explanation).toBe('The public prosecutor considers of its own motion whether the provision applies; the victim has no enforceable defence.')
    expect(ex.discretion!.choice).toBe('power')
    expect(ex.discretion!.explanation).toMatch(/^It is a power, not a duty/)
    expect(describeValue({ ...p, offences: { kind: 'only-lighter', maxYears: 1 } }, 'offences', 'en')).toBe("only lighter offences (maximum of one year's imprisonment or less)")
  })

  it('a duty at both stages, no conditions, the default burden', () => {
    const ex = byParameter({ ...base, stage: 'both', link: { compulsion: 'compelled', nexus: 'none', reasonablePerson: 'would-do-that-act' } }, 'en')
    expect(ex.link!.explanation).toBe('The victim must have been compelled to commit the offence. No link with the exploitation is required. In addition, the test is whether a reasonable person in the same situation would have done the same.')
    expect(ex.conditions!.choice).toBe('none')
    expect(ex.conditions!.explanation).toBe('No further conditions apply.')
    expect(ex.minors!.explanation).toBe('Minors are subject to the same conditions as adults.')
    expect(ex.stage!.explanation).toMatch(/the public prosecutor refrains from prosecution, and if the victim is nevertheless prosecuted, the court orders that no penalty or measure be imposed\.$/)
    expect(ex.discretion!.explanation).toBe('Where the conditions are met, the outcome is mandatory: the victim is not prosecuted and, if prosecuted nevertheless, no penalty or measure is imposed.')
    expect(ex.burden!.choice).toBe('not regulated')
  })

  it('has an English label for every parameter, and no Dutch left in the English explanations', () => {
    expect(Object.keys(PARAMETER_LABELS_EN)).toEqual(Object.keys(PARAMETER_LABELS))
    expect(parameterLabels('en')).toBe(PARAMETER_LABELS_EN)
    for (const id of ['uk-s45', 'ni-s22', 'scotland-s8', 'eu-art8', 'coe-art26', 'be-433quinquies', 'es-177bis', 'de-154c'] as const) {
      for (const e of explainParameters(getModel(id).parameters, 'en')) {
        // Dutch words that would betray an untranslated text (the Dutch legal terms quoted in brackets aside).
        expect(`${e.label} ${e.choice} ${e.explanation}`.replace(/\([^)]*\)/g, '')).not.toMatch(/\b(het|de|een|niet|slachtoffer|feit|vervolging|wordt|bevoegdheid|verplicht)\b/)
      }
    }
  })
})

describe('Dutch stays the default', () => {
  it('explainParameters, describe and describeLink without a language are Dutch, and equal to "nl"', () => {
    const p = getModel('uk-s45').parameters
    expect(explainParameters(p)).toEqual(explainParameters(p, 'nl'))
    const ex = byParameter(p)
    expect(ex.offences!.label).toBe('Welke strafbare feiten')
    expect(ex.discretion!.choice).toBe('verplicht')
    expect(ex.discretion!.explanation).toBe('Als aan de voorwaarden is voldaan, volgt de uitkomst dwingend: het slachtoffer is niet strafbaar.')
    expect(describeValue(p, 'stage')).toBe('niet bestraffen')
    expect(describeLink(p.link)).toBe('gedwongen door een ander of door omstandigheden; rechtstreeks gevolg van de uitbuiting; redelijk persoon had geen reëel alternatief')
    expect(coverage(p)).toEqual(coverage(p, 'nl'))
    expect(coverage({ ...p, discretion: 'may' }).caveats[0]).toMatch(/^Bevoegdheid, geen plicht: /)
  })

  it('leaves the drafted clause Dutch: the template takes no language', () => {
    expect(draftDutchText(getModel('uk-s45').parameters).text).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel/)
  })
})

describe('coverage in English', () => {
  it('gives reasons, tests and caveats in English, and the forms with an English rendering', () => {
    const r = coverage({ ...getModel('uk-s45').parameters, discretion: 'may' }, 'en')
    const criminal = r.forms.find((f) => f.form === 'strafbare-activiteiten')!
    expect(criminal.nl).toBe('uitbuiting van strafbare activiteiten')
    expect(criminal.en).toBe('exploitation of criminal activities')
    const robbery = criminal.offences.find((o) => o.offence.id === 'straatroof')!
    expect(robbery.offence.en).toBe('street robbery (theft with violence, art. 312 Sr)')
    expect(robbery.reason).toBe('excluded: robbery, aggravated burglary (Theft Act 1968) (Schedule 4; Dutch counterpart: diefstal met geweld)')
    expect(criminal.offences.find((o) => o.offence.id === 'diefstal')!.reason).toBe('not excluded')
    expect(r.adults.test).toBe('compelled by another person or by circumstances; direct consequence of the exploitation; a reasonable person would have had no realistic alternative')
    expect(r.caveats).toEqual([
      'A power, not a duty: even a victim who meets every condition can be prosecuted or punished.',
      'The list of excluded offences (Schedule 4) is not fully known; the coverage may be narrower than shown here.',
      'Adults must have been compelled to commit the offence; anyone who "cooperates" without demonstrable compulsion falls outside the provision.',
    ])
  })

  it('words the penalty threshold in English', () => {
    const r = coverage({ ...base, offences: { kind: 'only-lighter', maxYears: 4 }, conditions: ['proportionality'] }, 'en')
    const burglary = r.forms.flatMap((f) => f.offences).find((o) => o.offence.id === 'inbraak')!
    expect(burglary).toMatchObject({ covered: false, reason: 'maximum penalty of 6 years, more than 4 years' })
    expect(r.caveats).toEqual(['The offence must be proportionate to the exploitation.'])
  })
})

describe('variant rows and insertion errors in English', () => {
  it('compareVariants labels and values rows in the language asked for; the texts stay Dutch', () => {
    const variants = [variantFromModel(getModel('uk-s45')), variantFromModel(getModel('scotland-s8'))]
    const en = compareVariants(variants, { language: 'en' })
    const stage = en.rows.find((r) => r.parameter === 'stage')!
    expect(stage).toMatchObject({ label: 'Stage', values: ['no punishment', 'no prosecution'], differs: true })
    expect(en.variants.map((v) => v.text)).toEqual(compareVariants(variants).variants.map((v) => v.text))
    expect(compareVariants(variants).rows.find((r) => r.parameter === 'stage')!.values).toEqual(['niet bestraffen', 'niet vervolgen'])
  })

  it('insertProvision explains in English why it cannot insert, and in Dutch by default', () => {
    const current = parseText(readFileSync(fileURLToPath(new URL('../../samples/273f-current.md', import.meta.url)), 'utf8'), { name: '273f-current.md', format: 'md' }).text
    const errorOf = (f: () => unknown): string => {
      try {
        f()
      } catch (e) {
        if (e instanceof ProvisionInsertError) return e.message
        throw e
      }
      return ''
    }
    expect(errorOf(() => insertProvision(current, 'x', { as: 'lid', article: '273f', number: '1' }, 'en'))).toBe('Article 273f already has a paragraph (lid) 1.')
    expect(errorOf(() => insertProvision(current, 'x', { as: 'lid', article: '999' }, 'en'))).toBe('Article 999 is not in the text.')
    expect(errorOf(() => insertProvision(current, ' ', { as: 'lid', article: '273f' }, 'en'))).toBe('The provision has no text.')
    expect(errorOf(() => insertProvision(current, 'x', { as: 'lid', article: '273f', number: '1' }))).toBe('Artikel 273f heeft al een lid 1.')
  })
})
