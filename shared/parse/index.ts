import type { ParseResult, TextFormat } from '../model/types.js'
import { readBwb } from './bwb.js'
import { readMarkdown } from './markdown.js'
import { readPlainText } from './plain-text.js'
import { finish, prepare, type ParseOptions } from './prepare.js'

export { detectFormat, checkIsText } from './detect.js'
export { writeMarkdown, writePlainText } from './write.js'
export { readBwb } from './bwb.js'
export { readMarkdown } from './markdown.js'
export { readPlainText } from './plain-text.js'
export type { ParseOptions } from './prepare.js'

/**
 * Reads a statute text in any supported format into a `LegalText`. Throws `ParseError` (with the
 * line where known) for anything that cannot be read; numbering that is out of order comes back
 * as warnings.
 */
export function parseText(content: string, opts: ParseOptions): ParseResult & { format: TextFormat } {
  const { clean, format } = prepare(content, opts)
  const read = format === 'bwb' ? readBwb : format === 'md' ? readMarkdown : readPlainText
  return finish(read(clean, opts.name), format)
}
