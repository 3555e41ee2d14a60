/** Building texts and comments for the comments tests, directly as unit trees (no parser). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { LegalText, Unit } from '../../shared/model/types.js'
import { parseText } from '../../shared/parse/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import { makeTarget, type Comment } from '../../shared/comments/index.js'

export type LidSpec = string | { text: string; items: string[] }

/** `{ '1': ['eerste lid', 'tweede lid'] }` → artikel 1 with leden 1 and 2 (onderdelen a, b … when given). */
export function legal(articles: Record<string, LidSpec[]>, label = 'tekst'): LegalText {
  const units: Unit[] = Object.entries(articles).map(([number, leden]) => {
    const art = `artikel:${number}`
    return {
      type: 'artikel', number, path: art, text: '',
      children: leden.map((l, i): Unit => {
        const lid = `${art}/lid:${i + 1}`
        const spec = typeof l === 'string' ? { text: l, items: [] } : l
        return {
          type: 'lid', number: String(i + 1), path: lid, text: spec.text,
          children: spec.items.map((t, j): Unit => {
            const letter = String.fromCharCode(97 + j)
            return { type: 'onderdeel', number: letter, path: `${lid}/onderdeel:${letter}`, text: t, children: [] }
          }),
        }
      }),
    }
  })
  return { label, source: label, units }
}

/** A comment on `quote` (its first occurrence, or the `nth`) in the unit at `unitPath`. */
export function commentOn(text: LegalText, version: string, unitPath: string, quote: string, extra: Partial<Comment> = {}, nth = 0): Comment {
  const unit = unitsByPath(text.units).get(unitPath)
  if (!unit) throw new Error(`no unit ${unitPath}`)
  let start = unit.text.indexOf(quote)
  for (let k = 0; k < nth; k++) start = unit.text.indexOf(quote, start + 1)
  if (start < 0) throw new Error(`"${quote}" not in ${unitPath}`)
  return {
    id: extra.id ?? `c-${unitPath}-${start}`,
    target: makeTarget(version, unit, start, start + quote.length),
    body: 'Opmerking', author: 'A. Jansen', kind: 'opmerking', status: 'open', created: '2026-11-19T15:40:00Z',
    ...extra,
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..')
export const sampleText = (name: string): string => readFileSync(path.join(ROOT, 'samples', name), 'utf8')
export const current273f = (): LegalText => parseText(sampleText('273f-current.md'), { name: '273f-current.md' }).text
export const proposed273f = (): LegalText => parseText(sampleText('273f-proposed.md'), { name: '273f-proposed.md' }).text
export const unitText = (text: LegalText, p: string): string => unitsByPath(text.units).get(p)!.text
