/**
 * Who a variant protects: for each form of exploitation of art. 273f lid 2 Sr, whether the offences
 * its victims are typically made to commit fall under the clause; for adults and minors, which test
 * applies; and which serious offences it excludes. The question the consultation keeps asking —
 * are victims of criminal exploitation protected? — is the row `strafbare-activiteiten`.
 */
import { EXPLOITATION_FORMS, TYPICAL_BY_FORM, TYPICAL_OFFENCES, type ExploitationForm, type TypicalOffence } from './offences.js'
import { describeLink, exceptListName } from './explain.js'
import type { ExplanationLanguage } from './language.js'
import { minorsLink, type ExcludedOffence, type NonPunishmentParameters, type TextStatus } from './parameters.js'

export interface OffenceCoverage {
  readonly offence: TypicalOffence
  readonly covered: boolean
  /** Why, in the requested language: the exclusion or the penalty threshold that keeps it out. */
  readonly reason: string
  /** For an exclusion: how reliable the list item is. */
  readonly status?: TextStatus
}

export interface FormCoverage {
  readonly form: ExploitationForm
  /** The form as art. 273f lid 2 words it. */
  readonly nl: string
  /** An English rendering of the form, for the English interface. */
  readonly en: string
  /** `covered`: every typical offence; `partly`: some; `not-covered`: none. */
  readonly status: 'covered' | 'partly' | 'not-covered'
  readonly offences: readonly OffenceCoverage[]
}

export interface GroupCoverage {
  readonly compulsionRequired: boolean
  /** The test in short Dutch (or English when asked). */
  readonly test: string
}

export interface CoverageReport {
  readonly forms: readonly FormCoverage[]
  readonly adults: GroupCoverage
  readonly minors: GroupCoverage
  /** The serious offences the variant excludes, as listed (empty for scopes without a list). */
  readonly excluded: readonly ExcludedOffence[]
  /** What limits the protection beyond the offences: discretion, conditions, an incomplete list. */
  readonly caveats: readonly string[]
}

function offenceCoverage(p: NonPunishmentParameters, offence: TypicalOffence, lang: ExplanationLanguage): OffenceCoverage {
  const en = lang === 'en'
  const scope = p.offences
  if (scope.kind === 'only-lighter' && offence.maxYears !== null && offence.maxYears > scope.maxYears) {
    return { offence, covered: false, reason: en ? `maximum penalty of ${offence.maxYears} years, more than ${scope.maxYears} years` : `strafmaximum ${offence.maxYears} jaar, meer dan ${scope.maxYears} jaar` }
  }
  if (scope.kind === 'all-except') {
    const hit = scope.excluded.find((e) => e.category === offence.category)
    // In English the list's own wording, with the Dutch counterpart it was mapped to.
    if (hit) return { offence, covered: false, reason: en ? `excluded: ${hit.original} (${exceptListName(scope, 'en')}; Dutch counterpart: ${hit.nl})` : `uitgezonderd: ${hit.nl} (${exceptListName(scope, 'nl')})`, status: hit.status }
  }
  if (en) return { offence, covered: true, reason: scope.kind === 'all' ? 'all offences are covered' : 'not excluded' }
  return { offence, covered: true, reason: scope.kind === 'all' ? 'alle strafbare feiten vallen eronder' : 'niet uitgezonderd' }
}

/** The caveats' wording per language; which apply is decided once, in `caveats`. */
const CAVEAT_TEXT = {
  en: {
    may: 'A power, not a duty: even a victim who meets every condition can be prosecuted or punished.',
    reports: 'Only victims who report the trafficking are protected.',
    gravity: 'In an individual case, the seriousness of the offence can override the protection.',
    proportionality: 'The offence must be proportionate to the exploitation.',
    listNotShown: (list: string) => `The content of the list of excluded offences (${list}) is not reproduced here: no offence is shown as excluded, but the coverage may be narrower than shown here.`,
    noneListed: 'No excluded offences have been listed yet; once they are, the coverage will be narrower than shown here.',
    listIncomplete: (list: string) => `The list of excluded offences (${list}) is not fully known; the coverage may be narrower than shown here.`,
    compulsion: 'Adults must have been compelled to commit the offence; anyone who "cooperates" without demonstrable compulsion falls outside the provision.',
  },
  nl: {
    may: 'Bevoegdheid, geen plicht: ook een slachtoffer dat aan alle voorwaarden voldoet, kan worden vervolgd of gestraft.',
    reports: 'Alleen slachtoffers die aangifte doen van de mensenhandel zijn beschermd.',
    gravity: 'Per geval kan de ernst van het feit de bescherming opheffen.',
    proportionality: 'Het feit moet in verhouding staan tot de uitbuiting.',
    listNotShown: (list: string) => `De inhoud van de lijst van uitgezonderde feiten (${list}) is hier niet weergegeven: geen feit wordt als uitgezonderd getoond, maar de dekking kan kleiner zijn dan hier getoond.`,
    noneListed: 'Er zijn nog geen uitgezonderde feiten genoemd; zodra dat gebeurt, wordt de dekking kleiner dan hier getoond.',
    listIncomplete: (list: string) => `De lijst van uitgezonderde feiten (${list}) is niet volledig bekend; de dekking kan kleiner zijn dan hier getoond.`,
    compulsion: 'Volwassenen moeten tot het feit zijn gedwongen; wie "meewerkt" zonder aantoonbare dwang valt erbuiten.',
  },
} as const

function caveats(p: NonPunishmentParameters, lang: ExplanationLanguage): string[] {
  const text = CAVEAT_TEXT[lang]
  const out: string[] = []
  if (p.discretion === 'may') out.push(text.may)
  if (p.conditions.includes('victim-reports')) out.push(text.reports)
  if (p.conditions.includes('gravity-exception')) out.push(text.gravity)
  if (p.conditions.includes('proportionality')) out.push(text.proportionality)
  if (p.offences.kind === 'all-except' && !p.offences.complete) {
    const o = p.offences
    out.push(o.excluded.length === 0 ? (o.listName.trim() ? text.listNotShown(o.listName) : text.noneListed) : text.listIncomplete(exceptListName(o, lang)))
  }
  if (p.link.compulsion !== 'none') out.push(text.compulsion)
  return out
}

/** The coverage of a variant; reasons, tests and caveats in Dutch (default) or English. */
export function coverage(p: NonPunishmentParameters, lang: ExplanationLanguage = 'nl'): CoverageReport {
  const forms = EXPLOITATION_FORMS.map(({ id, nl, en }) => {
    const offences = TYPICAL_BY_FORM[id].map((o) => offenceCoverage(p, TYPICAL_OFFENCES[o]!, lang))
    const n = offences.filter((o) => o.covered).length
    const status = n === offences.length ? 'covered' : n === 0 ? 'not-covered' : 'partly'
    return { form: id, nl, en, status, offences } as const
  })
  const minor = minorsLink(p)
  return {
    forms,
    adults: { compulsionRequired: p.link.compulsion !== 'none', test: describeLink(p.link, lang) },
    minors: { compulsionRequired: minor.compulsion !== 'none', test: describeLink(minor, lang) },
    excluded: p.offences.kind === 'all-except' ? p.offences.excluded : [],
    caveats: caveats(p, lang),
  }
}
