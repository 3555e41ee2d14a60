import type { ParseResult, TextFormat } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { checkIsText, detectFormat } from './detect.js'
import { readBwb } from './bwb.js'
import { readMarkdown } from './markdown.js'
import { readPlainText } from './plain-text.js'

export { detectFormat, checkIsText } from './detect.js'
export { writeMarkdown, writePlainText } from './write.js'
export { readBwb } from './bwb.js'
export { readMarkdown } from './markdown.js'
export { readPlainText } from './plain-text.js'

export interface ParseOptions {
  /** File name (or a description such as "geplakte tekst"), used as source and in messages. */
  readonly name: string
  /** Overrides detection from the content (`--from`). */
  readonly format?: TextFormat
}

/**
 * Reads a statute text in any supported format into a `LegalText`. Throws `ParseError` (with the
 * line where known) for anything that cannot be read; numbering that is out of order comes back
 * as warnings.
 */
export function parseText(content: string, opts: ParseOptions): ParseResult & { format: TextFormat } {
  checkIsText(content)
  const clean = content.replace(/^\uFEFF/, '')
  const format = opts.format ?? detectFormat(clean)
  const result = format === 'bwb' ? readBwb(clean, opts.name) : format === 'md' ? readMarkdown(clean, opts.name) : readPlainText(clean, opts.name)
  if (!result.text.units.length) throw new ParseError('no articles found')
  return { ...result, format }
}
