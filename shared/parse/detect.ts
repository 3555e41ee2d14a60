import type { TextFormat } from '../model/types.js'
import { ParseError } from '../model/types.js'

/**
 * Detects the format from the content, not the file name: drafters save BWB XML as `.txt` and
 * paste Markdown into text files. XML starts with `<`; Markdown shows front matter or `#`
 * headings; everything else is plain text.
 */
export function detectFormat(content: string): TextFormat {
  const head = content.replace(/^\uFEFF/, '').trimStart().slice(0, 4096)
  if (head.startsWith('<')) return 'bwb'
  if (/^---\r?\n/.test(head) || /^#{1,6}\s+\S/m.test(head)) return 'md'
  return 'text'
}

/**
 * Rejects content that is not text before any reader sees it: NUL bytes (a binary file) and
 * U+FFFD replacement characters (bytes that were not valid UTF-8 when decoded). Binary content
 * (a ZIP archive, a NUL byte) has no lines to speak of — a PNG's "line 2" is only where a 0x0A
 * byte happens to fall — so its error names none; an invalid byte in an otherwise text file does
 * name its line, where the drafter can find and fix it.
 */
export function checkIsText(content: string): void {
  // A .docx or .odt is a ZIP archive: say what it is rather than "binary".
  if (content.startsWith('PK\u0003\u0004')) throw new ParseError('a ZIP archive (a Word or OpenDocument file?), not a text file: save it as text, or use the BWB XML')
  // UTF-16 (as Windows Notepad may save): a byte-order mark read as UTF-8, or NULs between letters.
  if (looksLikeUtf16(content)) throw new ParseError('UTF-16 text: save the file as UTF-8')
  if (content.includes('\u0000')) throw new ParseError('binary content (NUL byte), not a text file')
  // A project file read as a text: say where it belongs.
  if (/^\s*\{[\s\S]{0,200}"format"\s*:\s*"renvooi\.project"/.test(content)) {
    throw new ParseError('a Renvooi project file, not a statute text: open it as a project (on the command line: renvooi report or renvooi comments)')
  }
  const bad = content.indexOf('\uFFFD')
  if (bad >= 0) throw new ParseError('not valid UTF-8 (save the file as UTF-8)', lineAt(content, bad))
  if (!content.trim()) throw new ParseError('the file is empty')
}

function looksLikeUtf16(content: string): boolean {
  if (content.startsWith('\uFFFD\uFFFD')) return true
  const ascii = (k: number): boolean => content.charCodeAt(k) > 0 && content.charCodeAt(k) < 0x80
  const nul = (k: number): boolean => content.length > k && content.charCodeAt(k) === 0
  return (ascii(0) && nul(1) && ascii(2) && nul(3)) || (nul(0) && ascii(1) && nul(2) && ascii(3))
}

export function lineAt(content: string, index: number): number {
  let line = 1
  for (let i = content.indexOf('\n'); i >= 0 && i < index; i = content.indexOf('\n', i + 1)) line++
  return line
}
