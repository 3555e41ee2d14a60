/**
 * A Dutch draft text from the parameters, in the style of the Wetboek van Strafrecht: a
 * strafuitsluitingsgrond opens with "Niet strafbaar is …" (as artt. 40–43 Sr), a discretion of the
 * court reads like art. 9a Sr ("De rechter kan bepalen dat geen straf of maatregel wordt
 * opgelegd"), one of the prosecution "Het openbaar ministerie kan afzien van vervolging". Both stages
 * get a volzin for the openbaar ministerie and one for the rechter, both "kan" or both dwingend
 * ("ziet af", "bepaalt"), never a strafuitsluitingsgrond mixed with a bar on prosecution.
 *
 * A drafting aid, not legal advice: the text follows mechanically from the parameters so that two
 * variants differ in their wording exactly where their parameters differ, and the drafter edits it.
 */
import type { Compulsion, Link, Nexus, NonPunishmentParameters, OffenceScope, ReasonablePerson, Stage } from './parameters.js'

export interface TemplateOptions {
  /** What the text will be inserted as; the exclusion and burden sentences refer to "dit lid" or "dit artikel". */
  readonly unit?: 'lid' | 'artikel'
}

export interface DutchDraft {
  /** The sentences (volzinnen) in order: main rule, minors, definition, exclusions, burden. */
  readonly sentences: readonly string[]
  /** The sentences joined into the text of one lid or article. */
  readonly text: string
}

const SUBJECT = 'het slachtoffer van mensenhandel'
const REASONABLE = 'een redelijk denkend persoon in dezelfde situatie en met dezelfde relevante persoonlijke kenmerken'
const MINOR = 'Had het slachtoffer ten tijde van het feit de leeftijd van achttien jaren nog niet bereikt'
const CHARACTERISTICS = 'Onder relevante persoonlijke kenmerken worden verstaan leeftijd, geslacht en lichamelijke of geestelijke ziekte of beperking.'

const NUMBERS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig']

/** "acht jaren", "een jaar": statutes write penalties in words. */
export function years(n: number): string {
  const word = NUMBERS[n] ?? String(n)
  return n === 1 ? `${word} jaar` : `${word} jaren`
}

