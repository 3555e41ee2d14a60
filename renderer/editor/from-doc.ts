/**
 * A ProseMirror document back to a LegalText, for the live comparison. ProseMirror nodes are
 * persistent: a node untouched by a transaction is the same object afterwards. The cache keyed
 * by node (and parent path) therefore hands back the *same* Unit objects for everything the
 * user did not touch, so each keystroke rebuilds only the edited unit and its ancestors.
 */
import type { Node as PMNode } from 'prosemirror-model'
import type { LegalText, Unit, UnitType } from '../../shared/model/types.js'
import { childPath, isDivision, segment } from '../../shared/model/path.js'

type Cache = WeakMap<PMNode, { parentPath: string; unit: Unit }>

export interface DocConverter {
  toLegalText(doc: PMNode, label: string, source: string): LegalText
}

const ownText = (node: PMNode): string => {
  const lines: string[] = []
  node.forEach((child) => {
    if (child.type.name === 'al') lines.push(child.textContent)
  })
  return lines.join('\n')
}

export function createDocConverter(): DocConverter {
  const cache: Cache = new WeakMap()

  const unitOf = (node: PMNode, type: UnitType, parentPath: string, depth: number): Unit => {
    const hit = cache.get(node)
    if (hit && hit.parentPath === parentPath) return hit.unit
    const number = String(node.attrs.nr ?? '')
    // Divisions nest their paths (boek:2/titeldeel:XVIII); an article's path starts afresh.
    const path = isDivision(type) && parentPath ? `${parentPath}/${segment(type, number)}` : childPath(parentPath, type, number)
    const children: Unit[] = []
    node.forEach((child) => {
      if (child.type.name === 'lid') children.push(unitOf(child, 'lid', path, depth + 1))
      else if (child.type.name === 'lijst') {
        const itemType: UnitType = type === 'onderdeel' || type === 'subonderdeel' ? 'subonderdeel' : 'onderdeel'
        child.forEach((item) => children.push(unitOf(item, itemType, path, depth + 1)))
      } else if (child.type.name === 'divisie' || child.type.name === 'artikel') {
        children.push(blockUnit(child, path))
      }
    })
    let heading: string | undefined
    node.forEach((child) => {
      if (child.type.name === 'kop' && child.textContent) heading = child.textContent
    })
    const unit: Unit = heading === undefined
      ? { type, number, path, text: ownText(node), children }
      : { type, number, path, heading, text: ownText(node), children }
    cache.set(node, { parentPath, unit })
    return unit
  }

  const blockUnit = (node: PMNode, parentPath = ''): Unit =>
    node.type.name === 'artikel' ? unitOf(node, 'artikel', '', 0) : unitOf(node, String(node.attrs.type) as UnitType, parentPath, 0)

  return {
    toLegalText(doc, label, source) {
      const units: Unit[] = []
      doc.forEach((child) => units.push(blockUnit(child)))
      return { label, source, units }
    },
  }
}
