/**
 * Who a variant protects: for each form of exploitation of art. 273f lid 2 Sr, whether the offences
 * its victims are typically made to commit fall under the clause; for adults and minors, which test
 * applies; and which serious offences it excludes. The question the consultation keeps asking —
 * are victims of criminal exploitation protected? — is the row `strafbare-activiteiten`.
 */
import { EXPLOITATION_FORMS, TYPICAL_BY_FORM, TYPICAL_OFFENCES, type ExploitationForm, type TypicalOffence } from './offences.js'
import { describeLink } from './explain.js'
import { minorsLink, type ExcludedOffence, type NonPunishmentParameters, type TextStatus } from './parameters.js'

export interface OffenceCoverage {
  readonly offence: TypicalOffence
  readonly covered: boolean
  /** Why, in Dutch: the exclusion or the penalty threshold that keeps it out. */
  readonly reason: string
  /** For an exclusion: how reliable the list item is. */
  readonly status?: TextStatus
}

export interface FormCoverage {
  readonly form: ExploitationForm
  readonly nl: string
  /** `covered`: every typical offence; `partly`: some; `not-covered`: none. */
  readonly status: 'covered' | 'partly' | 'not-covered'
  readonly offences: readonly OffenceCoverage[]
}

export interface GroupCoverage {
  readonly compulsionRequired: boolean
  /** The test in short Dutch. */
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

function offenceCoverage(p: NonPunishmentParameters, offence: TypicalOffence): OffenceCoverage {
  const scope = p.offences
  if (scope.kind === 'only-lighter' && offence.maxYears !== null && offence.maxYears > scope.maxYears) {
    return { offence, covered: false, reason: `strafmaximum ${offence.maxYears} jaar, meer dan ${scope.maxYears} jaar` }
  }
  if (scope.kind === 'all-except') {
    const hit = scope.excluded.find((e) => e.category === offence.category)
    if (hit) return { offence, covered: false, reason: `uitgezonderd: ${hit.nl} (${scope.listName})`, status: hit.status }
  }
  return { offence, covered: true, reason: scope.kind === 'all' ? 'alle strafbare feiten vallen eronder' : 'niet uitgezonderd' }
}

function caveats(p: NonPunishmentParameters): string[] {
  const out: string[] = []
  if (p.discretion === 'may') out.push('Bevoegdheid, geen plicht: ook een slachtoffer dat aan alle voorwaarden voldoet, kan worden vervolgd of gestraft.')
  if (p.conditions.includes('victim-reports')) out.push('Alleen slachtoffers die aangifte doen van de mensenhandel zijn beschermd.')
  if (p.conditions.includes('gravity-exception')) out.push('Per geval kan de ernst van het feit de bescherming opheffen.')
  if (p.conditions.includes('proportionality')) out.push('Het feit moet in verhouding staan tot de uitbuiting.')
  if (p.offences.kind === 'all-except' && !p.offences.complete) out.push(`De lijst van uitgezonderde feiten (${p.offences.listName}) is niet volledig bekend; de dekking kan kleiner zijn dan hier getoond.`)
  if (p.link.compulsion !== 'none') out.push('Volwassenen moeten tot het feit zijn gedwongen; wie "meewerkt" zonder aantoonbare dwang valt erbuiten.')
  return out
}

export function coverage(p: NonPunishmentParameters): CoverageReport {
  const forms = EXPLOITATION_FORMS.map(({ id, nl }) => {
    const offences = TYPICAL_BY_FORM[id].map((o) => offenceCoverage(p, TYPICAL_OFFENCES[o]!))
    const n = offences.filter((o) => o.covered).length
    const status = n === offences.length ? 'covered' : n === 0 ? 'not-covered' : 'partly'
    return { form: id, nl, status, offences } as const
  })
  const minor = minorsLink(p)
  return {
    forms,
    adults: { compulsionRequired: p.link.compulsion !== 'none', test: describeLink(p.link) },
    minors: { compulsionRequired: minor.compulsion !== 'none', test: describeLink(minor) },
    excluded: p.offences.kind === 'all-except' ? p.offences.excluded : [],
    caveats: caveats(p),
  }
}
