/**
 * Comparing variants of the clause side by side: a table of the parameters with the rows where the
 * variants differ flagged, and a word redline (the same renvooi as the statute comparison) of each
 * variant's Dutch text against the first, so the drafter sees what a parameter choice does to the words.
 */
import { redline } from '../compare/redline.js'
import type { WordRun } from '../compare/types.js'
import { describe, parameterLabels } from './explain.js'
import type { ExplanationLanguage } from './language.js'
import type { ModelId, ProvisionModel } from './model.js'
import { PARAMETER_NAMES, type NonPunishmentParameters, type ParameterName } from './parameters.js'
import { draftDutchText, type TemplateOptions } from './template.js'

export interface Variant {
  readonly id: string
  readonly label: string
  readonly model: ModelId | 'eigen'
  /** For an own design: the catalogue model it was adjusted from. */
  readonly basedOn?: ModelId
  readonly parameters: NonPunishmentParameters
  /** The Dutch text as edited by the drafter; when absent, the template's text. */
  readonly text?: string
}

export interface ParameterRow {
  readonly parameter: ParameterName
  readonly label: string
  /** The short value per variant, in the order of the variants. */
  readonly values: readonly string[]
  /** True when at least two variants have different values (compared as data, not as labels). */
  readonly differs: boolean
}

export interface VariantRedline {
  readonly base: string
  readonly other: string
  readonly runs: readonly WordRun[]
  readonly similarity: number
}

export interface VariantComparison {
  readonly variants: ReadonlyArray<{ readonly id: string; readonly label: string; readonly text: string }>
  readonly rows: readonly ParameterRow[]
  /** Each variant after the first against the first. */
  readonly redlines: readonly VariantRedline[]
}

/**
 * A variant that follows a catalogue model unchanged, labelled with the model's name in `lang`
 * (Dutch by default: the name records and reports use).
 */
export function variantFromModel(model: ProvisionModel, lang: ExplanationLanguage = 'nl'): Variant {
  return { id: model.id, label: model.name[lang], model: model.id, parameters: model.parameters }
}

// Parameter values are plain JSON data built from literals, so key order is stable per shape.
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export interface CompareOptions extends TemplateOptions {
  /** The language of the row labels and values (not of the drafted texts, which stay Dutch). Default 'nl'. */
  readonly language?: ExplanationLanguage
}

export function compareVariants(variants: readonly Variant[], opts: CompareOptions = {}): VariantComparison {
  const lang = opts.language ?? 'nl'
  const labels = parameterLabels(lang)
  const texts = variants.map((v) => ({ id: v.id, label: v.label, text: v.text ?? draftDutchText(v.parameters, opts).text }))
  const rows = PARAMETER_NAMES.map((name) => ({
    parameter: name,
    label: labels[name],
    values: variants.map((v) => describe(v.parameters, name, lang)),
    differs: variants.some((v) => !same(v.parameters[name], variants[0]!.parameters[name])),
  }))
  const [base, ...others] = texts
  const redlines = base
    ? others.map((o) => {
        const r = redline(base.text, o.text)
        return { base: base.id, other: o.id, runs: r.runs, similarity: Math.round(r.similarity * 1000) / 1000 }
      })
    : []
  return { variants: texts, rows, redlines }
}
