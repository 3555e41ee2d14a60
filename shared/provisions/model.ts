/**
 * A foreign model of a non-punishment provision as the catalogue holds it: its original text(s),
 * each marked exactly as legal/non-punishment.md marks it (never more reliable than that file
 * says), its parameters, and for each parameter the passage it was read from.
 */
import type { NonPunishmentParameters, ParameterName, TextStatus } from './parameters.js'

export type ModelId =
  | 'uk-s45' | 'ni-s22' | 'scotland-s8' | 'eu-art8' | 'coe-art26' | 'be-433quinquies' | 'es-177bis' | 'de-154c'

export interface Source {
  readonly title: string
  readonly url?: string
  readonly note?: string
}

/** One passage of a model's text, in its own language. */
export interface ModelText {
  /** Which part: "s. 45 (1)–(6), opening of (7)". */
  readonly part: string
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
  /** Short name for tables: "UK MSA s. 45". */
  readonly name: string
  /** Full citation. */
  readonly citation: string
  readonly jurisdiction: string
  readonly texts: readonly ModelText[]
  readonly parameters: NonPunishmentParameters
  readonly basis: readonly ParameterBasis[]
  /** What a drafter should know that the parameters do not say. */
  readonly notes: readonly string[]
}
