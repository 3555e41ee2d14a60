/**
 * Validation of every payload the renderer sends, per operation (the renderer is untrusted:
 * checklist item 17). Arguments arrive as a JSON array; a project is validated with the project
 * schema itself so that a compromised renderer cannot write a damaged project file.
 */
import { z } from 'zod'
import type { HostOperation } from '../../shared/host-api.js'

const handle = z.string().min(1).max(4096).nullable()

export const PAYLOADS: { readonly [Op in HostOperation]: z.ZodType<unknown[]> } = {
  hostInfo: z.tuple([]),
  appVersion: z.tuple([]),
  listSamples: z.tuple([]),
  readSample: z.tuple([z.string().min(1).max(255)]),
  pickTextFile: z.tuple([]),
  listProjects: z.tuple([]),
  openProject: z.tuple([handle]),
  saveProject: z.tuple([z.unknown(), handle]),
  recentProjects: z.tuple([]),
  writeRecovery: z.tuple([z.unknown(), handle]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
  openExternal: z.tuple([z.string().max(2048)]),
  setEdited: z.tuple([z.boolean()]),
}

export const isHostOperation = (name: string): name is HostOperation => Object.hasOwn(PAYLOADS, name)
