import type { Unit, UnitType } from './types.js'

/** Units that belong to an article's path (divisions above it do not). */
export const ADDRESSABLE: ReadonlySet<UnitType> = new Set(['artikel', 'lid', 'onderdeel', 'subonderdeel'])

export const isDivision = (type: UnitType): boolean => !ADDRESSABLE.has(type)

/** One path segment, `type:number`. */
export const segment = (type: UnitType, number: string): string => `${type}:${number}`

/** Path of a child under `parentPath` ('' for an article, whose path starts afresh). */
export function childPath(parentPath: string, type: UnitType, number: string): string {
  if (type === 'artikel') return segment(type, number)
  // Divisions nest only in divisions, so `boek:2/titeldeel:XVIII`; articles start afresh.
  return parentPath ? `${parentPath}/${segment(type, number)}` : segment(type, number)
}

/** Splits a path into `[type, number]` pairs. Numbers may contain ':' (`artikel:6:162`). */
export function parsePath(path: string): Array<[UnitType, string]> {
  return path.split('/').map((seg) => {
    const i = seg.indexOf(':')
    return [seg.slice(0, i) as UnitType, seg.slice(i + 1)]
  })
}

/** Depth-first, document order, every level (divisions included). */
export function walk(units: readonly Unit[]): Unit[] {
  const out: Unit[] = []
  const visit = (list: readonly Unit[]): void => {
    for (const u of list) {
      out.push(u)
      visit(u.children)
    }
  }
  visit(units)
  return out
}

/** Every addressable unit (artikel and below) in document order, with its addressable parent. */
export function flatten(units: readonly Unit[]): Array<{ unit: Unit; parent: Unit | null }> {
  const out: Array<{ unit: Unit; parent: Unit | null }> = []
  const visit = (list: readonly Unit[], parent: Unit | null): void => {
    for (const u of list) {
      if (isDivision(u.type)) {
        visit(u.children, null)
        continue
      }
      out.push({ unit: u, parent })
      visit(u.children, u)
    }
  }
  visit(units, null)
  return out
}

/** Units of a text by path, for turning a comparison's paths back into texts. */
export function unitsByPath(units: readonly Unit[]): Map<string, Unit> {
  const map = new Map<string, Unit>()
  for (const u of walk(units)) map.set(u.path, u)
  return map
}
