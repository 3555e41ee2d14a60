import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { flatten, normalizeSpace, ParseError, type Unit } from '../../shared/model/index.js'

/** Shared by the parse-*.test.ts files: sample access and a comparable view of a unit tree. */

export const sample = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)), 'utf8')

export interface Shape {
  path: string
  type: string
  number: string
  /** The unit's alinea, each with its white space normalised. */
  alinea: string[]
}

/** Every addressable unit (divisions left out), in document order, as plain data. */
export function shape(units: readonly Unit[]): Shape[] {
  return flatten(units).map(({ unit }) => ({
    path: unit.path,
    type: unit.type,
    number: unit.number,
    alinea: unit.text ? unit.text.split('\n').map(normalizeSpace) : [],
  }))
}

/** The ParseError thrown by `fn`; fails the test when nothing (or something else) is thrown. */
export function parseErrorOf(fn: () => unknown): ParseError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ParseError) return e
    throw new Error(`expected a ParseError, got ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e })
  }
  throw new Error('expected a ParseError, but the input was accepted')
}
