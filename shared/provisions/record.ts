/** Building the project-file record of a provision from a variant and where it was inserted. */
import { getModel } from './catalogue.js'
import type { Variant } from './compare-variants.js'
import type { ProvisionRecord } from './schema.js'
import { draftDutchText } from './template.js'

export interface RecordInput {
  readonly id: string
  readonly variant: Variant
  /** Version id and unit path the clause was inserted as; null when only attached or not placed. */
  readonly insertedAs?: { version: string; unitPath: string } | null
  readonly attachedTo?: { version: string; unitPath: string } | null
  readonly rationale?: string
  /** ISO time stamp; passed in because shared/ code does not read the clock. */
  readonly now?: string
}

/**
 * The record for `provisions[]`. Its sources are the model's texts, each with its reliability, so
 * a reader of the project file sees which passages were verbatim and which were not. The source
 * titles and parts are stored in English, as they always were: the record is data, not interface.
 */
export function provisionRecord(input: RecordInput): ProvisionRecord {
  const { variant } = input
  const origin = variant.model === 'eigen' ? variant.basedOn : variant.model
  const sources =
    origin === undefined
      ? []
      : getModel(origin).texts.map((t) => ({
          title: t.source.title.en,
          ...(t.source.url ? { url: t.source.url } : {}),
          note: `${t.part.en} — ${t.status}${t.source.note ? `; ${t.source.note}` : ''}`,
        }))
  return {
    id: input.id,
    label: variant.label,
    model: variant.model,
    ...(variant.model === 'eigen' && variant.basedOn ? { basedOn: variant.basedOn } : {}),
    parameters: variant.parameters,
    text: variant.text ?? draftDutchText(variant.parameters).text,
    attachedTo: input.attachedTo ?? null,
    insertedAs: input.insertedAs ?? null,
    rationale: input.rationale ?? '',
    sources,
    ...(input.now ? { created: input.now, modified: input.now } : {}),
  }
}
