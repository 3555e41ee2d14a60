/**
 * What the non-punishment workbench keeps in the project, so that designs survive saving,
 * reopening and crash recovery: its variants (catalogue models, adjusted and own designs, with
 * hand-edited texts) and the motivation being written. Stored under `settings.workbench` of the
 * project file (settings are free-form and kept on load and save, contracts/project-json.md);
 * the inserted and attached provisions remain the records of `provisions[]`.
 */
import { z } from 'zod'
import type { Variant } from './compare-variants.js'
import { MODEL_IDS, parametersSchema, type ProvisionRecord } from './schema.js'

export interface WorkbenchState {
  readonly variants: readonly Variant[]
  /** The motivation ("Motivering") typed for the next insertion. */
  readonly rationale: string
}

/** The key in `project.settings`. */
export const WORKBENCH_SETTING = 'workbench'

const variantSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  model: z.enum([...MODEL_IDS, 'eigen']),
  basedOn: z.enum(MODEL_IDS).optional(),
  parameters: parametersSchema,
  text: z.string().optional(),
})
const stateSchema = z.looseObject({ variants: z.array(variantSchema).min(1), rationale: z.string() })

/**
 * The workbench as last saved in the project; else as its provision records show it (a project
 * saved before the workbench was kept, or written by another program); null for a fresh start.
 * A saved state that does not validate is passed over, never an error: it is a convenience.
 */
export function workbenchFromProject(settings: Readonly<Record<string, unknown>>, provisions: readonly ProvisionRecord[]): WorkbenchState | null {
  const saved = stateSchema.safeParse(settings[WORKBENCH_SETTING])
  if (saved.success) return saved.data as WorkbenchState
  if (!provisions.length) return null
  return { variants: provisions.map(variantOfRecord), rationale: provisions[provisions.length - 1]!.rationale }
}

/** A provision record as a workbench variant: its model, parameters and text as inserted. */
export function variantOfRecord(r: ProvisionRecord): Variant {
  return { id: r.id, label: r.label ?? r.id, model: r.model, ...(r.basedOn ? { basedOn: r.basedOn } : {}), parameters: r.parameters, text: r.text }
}

/** The project's settings with the workbench's state in them. */
export function withWorkbench(settings: Readonly<Record<string, unknown>>, state: WorkbenchState): Record<string, unknown> {
  return { ...settings, [WORKBENCH_SETTING]: { variants: state.variants, rationale: state.rationale } }
}
