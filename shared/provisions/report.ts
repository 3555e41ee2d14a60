import type { ProvisionRecord } from './schema.js'
import { citePath } from '../report/labels.js'
import { getModel } from './catalogue.js'
import { explainParameters } from './explain.js'
import { compareVariants, type Variant } from './compare-variants.js'
import type { NonPunishmentParameters } from './parameters.js'

/**
 * The project's provisions as the comparison reports show them (shared/report's
 * `ReportProvision` shape): each with its model, where it went in, its parameters in plain Dutch
 * and the rationale; with two or more, a last item lists the parameters on which they differ.
 */
export interface ProvisionSection {
  readonly title: string
  readonly text: string
  readonly rationale?: string
}

export function provisionsForReport(records: readonly ProvisionRecord[]): ProvisionSection[] {
  const sections: ProvisionSection[] = records.map((r) => {
    const where = r.insertedAs ? `, ingevoegd als ${citePath(r.insertedAs.unitPath)}` : r.attachedTo ? `, bij ${citePath(r.attachedTo.unitPath)}` : ''
    const parameters = explainParameters(r.parameters as NonPunishmentParameters).map((p) => `${p.label}: ${p.choice}`)
    return { title: `${labelOf(r)}${where}`, text: r.text, rationale: [r.rationale, ...parameters].filter(Boolean).join('\n') }
  })
  if (records.length >= 2) {
    const comparison = compareVariants(records.map(toVariant))
    const differing = comparison.rows.filter((row) => row.differs).map((row) => `${row.label}: ${row.values.join(' | ')}`)
    sections.push({
      title: `Vergelijking van de varianten (${records.map(labelOf).join(' | ')})`,
      text: differing.length ? differing.join('\n') : 'De varianten verschillen in geen enkele parameter.',
    })
  }
  return sections
}

/**
 * The drieluik's third column for the units the provisions went into (in version `versionId`):
 * per unit path, which model the clause follows and the drafter's motivation.
 */
export function provisionToelichting(records: readonly ProvisionRecord[], versionId: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const r of records) {
    const at = r.insertedAs?.version === versionId ? r.insertedAs.unitPath : r.attachedTo?.version === versionId ? r.attachedTo.unitPath : null
    if (!at) continue
    const lines = [`Non-punishmentbepaling naar ${labelOf(r)}.`, ...(r.rationale ? [r.rationale] : [])]
    out[at] = out[at] ? `${out[at]}\n\n${lines.join('\n')}` : lines.join('\n')
  }
  return out
}

function labelOf(r: ProvisionRecord): string {
  if (r.label) return r.label
  return r.model === 'eigen' ? `Eigen ontwerp${r.basedOn ? ` naar ${getModel(r.basedOn).name.nl}` : ''}` : getModel(r.model).name.nl
}

function toVariant(r: ProvisionRecord): Variant {
  return { id: r.id, label: labelOf(r), model: r.model, ...(r.basedOn ? { basedOn: r.basedOn } : {}), parameters: r.parameters as NonPunishmentParameters, text: r.text }
}
