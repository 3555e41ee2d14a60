/**
 * The catalogue of foreign non-punishment models, in the order a drafter meets them in the
 * consultation: the UK model CKM and Fier ask for first, then its Northern Irish and Scottish
 * siblings, the two European instruments the Netherlands is bound by, and three continental codes.
 */
import type { ModelId, ProvisionModel } from './model.js'
import { UK_S45 } from './models/uk-s45.js'
import { NI_S22 } from './models/ni-s22.js'
import { SCOTLAND_S8 } from './models/scotland-s8.js'
import { EU_ART8 } from './models/eu-art8.js'
import { COE_ART26 } from './models/coe-art26.js'
import { BE_433QUINQUIES } from './models/be-433quinquies.js'
import { ES_177BIS } from './models/es-177bis.js'
import { DE_154C } from './models/de-154c.js'

export const CATALOGUE: readonly ProvisionModel[] = [UK_S45, NI_S22, SCOTLAND_S8, EU_ART8, COE_ART26, BE_433QUINQUIES, ES_177BIS, DE_154C]

/** The model with this id; throws for an unknown id, which is a programming error. */
export function getModel(id: ModelId): ProvisionModel {
  const model = CATALOGUE.find((m) => m.id === id)
  if (!model) throw new Error(`No non-punishment model "${id}" in the catalogue`)
  return model
}

export const isModelId = (id: string): id is ModelId => CATALOGUE.some((m) => m.id === id)
