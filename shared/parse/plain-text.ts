import type { ParseResult } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { UnitBuilder } from './builder.js'
import { readHeading } from './headings.js'
import { readMarker } from './markers.js'

/**
 * Reads plain text as copied from wetten.overheid.nl: `Artikel 273f` on its own line, leden and
 * onderdelen numbered at the start of a line (or the number alone on its line, the text on the
 * next), with or without indentation. Every other line is one alinea. Lines before the first
 * heading that are not statute text (the title of the act, say) become the label when none is given.
 */
export function readPlainText(content: string, name: string): ParseResult {
  const builder = new UnitBuilder()
  const lines = content.split(/\r\n|\n|\r/)
  let label = ''
  let started = false
  /** First preamble line after the title: reported, since it may be statute text left behind. */
  let skipped = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const raw = line.includes('\t') ? line.replace(/\t/g, '    ') : line
    const body = raw.trimStart()
    if (isBlank(body)) continue
    const indent = raw.length - body.length
    const lineNo = i + 1
    const heading = readHeading(body)
    if (heading) {
      builder.heading(heading, lineNo)
      started = true
      continue
    }
    if (!started) {
      // Preamble before the first article or division: the title of the act, as on the website.
      // A numbered line there is statute text without its heading; dropping it would lose it.
      if (readMarker(body)?.rest.trim()) throw new ParseError(`numbered text before any "Artikel" heading: "${body.trim().slice(0, 40)}"`, lineNo)
      if (!label) label = body.trim()
      else skipped ||= lineNo
      continue
    }
    const marked = readMarker(body, true)
    if (marked) builder.item(marked.marker, marked.rest, indent, lineNo)
    else builder.text(body, indent, lineNo)
  }
  if (!started) throw new ParseError('no "Artikel" heading found: is this a statute text?')
  const result = builder.finish(label || name, name)
  if (skipped) result.warnings.unshift({ message: 'text before the first heading ignored (only its first line is used, as the title)', line: skipped })
  return result
}

/** True for a line of white space only (`body` is already trimmed at the start). */
const isBlank = (body: string): boolean => !body.length || !body.trimEnd()
