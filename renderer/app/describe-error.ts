/**
 * Turning any failure into one sentence for the user, in their language, naming the file and
 * (for texts) the line. Never a stack trace.
 */
import { decodeHostError } from '../../shared/host-api.js'
import { ParseError } from '../../shared/model/types.js'
import type { MessageKey } from '../i18n/messages.js'
import type { Translate } from '../i18n/index.js'

/**
 * The parser's messages (shared/parse, English: the CLI prints them as they are) and the
 * interface message for each, by pattern; the groups become the message's parameters. What no
 * pattern knows is shown in English inside a message in the user's language (`parse.other`,
 * `parse.xml`). tests/unit/describe-error.test.ts feeds the parser bad texts, so a reworded
 * message in shared/parse shows up there.
 */
const PARSE_MESSAGES: ReadonlyArray<readonly [RegExp, MessageKey, readonly string[]]> = [
  [/^a ZIP archive/, 'parse.zip', []],
  [/^UTF-16 text/, 'parse.utf16', []],
  [/^binary content/, 'parse.binary', []],
  [/^a Renvooi project file/, 'parse.project', []],
  [/^not valid UTF-8/, 'parse.utf8', []],
  [/^the file is empty$/, 'parse.empty', []],
  [/^numbered text "(.*)" before any "Artikel" heading$/, 'parse.numberedBeforeArtikel', ['number']],
  [/^numbered text before any "Artikel" heading: "(.*)"$/s, 'parse.numberedTextBeforeArtikel', ['text']],
  [/^text before any "Artikel" heading: "(.*)"$/s, 'parse.textBeforeArtikel', ['text']],
  [/^onderdelen nested deeper than (\d+) levels$/, 'parse.onderdelenTooDeep', ['levels']],
  [/^text nested deeper than (\d+) levels$/, 'parse.textTooDeep', ['levels']],
  [/^no "Artikel" heading found/, 'parse.noArtikel', []],
  [/^no articles found$/, 'parse.noArticles', []],
  [/^front matter is not valid YAML \((.*)\)$/s, 'parse.frontMatter', ['detail']],
  [/^not XML: /, 'parse.notXml', []],
  [/^no <artikel> elements found/, 'parse.noBwbArticles', []],
  [/^(unclosed tag.*) \(the file ends early: is it truncated\?\)$/s, 'parse.xmlTruncated', ['detail']],
  [/^undefined entity ?(&[^;\s]+;)? \(/, 'parse.xmlEntity', ['name']],
  [/^the DOCTYPE declares entities/, 'parse.xmlEntities', []],
  [/^elements nested deeper than (\d+) levels$/, 'parse.xmlTooDeep', ['levels']],
]

/** Words of saxes' own messages (XML not well-formed), which are not translated one by one. */
const XML_DETAIL = /\b(tag|xml|entity|attribute|element|doctype|cdata|comment|processing instruction|markup)\b/i

/** A detail quoted in parentheses, without its own closing punctuation. */
const detail = (text: string): string => text.trim().replace(/[.:;,\s]+$/, '')

/** The parser's English message in the interface language. */
export function parseMessage(message: string, t: Translate): string {
  const inVersion = /^version "([^"]*)": (.*)$/s.exec(message)
  if (inVersion) return t('parse.inVersion', { version: inVersion[1]!, message: parseMessage(inVersion[2]!, t) })
  const duplicate = /^duplicate (\S+) (\S+?)(?: \(first at line (\d+)\))?: every \S+ number must be unique$/.exec(message)
  if (duplicate) {
    const where = duplicate[3] ? t('parse.duplicateFirstAt', { line: duplicate[3] }) : ''
    return t('parse.duplicate', { type: duplicate[1]!, number: duplicate[2]!, where })
  }
  for (const [pattern, key, names] of PARSE_MESSAGES) {
    const m = pattern.exec(message)
    if (!m) continue
    const params: Record<string, string> = {}
    names.forEach((name, i) => {
      params[name] = name === 'detail' ? detail(m[i + 1] ?? '') : m[i + 1] ?? ''
    })
    if (key === 'parse.xmlEntity' && !params.name) params.name = ''
    return t(key, params).replace(/\s{2,}/g, ' ')
  }
  return t(XML_DETAIL.test(message) ? 'parse.xml' : 'parse.other', { detail: detail(message) })
}

export function describeError(error: unknown, t: Translate, file?: string): string {
  const name = file ?? ''
  if (error instanceof ParseError || (error instanceof Error && error.name === 'ParseError')) {
    const line = (error as ParseError).line
    const message = parseMessage(error.message, t)
    return line ? t('error.parse', { file: name, line, message }) : t('error.parseNoLine', { file: name, message })
  }
  const info = decodeHostError(error)
  if (info) {
    const f = info.file ?? name
    switch (info.code) {
      case 'not-found': return t('error.notFound', { file: f })
      case 'project-invalid': return t('error.projectInvalid', { file: f, message: info.message.replace(`${f}: `, '') })
      case 'project-too-new': return t('error.projectTooNew', { file: f })
      case 'forbidden': return t('error.forbidden')
      case 'io': return info.file ? `${info.message}` : t('error.io')
      case 'unavailable': return t('error.unavailable')
      default: return t('error.generic', { message: info.message })
    }
  }
  return t('error.generic', { message: error instanceof Error ? error.message : String(error) })
}
