/** A LegalText as a ProseMirror document of the statute schema. */
import type { Node as PMNode } from 'prosemirror-model'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { isDivision } from '../../shared/model/path.js'
import { schema } from './schema.js'

const textNodes = (text: string) => (text ? [schema.text(text)] : [])

/** One `al` per line of the unit's own text (alinea are joined with `\n` in the model). */
const alinea = (text: string): PMNode[] => (text ? text.split('\n') : ['']).map((line) => schema.nodes.al.create(null, textNodes(line)))

function lijst(children: readonly Unit[]): PMNode[] {
  return children.length ? [schema.nodes.lijst.create(null, children.map(onderdeel))] : []
}

function onderdeel(unit: Unit): PMNode {
  return schema.nodes.onderdeel.create({ nr: unit.number }, [...alinea(unit.text), ...lijst(unit.children)])
}

function artikel(unit: Unit): PMNode {
  const leden = unit.children.filter((c) => c.type === 'lid')
  const items = unit.children.filter((c) => c.type !== 'lid')
  const body = leden.length
    ? leden.map((lid) => schema.nodes.lid.create({ nr: lid.number }, [...alinea(lid.text), ...lijst(lid.children)]))
    : lijst(items)
  const own = unit.text ? alinea(unit.text) : []
  return schema.nodes.artikel.create({ nr: unit.number }, [schema.nodes.kop.create(null, textNodes(unit.heading ?? '')), ...own, ...body])
}

function block(unit: Unit): PMNode[] {
  if (unit.type === 'artikel') return [artikel(unit)]
  if (isDivision(unit.type)) {
    const kop = schema.nodes.kop.create(null, textNodes(unit.heading ?? ''))
    return [schema.nodes.divisie.create({ nr: unit.number, type: unit.type }, [kop, ...unit.children.flatMap(block)])]
  }
  return []
}

/** Throws RangeError when the text has no article (the schema needs at least one). */
export function legalTextToDoc(text: LegalText): PMNode {
  return schema.nodes.doc.create(null, text.units.flatMap(block))
}
