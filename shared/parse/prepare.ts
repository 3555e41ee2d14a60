import type { ParseResult, TextFormat } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { checkIsText, detectFormat } from './detect.js'

export interface ParseOptions {
  /** File name (or a description such as "geplakte tekst"), used as source and in messages. */
  readonly name: string
  /** Overrides detection from the content (`--from`). */
  readonly format?: TextFormat
}

/** Checks the content and settles its format, before any reader runs. */
export function prepare(content: string, opts: ParseOptions): { clean: string; format: TextFormat } {
  checkIsText(content)
  const clean = content.replace(/^\uFEFF/, '')
  return { clean, format: opts.format ?? detectFormat(clean) }
}

export function finish(result: ParseResult, format: TextFormat): ParseResult & { format: TextFormat } {
  if (!result.text.units.length) throw new ParseError('no articles found')
  return { ...result, format }
}
