/**
 * A foreign model of a non-punishment provision as the catalogue holds it: its original text(s),
 * each marked exactly as legal/non-punishment.md marks it (never more reliable than that file
 * says), its parameters, and for each parameter the passage it was read from.
 */
import type { Localized } from './language.js'
import type { NonPunishmentParameters, ParameterName, TextStatus } from './parameters.js'

export type { Localized } from './language.js'

export type ModelId =
  | 'uk-s45' | 'ni-s22' | 'scotland-s8' | 'eu-art8' | 'coe-art26' | 'be-433quinquies' | 'es-177bis' | 'de-154c'

export interface Source {
  /**
   * What the source is, in the interface languages (bibliographic names such as an Act's title
   * stay as they are in both). The project-file record keeps the English one, as before.
   */
  readonly title: Localized
  readonly url?: string
  /** Not shown in the workbench; copied into the record's source note. */
  readonly note?: string
}

/**
 * One passage of a model's text, in its own language. A text that pairs versions in several
 * languages puts each on its own line headed by the language ("DE: …", "NL: …"); the workbench
 * marks such a line with that language.
 */
export interface ModelText {
  /** Which part, in the interface languages: "s. 45 (1)–(6) en de aanhef van (7)" / "s. 45 (1)–(6) and the opening words of (7)". */
  readonly part: Localized
  readonly language: 'en' | 'nl' | 'de' | 'es' | 'fr'
  readonly text: string
  readonly status: TextStatus
  readonly source: Source
}

/**
 * Why a parameter has its value. `quote` is a passage of one of the model's texts with the same
 * (or a stronger) status; the tests hold the catalogue to that. `interpretation` marks a reading
 * that no text states (e.g. a burden of proof the statute is silent on).
 */
export interface ParameterBasis {
  readonly parameter: ParameterName
  readonly status: TextStatus | 'interpretation'
  readonly quote?: string
  readonly note?: string
}

export interface ProvisionModel {
  readonly id: ModelId
  /**
   * Short name for tables, in the interface languages: "EU Richtlijn 2011/36 art. 8" / "EU Directive
   * 2011/36 art. 8". The Dutch one is the record's label and the reports' name.
   */
  readonly name: Localized
  /** Full citation, in the interface languages (the instrument's own title stays as it is). */
  readonly citation: Localized
  readonly jurisdiction: string
  readonly texts: readonly ModelText[]
  readonly parameters: NonPunishmentParameters
  readonly basis: readonly ParameterBasis[]
  /** What a drafter should know that the parameters do not say, in the interface languages. */
  readonly notes: readonly Localized[]
}
