import { describe, expect, it } from 'vitest'
import { detectFormat, parseText } from '../../shared/parse/index.js'
import { parseErrorOf, sample, shape } from './parse-helpers.js'

describe('detectFormat: from the content, not the file name', () => {
  it('recognises the three samples', () => {
    expect(detectFormat(sample('273f-current.md'))).toBe('md')
    expect(detectFormat(sample('273f-current.txt'))).toBe('text')
    expect(detectFormat(sample('273f-current.xml'))).toBe('bwb')
    expect(detectFormat(sample('grondwet-art7-toestand.xml'))).toBe('bwb')
  })

  it('takes XML after a byte order mark, blank lines or a comment', () => {
    expect(detectFormat('\uFEFF<?xml version="1.0"?><wetgeving/>')).toBe('bwb')
    expect(detectFormat('\n\n   <wetgeving/>')).toBe('bwb')
    expect(detectFormat('<!-- export -->\n<wetgeving/>')).toBe('bwb')
  })

  it('takes Markdown from front matter or a # heading anywhere near the top', () => {
    expect(detectFormat('---\ntitle: x\n---\nArtikel 1\nTekst.\n')).toBe('md')
    expect(detectFormat('## Artikel 1\n\nTekst.\n')).toBe('md')
    expect(detectFormat('Wetboek\n\n# Artikel 1\n\nTekst.\n')).toBe('md')
  })

  it('falls back to plain text', () => {
    expect(detectFormat('Artikel 1\n1. Tekst.\n')).toBe('text')
    // `#` without a space is no Markdown heading; `1.` lists alone do not make Markdown.
    expect(detectFormat('Artikel 1\n#geen kop\n1. Tekst.\n')).toBe('text')
  })

  it('detects XML saved under a .txt name', () => {
    const r = parseText(sample('273f-current.xml'), { name: 'export.txt' })
    expect(r.format).toBe('bwb')
    expect(r.text.source).toBe('export.txt')
  })
})

describe('--from overrides detection (parseText format option)', () => {
  // A setext heading is Markdown, but nothing in it says so to the detector.
  const setext = 'Artikel 5\n=========\n\n1. Eerste lid.\n2. Tweede lid.\n'

  it('reads a setext Markdown file as Markdown only when told', () => {
    expect(detectFormat(setext)).toBe('text')
    const asText = parseText(setext, { name: 'a' })
    expect(asText.format).toBe('text')
    // As plain text the underline is an alinea of the article.
    expect(asText.text.units[0]!.text).toBe('=========')
    const asMd = parseText(setext, { name: 'a', format: 'md' })
    expect(asMd.format).toBe('md')
    expect(shape(asMd.text.units)).toEqual([
      { path: 'artikel:5', type: 'artikel', number: '5', alinea: [] },
      { path: 'artikel:5/lid:1', type: 'lid', number: '1', alinea: ['Eerste lid.'] },
      { path: 'artikel:5/lid:2', type: 'lid', number: '2', alinea: ['Tweede lid.'] },
    ])
  })

  it('uses the reader it is told to use, even when the content says otherwise', () => {
    // BWB XML read as plain text has no "Artikel" line.
    expect(parseErrorOf(() => parseText(sample('273f-current.xml'), { name: 'x', format: 'text' })).message).toMatch(/Artikel/)
    // Plain text read as XML is not XML.
    expect(parseErrorOf(() => parseText(sample('273f-current.txt'), { name: 'x', format: 'bwb' })).message).toMatch(/XML/)
    // Markdown read as plain text: `# Artikel 273f` is no heading there, so lid 1 (line 8) has no article.
    expect(parseErrorOf(() => parseText(sample('273f-current.md'), { name: 'x', format: 'text' })).line).toBe(8)
    // Plain text read as Markdown: `Artikel 273f` is no Markdown heading.
    expect(parseErrorOf(() => parseText(sample('273f-current.txt'), { name: 'x', format: 'md' })).message).toMatch(/"Artikel" heading/)
  })
})