/** "a", "a en b", "a, b en c". */
export function joinNl(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`
}

function offenceNoun(scope: OffenceScope): string {
  if (scope.kind === 'only-lighter') {
    // "geen gevangenisstraf van meer dan" also takes in overtredingen, which carry hechtenis.
    return `een strafbaar feit waarop naar de wettelijke omschrijving geen gevangenisstraf van meer dan ${years(scope.maxYears)} is gesteld`
  }
  return 'een strafbaar feit'
}

const NEXUS: Record<Nexus, string> = {
  'direct-consequence': ' als rechtstreeks gevolg van zijn uitbuiting',
  'in-connection-with': ' in verband met zijn uitbuiting',
  none: '',
}

const COMPULSION: Record<Exclude<Compulsion, 'none'>, string> = {
  compelled: 'hij daartoe is gedwongen',
  'compelled-by-another-or-circumstances': 'hij daartoe door een ander of door zijn omstandigheden is gedwongen',
}

const REASONABLE_TEST: Record<Exclude<ReasonablePerson, 'none'>, string> = {
  'no-realistic-alternative': `${REASONABLE} geen reëel alternatief zou hebben gehad dan het feit te begaan`,
  'would-do-that-act': `${REASONABLE} het feit ook zou hebben begaan`,
}

const CONDITION: Record<'proportionality' | 'victim-reports', string> = {
  proportionality: 'het feit in een passende verhouding staat tot de situatie van uitbuiting waaraan hij is onderworpen',
  'victim-reports': 'het feit bekend is geworden doordat hij aangifte heeft gedaan van de mensenhandel',
}

const STAGE_NOUN: Record<Stage, string> = { 'not-prosecuting': 'vervolging', 'not-punishing': 'bestraffing', both: 'vervolging of bestraffing' }

/** ", voor zover …" and ", tenzij …": the conditions after the act. */
function qualifiers(p: NonPunishmentParameters): string {
  const parts: string[] = []
  if (p.link.compulsion !== 'none') parts.push(COMPULSION[p.link.compulsion])
  if (p.link.reasonablePerson !== 'none') parts.push(REASONABLE_TEST[p.link.reasonablePerson])
  for (const c of p.conditions) if (c !== 'gravity-exception') parts.push(CONDITION[c])
  const voorZover = parts.length ? `, voor zover ${joinNl(parts)}` : ''
  const tenzij = p.conditions.includes('gravity-exception') ? `, tenzij de ernst van het feit ${STAGE_NOUN[p.stage]} noodzakelijk maakt` : ''
  return voorZover + tenzij
}

function mainSentences(p: NonPunishmentParameters): string[] {
  const noun = offenceNoun(p.offences)
  const rest = NEXUS[p.link.nexus] + qualifiers(p)
  if (p.discretion === 'must' && p.stage === 'not-punishing') {
    // The verb right after "een strafbaar feit", its relative clause after the verb: "dat een
    // strafbaar feit begaat waarop … is gesteld, als …" rather than a verb trailing the clause.
    const [head, clause] = noun.includes(' waarop ') ? [noun.slice(0, noun.indexOf(' waarop ')), noun.slice(noun.indexOf(' waarop '))] : [noun, '']
    return [`Niet strafbaar is ${SUBJECT} dat ${head} begaat${clause}${clause && rest && !rest.startsWith(',') ? ',' : ''}${rest}.`]
  }
  // A noun that already ends in a relative clause takes a comma before the next one.
  const feit = `${noun}${p.offences.kind === 'only-lighter' ? ',' : ''} dat ${SUBJECT} heeft begaan${rest}`
  if (p.stage === 'not-punishing') return [`De rechter kan bepalen dat geen straf of maatregel wordt opgelegd ter zake van ${feit}.`]
  const om = p.discretion === 'may' ? 'Het openbaar ministerie kan afzien van vervolging' : 'Het openbaar ministerie ziet af van vervolging'
  if (p.stage === 'not-prosecuting') return [`${om} ter zake van ${feit}.`]
  // Both stages: one volzin for the openbaar ministerie and one for the rechter, with the same test
  // and the same discretion. Not a strafuitsluitingsgrond next to a bar on prosecution: the two would
  // give the court two outcomes (niet-ontvankelijkheid, ontslag van alle rechtsvervolging) for one case.
  const court = p.discretion === 'may' ? 'kan de rechter bepalen' : 'bepaalt de rechter'
  return [`${om} ter zake van ${feit}.`, `Wordt het slachtoffer in een geval als bedoeld in de eerste volzin vervolgd, dan ${court} dat geen straf of maatregel wordt opgelegd.`]
}

/** The sentence that sets the minors' own test against the adults', or null when they coincide. */
function minorsSentence(adult: Link, minor: Link): string | null {
  const notRequired: string[] = []
  const required: string[] = []
  const suffices: string[] = []
  if (adult.compulsion !== 'none' && minor.compulsion === 'none') notRequired.push('hij tot het feit is gedwongen')
  else if (minor.compulsion !== 'none' && minor.compulsion !== adult.compulsion) required.push(COMPULSION[minor.compulsion])
  if (adult.reasonablePerson !== minor.reasonablePerson) {
    if (minor.reasonablePerson === 'none') notRequired.push(REASONABLE_TEST[adult.reasonablePerson as Exclude<ReasonablePerson, 'none'>])
    else if (adult.reasonablePerson === 'none') required.push(REASONABLE_TEST[minor.reasonablePerson])
    else suffices.push(REASONABLE_TEST[minor.reasonablePerson])
  }
  if (adult.nexus !== minor.nexus) {
    if (minor.nexus === 'none') notRequired.push(`hij het feit heeft begaan${NEXUS[adult.nexus]}`)
    else suffices.push(`hij het feit heeft begaan${NEXUS[minor.nexus]}`)
  }
  const parts = [
    ...(notRequired.length ? [`is niet vereist dat ${notRequired.join(' of dat ')}`] : []),
    ...(required.length ? [`is vereist dat ${required.join(' en dat ')}`] : []),
    ...(suffices.length ? [`volstaat dat ${suffices.join(' en dat ')}`] : []),
  ]
  return parts.length ? `${MINOR}, dan ${joinNl(parts)}.` : null
}

function exclusionSentence(scope: OffenceScope, unit: string): string | null {
  if (scope.kind !== 'all-except') return null
  const names = [...new Set(scope.excluded.map((e) => e.nl))]
  // A list whose content is unknown becomes a delegation, as Schedules 3 and 4 may be amended by regulations.
  const what = names.length ? joinNl(names) : 'bij algemene maatregel van bestuur aangewezen misdrijven'
  return `Dit ${unit} is niet van toepassing op ${what}.`
}

/**
 * Who has to show what, said in the text whenever the parameter says it (a silent text leaves it
 * to the general rules; that is `unspecified`). The wording of the first two follows the Dutch
 * shape of a defence that must be made plausible and of a burden on the prosecution; it is a
 * starting point for the drafter, not settled statutory language.
 */
function burdenSentences(p: NonPunishmentParameters, unit: string): string[] {
  switch (p.burden) {
    case 'defence-to-raise':
      return [`Dit ${unit} is slechts van toepassing indien de verdachte aannemelijk maakt dat aan de voorwaarden daarvan is voldaan.`]
    case 'prosecution-to-disprove':
      return [`Heeft de verdachte feiten of omstandigheden aangevoerd die erop wijzen dat dit ${unit} van toepassing is, dan rust op het openbaar ministerie de last aan te tonen dat dit niet het geval is.`]
    case 'authority-assesses':
      // A power of the OM not to prosecute is the OM's to weigh already; said only where the court decides too.
      return p.stage === 'not-prosecuting' ? [] : [`Het openbaar ministerie gaat ambtshalve na of dit ${unit} van toepassing is.`]
    case 'unspecified':
      return []
  }
}

/** The Dutch draft text for these parameters. */
export function draftDutchText(p: NonPunishmentParameters, opts: TemplateOptions = {}): DutchDraft {
  const unit = opts.unit ?? 'lid'
  const minor = p.minors.kind === 'own' ? minorsSentence(p.link, p.minors.link) : null
  const usesReasonable = p.link.reasonablePerson !== 'none' || (p.minors.kind === 'own' && p.minors.link.reasonablePerson !== 'none')
  const sentences = [
    ...mainSentences(p),
    ...(minor ? [minor] : []),
    ...(usesReasonable ? [CHARACTERISTICS] : []),
    ...[exclusionSentence(p.offences, unit)].filter((s): s is string => s !== null),
    ...burdenSentences(p, unit),
  ]
  return { sentences, text: sentences.join(' ') }
}
