import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import { parse as parseYaml } from 'yaml'
import type { Nodes, Parents, Root } from 'mdast'
import type { ParseResult } from '../model/types.js'
import { ParseError } from '../model/types.js'
import { UnitBuilder } from './builder.js'
import { readHeading } from './headings.js'
import { readMarker } from './markers.js'

/**
 * Reads Markdown with unified: remark-parse (+ front matter), then `remarkLegalText`, a small
 * plugin that turns the mdast into units. CommonMark knows only `1.` list markers, so `1°.`,
 * `a.` and `i.` arrive as lines inside paragraphs (remark's soft line breaks); the plugin walks
 * the block nodes and hands every line, with the indentation it has in the source, to the shared
 * unit builder, which recognises the legal numbering. Front matter gives the label and source.
 */
export function readMarkdown(content: string, name: string): ParseResult {
  checkNesting(content.split(/\r\n|\n|\r/))
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkLegalText, { name })
  const tree = processor.runSync(processor.parse(content), content) as Root
  return (tree.data as { legalText: ParseResult }).legalText
}

/** The unified plugin: leaves the units on the root's `data.legalText`. */
export function remarkLegalText(this: unknown, options: { name: string }) {
  return (tree: Root, file: { value: unknown }): void => {
    tree.data = { ...tree.data, legalText: legalTextOf(tree, String(file.value), options.name) } as Root['data']
  }
}

function legalTextOf(tree: Root, content: string, name: string): ParseResult {
  const sourceLines = content.split(/\r\n|\n|\r/)
  const indentOf = (line: number): number => {
    const raw = (sourceLines[line - 1] ?? '').replace(/\t/g, '    ')
    return raw.length - raw.trimStart().length
  }
  const builder = new UnitBuilder()
  const meta = { title: '', source: '' }
  let started = false

  // `paragraph`: the first line starts an alinea. Later lines continue it (soft wrap) unless a
  // blank line precedes them, which only happens inside an indented code block (indented text).
  const lines = (text: string, firstLine: number, paragraph: boolean): void => {
    const all = text.split('\n')
    all.forEach((line, k) => {
      const lineNo = firstLine + k
      const marked = readMarker(line.trim())
      if (!started) return beforeFirstHeading(marked, line, lineNo)
      if (marked) builder.item(marked.marker, marked.rest, indentOf(lineNo), lineNo)
      else builder.text(line, indentOf(lineNo), lineNo, k === 0 ? paragraph : !all[k - 1]!.trim())
    })
  }

  let outside = false
  const block = (node: Nodes): void => {
    const line = node.position?.start.line ?? 0
    if (outside && node.type !== 'heading') return
    switch (node.type) {
      case 'yaml':
        Object.assign(meta, readFrontMatter(node.value, line))
        return
      case 'heading': {
        const heading = readHeading(plain(node))
        if (heading) {
          builder.heading(heading, line)
          started = true
          outside = false
        } else if (started) {
          // "## Toelichting" after the articles: what follows is not statute text, and adding
          // it to the last lid would put commentary into the law.
          outside = true
          builder.warn(`heading "${plain(node).slice(0, 40)}" is not an article or division; the text under it is not read`, line)
        }
        return
      }
      case 'paragraph':
        lines(plain(node), line, true)
        return
      case 'code':
        lines(node.value, line, true)
        return
      case 'list':
        for (const item of node.children) listItem(item, content)
        return
      case 'blockquote':
        for (const child of node.children) block(child)
        return
      default:
        return // html comments, thematic breaks, definitions: not statute text
    }
  }

  // An ordered list item is a lid (`1.`); its marker is read from the source, because mdast keeps
  // only the list's start number and would hide numbering that is out of order.
  const listItem = (item: Extract<Nodes, { type: 'listItem' }>, source: string): void => {
    const start = item.position?.start
    const first = item.children[0]
    if (!start) return
    const marked = readMarker(source.slice(start.offset ?? 0, (start.offset ?? 0) + 12))
    if (!started) return beforeFirstHeading(marked, sourceLines[start.line - 1] ?? '', start.line)
    if (!marked || first?.type !== 'paragraph') {
      for (const child of item.children) block(child)
      return
    }
    const [head = '', ...rest] = plain(first).split('\n')
    builder.item(marked.marker, head, indentOf(start.line), start.line)
    if (rest.length) lines(rest.join('\n'), start.line + 1, false)
    for (const child of item.children.slice(1)) block(child)
  }

  // Unnumbered text before the first heading is an introduction and ignored; a numbered line is
  // statute text whose "Artikel" heading is missing, and dropping it silently would lose it.
  function beforeFirstHeading(marked: ReturnType<typeof readMarker>, line: string, lineNo: number): void {
    if (marked?.rest.trim()) throw new ParseError(`numbered text before any "Artikel" heading: "${line.trim().slice(0, 40)}"`, lineNo)
  }

  for (const node of tree.children) block(node)
  if (!started) throw new ParseError('no "Artikel" heading found: is this a statute text?')
  return builder.finish(meta.title || name, meta.source || name)
}

/**
 * Statutes nest four levels at most. Deeper block nesting (`> > > …`, lists in lists) is a broken
 * or hostile file: remark's time grows steeply with it and the walk above recurses, so it is
 * refused up front with the line.
 */
const MAX_NESTING = 32
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/

function checkNesting(lines: readonly string[]): void {
  lines.forEach((line, i) => {
    let depth = 0
    for (let rest = line, m = CONTAINER.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER.exec(rest)) {
      rest = rest.slice(m[0].length)
      depth++
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
    if (depth > MAX_NESTING || indent > 4 * MAX_NESTING) throw new ParseError(`text nested deeper than ${MAX_NESTING} levels`, i + 1)
  })
}

function readFrontMatter(value: string, line: number): { title?: string; source?: string } {
  let data: unknown
  try {
    data = parseYaml(value)
  } catch (e) {
    throw new ParseError(`front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`, line)
  }
  if (!data || typeof data !== 'object') return {}
  const { title, source } = data as Record<string, unknown>
  return { ...(typeof title === 'string' ? { title } : {}), ...(typeof source === 'string' ? { source } : {}) }
}

/** Text of an inline tree; hard breaks become line breaks, markup is dropped. */
function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return (node as Parents).children.map((c) => plain(c as Nodes)).join('')
  return ''
}
