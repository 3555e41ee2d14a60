/** Reading a version's content into a LegalText with the shared parser. */
import { parseText } from '../../shared/parse/index.js'
import type { LegalText, ParseWarning, TextFormat } from '../../shared/model/types.js'

export interface ParsedVersion {
  readonly text: LegalText
  readonly format: TextFormat
  readonly warnings: readonly ParseWarning[]
}

/** Throws ParseError (with the line where known) for text that cannot be read. */
export function parseVersion(content: string, name: string, format?: TextFormat): ParsedVersion {
  const result = parseText(content, format ? { name, format } : { name })
  return { text: result.text, format: result.format, warnings: result.warnings }
}
