/**
 * The parameters of a non-punishment provision (non-punishmentbeginsel): the handful of choices in
 * which the foreign models differ and which a drafter of art. 273f lid 9 has to make. One typed
 * structure for every model, so that the Dutch text (template.ts), the comparison of variants
 * (compare-variants.ts) and the coverage check (coverage.ts) are computed from the same data.
 */

/** Which offences the clause can cover. */
export type OffenceScope =
  /** Every offence (Belgium, Spain, the EU Directive, the CoE Convention). */
  | { readonly kind: 'all' }
  /**
   * Every offence except a list of serious ones (UK MSA Schedule 4, NI Schedule 3). `complete` is
   * false when the list is only partly known, so the coverage check can say so.
   */
  | { readonly kind: 'all-except'; readonly listName: string; readonly excluded: readonly ExcludedOffence[]; readonly complete: boolean }
  /**
   * Only lighter offences. Dutch law has no statutory minimum penalties, so a class like the German
   * *Vergehen* (minimum below one year) is rendered as a maximum penalty the drafter chooses.
   */
  | { readonly kind: 'only-lighter'; readonly maxYears: number }

/** One serious offence a model excludes, with a Dutch counterpart for the draft text. */
export type ExcludedOffence = {
  /** The offence as the model names it (English for Schedule 4). */
  readonly original: string
  /** The nearest Dutch offence, as a drafter would name it in the exclusion sentence. */
  readonly nl: string
  /** The group of serious offences it belongs to; the coverage check maps typical offences onto it. */
  readonly category: SeriousCategory
  /** Whether the item comes from a verbatim source (see legal/non-punishment.md). */
  readonly status: TextStatus
}

/** Groups of serious offences used by the exclusion lists. */
export type SeriousCategory =
  | 'leven' | 'vrijheid' | 'zwaar-geweld' | 'rechtsgang' | 'zeeroof' | 'wapens-explosieven'
  | 'geweld-vermogen' | 'brand' | 'kaping' | 'zeden' | 'foltering' | 'terrorisme' | 'mensenhandel'

/** How reliable a text (or a parameter read from it) is, exactly as legal/non-punishment.md marks it. */
export type TextStatus = 'verbatim' | 'verbatim-secondary' | 'unverified'

/** Whether the victim must have been compelled to commit the offence, and by what. */
export type Compulsion = 'none' | 'compelled' | 'compelled-by-another-or-circumstances'

/** How the offence must relate to the trafficking. */
export type Nexus = 'direct-consequence' | 'in-connection-with' | 'none'

/** The objective test of UK MSA s. 45 (1)(d) and (4)(c). */
export type ReasonablePerson = 'none' | 'no-realistic-alternative' | 'would-do-that-act'

/** The link between the offence and the trafficking, for one group (adults or minors). */
export type Link = {
  readonly compulsion: Compulsion
  readonly nexus: Nexus
  readonly reasonablePerson: ReasonablePerson
}

/** Further conditions a few models add. */
export type Condition =
  /** Spain: an adequate proportion between the situation and the offence. */
  | 'proportionality'
  /** Germany: the offence became known because the victim reported the trafficking. */
  | 'victim-reports'
  /** Germany: not where the gravity of the offence makes atonement indispensable. */
  | 'gravity-exception'

/** Whether the clause stops the prosecution, the punishment, or either. */
export type Stage = 'not-prosecuting' | 'not-punishing' | 'both'

/**
 * Who has to show what. `defence-to-raise`: the suspect raises it and must make it plausible (the
 * Dutch default for a strafuitsluitingsgrond). `prosecution-to-disprove`: once raised with some
 * support, the prosecution must disprove it (the UK reading of s. 45). `authority-assesses`: the
 * prosecutor weighs it of its own motion (instructions, discretion). `unspecified`: the text is silent.
 */
export type Burden = 'defence-to-raise' | 'prosecution-to-disprove' | 'authority-assesses' | 'unspecified'

/** Whether the authority must, or may, refrain. */
export type Discretion = 'must' | 'may'

/**
 * The parameters of a non-punishment provision. Type aliases rather than interfaces, so that they
 * are assignable to the loose (index-signed) objects of the project-file schema.
 */
export type NonPunishmentParameters = {
  readonly offences: OffenceScope
  /** The link for adults (and for minors when `minors` is `same`). */
  readonly link: Link
  /** Minors (under 18) under the adults' test, or under a test of their own (usually without compulsion). */
  readonly minors: { readonly kind: 'same' } | { readonly kind: 'own'; readonly link: Link }
  readonly conditions: readonly Condition[]
  readonly stage: Stage
  readonly burden: Burden
  readonly discretion: Discretion
}

/** The names of the parameters, in the order the workbench shows them. */
export const PARAMETER_NAMES = ['offences', 'link', 'minors', 'conditions', 'stage', 'burden', 'discretion'] as const
export type ParameterName = (typeof PARAMETER_NAMES)[number]

/** The minors' link in effect: their own, or the adults'. */
export const minorsLink = (p: NonPunishmentParameters): Link => (p.minors.kind === 'own' ? p.minors.link : p.link)
