import type { ParseResult, TextFormat } from '../model/types.js'
import { finish, prepare, type ParseOptions } from './prepare.js'

/**
 * `parseText` for start-up-sensitive callers (the CLI): loads only the reader the content needs,
 * so comparing two plain-text files never loads remark or the XML parser.
 */
export async function parseTextLazy(content: string, opts: ParseOptions): Promise<ParseResult & { format: TextFormat }> {
  const { clean, format } = prepare(content, opts)
  const result =
    format === 'bwb' ? (await import('./bwb.js')).readBwb(clean, opts.name)
    : format === 'md' ? (await import('./markdown.js')).readMarkdown(clean, opts.name)
    : (await import('./plain-text.js')).readPlainText(clean, opts.name)
  return finish(result, format)
}
