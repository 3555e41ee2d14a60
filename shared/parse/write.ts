import type { LegalText, Unit } from '../model/types.js'
import { isDivision } from '../model/path.js'

/**
 * Writers back to Markdown and plain text, in the shapes of shared/FORMATS.md, such that reading
 * the output gives the same unit tree (a property test holds us to that).
 */

const DIVISION_WORD: Record<string, string> = { boek: 'Boek', titeldeel: 'Titel', hoofdstuk: 'Hoofdstuk', afdeling: 'Afdeling', paragraaf: 'Paragraaf' }
const DIVISION_DEPTH: Record<string, number> = { boek: 1, titeldeel: 2, hoofdstuk: 3, afdeling: 4, paragraaf: 5 }

function headingLine(u: Unit): string {
  const word = u.type === 'artikel' ? 'Artikel' : DIVISION_WORD[u.type]!
  return u.heading ? `${word} ${u.number}. ${u.heading}` : `${word} ${u.number}`
}

/** `1.` for a lid, `1°.` / `a.` for onderdelen. */
const marker = (u: Unit): string => `${u.number}.`

export function writeMarkdown(text: LegalText): string {
  const out: string[] = ['---', `title: ${JSON.stringify(text.label)}`, `source: ${JSON.stringify(text.source)}`, '---', '']
  const body = (u: Unit, depth: number): void => {
    const pad = ' '.repeat(4 * depth)
    const [first = '', ...more] = u.text ? u.text.split('\n') : []
    out.push(`${pad}${marker(u)} ${first}`.trimEnd())
    // Further alinea are separate paragraphs indented past the marker, so they stay with this unit.
    for (const al of more) out.push('', `${pad}   ${al}`)
    for (const c of u.children) body(c, depth + 1)
  }
  const unit = (u: Unit): void => {
    if (isDivision(u.type) || u.type === 'artikel') {
      const level = u.type === 'artikel' ? 6 : DIVISION_DEPTH[u.type]!
      out.push(`${'#'.repeat(Math.min(level, 6))} ${headingLine(u)}`, '')
      if (u.type === 'artikel') {
        if (u.text) for (const al of u.text.split('\n')) out.push(al, '')
        for (const c of u.children) body(c, c.type === 'lid' ? 0 : 1)
        out.push('')
      } else {
        for (const c of u.children) unit(c)
      }
      return
    }
  }
  for (const u of text.units) unit(u)
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n'
}

export function writePlainText(text: LegalText): string {
  const out: string[] = []
  const body = (u: Unit, depth: number): void => {
    const pad = ' '.repeat(4 * depth)
    const [first = '', ...more] = u.text ? u.text.split('\n') : []
    out.push(`${pad}${marker(u)} ${first}`.trimEnd())
    for (const al of more) out.push(`${pad}   ${al}`)
    for (const c of u.children) body(c, depth + 1)
  }
  const unit = (u: Unit): void => {
    out.push(headingLine(u))
    if (u.type !== 'artikel') {
      for (const c of u.children) unit(c)
      return
    }
    if (u.text) out.push(...u.text.split('\n'))
    for (const c of u.children) body(c, c.type === 'lid' ? 0 : 1)
  }
  for (const u of text.units) unit(u)
  return out.join('\n') + '\n'
}
