/**
 * The provision record of the project file (`provisions[]` of contracts/project-json.md, extension
 * documented in README.md here): which model a clause follows, its parameters, its Dutch text, where
 * it stands in the text, why, and on what sources. Every object is a zod `looseObject`, like the
 * rest of the project schema, so fields written by a newer app survive a load/save round trip.
 */
import { z } from 'zod'
import type { NonPunishmentParameters } from './parameters.js'

export const MODEL_IDS = ['uk-s45', 'ni-s22', 'scotland-s8', 'eu-art8', 'coe-art26', 'be-433quinquies', 'es-177bis', 'de-154c'] as const

const textStatus = z.enum(['verbatim', 'verbatim-secondary', 'unverified'])
const category = z.enum(['leven', 'vrijheid', 'zwaar-geweld', 'rechtsgang', 'zeeroof', 'wapens-explosieven', 'geweld-vermogen', 'brand', 'kaping', 'zeden', 'foltering', 'terrorisme', 'mensenhandel'])

const excludedOffence = z.looseObject({ original: z.string(), nl: z.string().min(1), category, status: textStatus })

const offenceScope = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('all') }),
  z.looseObject({ kind: z.literal('all-except'), listName: z.string(), excluded: z.array(excludedOffence).readonly(), complete: z.boolean() }),
  z.looseObject({ kind: z.literal('only-lighter'), maxYears: z.number().int().min(1) }),
])

const link = z.looseObject({
  compulsion: z.enum(['none', 'compelled', 'compelled-by-another-or-circumstances']),
  nexus: z.enum(['direct-consequence', 'in-connection-with', 'none']),
  reasonablePerson: z.enum(['none', 'no-realistic-alternative', 'would-do-that-act']),
})

export const parametersSchema = z.looseObject({
  offences: offenceScope,
  link,
  minors: z.discriminatedUnion('kind', [z.looseObject({ kind: z.literal('same') }), z.looseObject({ kind: z.literal('own'), link })]),
  conditions: z.array(z.enum(['proportionality', 'victim-reports', 'gravity-exception'])).readonly(),
  stage: z.enum(['not-prosecuting', 'not-punishing', 'both']),
  burden: z.enum(['defence-to-raise', 'prosecution-to-disprove', 'authority-assesses', 'unspecified']),
  discretion: z.enum(['must', 'may']),
})

// Compile-time guards both ways: what the schema accepts is a NonPunishmentParameters and every
// NonPunishmentParameters passes the schema's type, so the two cannot drift apart.
type Parsed = z.infer<typeof parametersSchema>
const _toParameters = (p: Parsed): NonPunishmentParameters => p
const _toParsed = (p: NonPunishmentParameters): Parsed => p
void _toParameters
void _toParsed

/** A place in one version of the text: `{ version: 'proposed', unitPath: 'artikel:273f/lid:9' }`. */
const unitRef = z.looseObject({ version: z.string().min(1), unitPath: z.string().min(1) })

const source = z.looseObject({ title: z.string().min(1), url: z.string().optional(), note: z.string().optional() })

export const provisionSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string().optional(),
  /** The catalogue model it follows, or `eigen` for the drafter's own design. */
  model: z.enum([...MODEL_IDS, 'eigen']),
  /** For `eigen`: the catalogue model it was adjusted from. */
  basedOn: z.enum(MODEL_IDS).optional(),
  parameters: parametersSchema,
  /** The Dutch text as it stands (generated, then possibly edited by hand). */
  text: z.string(),
  /** The existing unit the clause belongs to (e.g. `artikel:273f`), when it is not (yet) inserted. */
  attachedTo: unitRef.nullable(),
  /** The unit the clause was inserted as (e.g. `artikel:273f/lid:9` in `proposed`). */
  insertedAs: unitRef.nullable(),
  rationale: z.string(),
  sources: z.array(source),
  created: z.string().optional(),
  modified: z.string().optional(),
})

export type ProvisionRecord = z.infer<typeof provisionSchema>
