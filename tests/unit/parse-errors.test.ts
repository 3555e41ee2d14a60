import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { parseErrorOf } from './parse-helpers.js'

/** Bad input: a ParseError with a message a drafter can act on and the line where known. */

const parse = (content: string, format?: 'md' | 'text' | 'bwb') => parseText(content, { name: 'in', ...(format ? { format } : {}) })
const fails = (content: string, format?: 'md' | 'text' | 'bwb') => parseErrorOf(() => parse(content, format))

describe('not a statute text', () => {
  it('refuses an empty file and one with only white space', () => {
    for (const c of ['', '   ', '\n\n\t\n', '\uFEFF']) expect(fails(c).message).toMatch(/empty/)
  })

  it('refuses binary content (a NUL byte) without naming a line: binary content has none', () => {
    const e = fails('Artikel 1\nTekst\u0000\u0001\u0002')
    expect(e.message).toMatch(/binary/)
    expect(e.line).toBeUndefined()
    // A PNG as the CLI and the app decode it: its 0x0A bytes are no lines either.
    const png = new TextDecoder('utf-8').decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const p = fails(png)
    expect(p.message).toMatch(/binary content/)
    expect(p.line).toBeUndefined()
  })

  it('says to save UTF-16 text as UTF-8, with or without a byte-order mark, little- or big-endian', () => {
    const text = 'Artikel 1\n1. Tekst.\n'
    const decode = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes)
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le).swap16()
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.concat([Buffer.from([0xfe, 0xff]), be]), be]) {
      expect(fails(decode(bytes)).message).toBe('UTF-16 text: save the file as UTF-8')
    }
  })

  it('says a project file is to be opened as a project', () => {
    const project = JSON.stringify({ format: 'renvooi.project', version: 1, title: 'x' }, null, 2)
    expect(fails(project).message).toMatch(/^a Renvooi project file, not a statute text/)
  })

  it('refuses text that was not valid UTF-8 (U+FFFD after decoding) and names its line', () => {
    const bytes = Buffer.from([...Buffer.from('Artikel 1\n1. Het b'), 0xe9, ...Buffer.from('lang.\n')])
    const e = fails(new TextDecoder('utf-8').decode(bytes))
    expect(e.message).toMatch(/UTF-8/)
    expect(e.line).toBe(2)
  })

  it('refuses numbered text before any Artikel heading, with its line', () => {
    const t = fails('Wetboek van Strafrecht\n1. Een lid zonder artikel.\nArtikel 2\nTekst.\n')
    expect(t.message).toMatch(/before any "Artikel" heading/)
    expect(t.line).toBe(2)
    const m = fails('---\ntitle: x\n---\n\nInleiding.\n\n1. Een lid zonder artikel.\n\n# Artikel 2\n\nTekst.\n')
    expect(m.message).toMatch(/before any "Artikel" heading/)
    expect(m.line).toBe(7)
  })

  it('refuses text under a division before any article, with its line', () => {
    const e = fails('Hoofdstuk 1\nDit is geen artikel.\nArtikel 1\nTekst.\n')
    expect(e.message).toMatch(/before any "Artikel" heading/)
    expect(e.line).toBe(2)
  })

  it('refuses a text without any Artikel heading', () => {
    expect(fails('Dit is een brief.\nMet groeten.\n').message).toMatch(/"Artikel" heading/)
    expect(fails('# Notulen\n\nGeen artikelen.\n').message).toMatch(/"Artikel" heading/)
  })
})

describe('numbering', () => {
  it('refuses a duplicate article number and names the line of the second', () => {
    for (const [content, line] of [
      ['Artikel 5\n1. Een.\nArtikel 6\nTekst.\nArtikel 5\n1. Twee.\n', 5],
      ['# Artikel 5\n\n1. Een.\n\n# Artikel 5\n\n1. Twee.\n', 5],
    ] as const) {
      const e = fails(content)
      expect(e.message).toMatch(/duplicate artikel 5/)
      expect(e.message).toContain('line 1') // where the first one is
      expect(e.line).toBe(line)
    }
  })

  it('refuses a duplicate lid number, with the line', () => {
    const e = fails('Artikel 5\n1. Een.\n2. Twee.\n2. Nog eens twee.\n')
    expect(e.message).toMatch(/duplicate lid 2/)
    expect(e.line).toBe(4)
  })

  it('refuses a duplicate lid in a long list of leden (checked through a map there), naming the first', () => {
    const leden = Array.from({ length: 40 }, (_, k) => `${k + 1}. Lid ${k + 1}.`)
    leden.splice(30, 0, '7. Nog eens zeven.')
    const e = fails(`Artikel 5\n${leden.join('\n')}\n`)
    expect(e.message).toMatch(/duplicate lid 7 \(first at line 8\)/)
    expect(e.line).toBe(32)
  })

  it('refuses the same onderdeel twice under one lid, but not under two leden', () => {
    expect(fails('Artikel 5\n1. Een:\na. x;\nb. y.\n2. Twee:\na. x;\na. z.\n').line).toBe(7)
    expect(() => parse('Artikel 5\n1. Een:\na. x;\nb. y.\n2. Twee:\na. x;\nb. z.\n')).not.toThrow()
  })

  it('refuses a duplicate onderdeel in the XML too', () => {
    const xml = '<wetgeving><artikel><kop><nr>1</nr></kop><lid><lidnr>1</lidnr><al>Lead:</al><lijst><li><li.nr>a.</li.nr><al>x;</al></li>\n<li><li.nr>a.</li.nr><al>y.</al></li></lijst></lid></artikel></wetgeving>'
    const e = fails(xml)
    expect(e.message).toMatch(/duplicate onderdeel a/)
    expect(e.line).toBe(2)
  })

  it('only warns, with the line, when leden are out of order', () => {
    const r = parse('Artikel 5\n1. Een.\n3. Drie.\n2. Twee.\n')
    expect(r.text.units[0]!.children.map((u) => u.number)).toEqual(['1', '3', '2'])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]!.line).toBe(4)
    expect(r.warnings[0]!.message).toMatch(/lid 2 follows lid 3/)
  })

  it('warns on onderdelen out of order and accepts 2 < 2a < 3, a < b, i < ii < iv', () => {
    expect(parse('Artikel 5\nOnder:\nb. twee;\na. een.\n').warnings.map((w) => w.line)).toEqual([4])
    expect(parse('Artikel 5\n1. x\n2. x\n2a. x\n2b. x\n3. x\n').warnings).toEqual([])
    expect(parse('Artikel 5\nOnder:\na. x:\ni. x;\nii. x;\niii. x;\niv. x;\nb. x.\n').warnings).toEqual([])
  })
})

describe('BWB XML', () => {
  const article = '<artikel><kop><nr>1</nr></kop><al>Tekst.</al></artikel>'

  it('refuses truncated XML and names the line where it ends', () => {
    const e = fails('<?xml version="1.0"?>\n<wetgeving>\n<artikel><kop><nr>1</nr></kop>\n<al>tekst')
    expect(e.message).toMatch(/unclosed/)
    expect(e.message).toMatch(/truncated/)
    expect(e.message).not.toMatch(/^\d+:\d+/) // no raw parser position in the message; it is in .line
    expect(e.line).toBe(4)
  })

  it('refuses XML that is not BWB (no artikel)', () => {
    expect(fails('<?xml version="1.0"?>\n<html><body><p>Artikel 1</p></body></html>').message).toMatch(/no <artikel>/)
  })

  it('refuses a billion-laughs entity bomb without expanding it', () => {
    const entities = ['<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">']
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i)
      entities.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${`&${prev};`.repeat(10)}">`)
    }
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE wetgeving [\n${entities.join('\n')}\n]>\n<wetgeving><artikel><kop><nr>1</nr></kop><al>&j;</al></artikel></wetgeving>`
    const e = fails(bomb)
    expect(e.message).toMatch(/entit/i)
    expect(e.message.length).toBeLessThan(300)
  })

  it('refuses an external entity and never shows the file it points to', () => {
    const passwd = (() => {
      try {
        return readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:x:0:0'
      } catch {
        return 'root:x:0:0'
      }
    })()
    for (const doctype of [
      '<!DOCTYPE wetgeving [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE wetgeving [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    ]) {
      const xml = `<?xml version="1.0"?>\n${doctype}\n<wetgeving><artikel><kop><nr>1</nr></kop><al>&xxe;</al></artikel></wetgeving>`
      let out: string
      try {
        out = JSON.stringify(parse(xml))
      } catch (e) {
        out = (e as Error).message
        expect(e).toHaveProperty('name', 'ParseError')
      }
      expect(out).toMatch(/entit/i)
      expect(out).not.toContain(passwd)
      expect(out).not.toContain('root:')
    }
  })

  it('names an undefined entity such as &nbsp; and says what XML allows', () => {
    const e = fails(`<wetgeving>\n<artikel><kop><nr>1</nr></kop><al>Een&nbsp;spatie.</al></artikel></wetgeving>`)
    expect(e.message).toContain('&nbsp;')
    expect(e.message).toMatch(/undefined entity/)
    expect(e.message).toContain('&#160;')
    expect(e.line).toBe(2)
  })

  it('refuses 10,000-deep nesting with a message instead of overflowing the stack', () => {
    const deep = `<wetgeving>${'<lijst><li>'.repeat(5000)}${'</li></lijst>'.repeat(5000)}${article}</wetgeving>`
    expect(fails(deep).message).toMatch(/nested deeper/)
    const deepInArticle = `<wetgeving><artikel><kop><nr>1</nr></kop>${'<x>'.repeat(10000)}${'</x>'.repeat(10000)}</artikel></wetgeving>`
    expect(fails(deepInArticle).message).toMatch(/nested deeper/)
  })

  it('accepts a DOCTYPE with only a SYSTEM DTD URL, as in the old export, and fetches nothing', async () => {
    const { vi } = await import('vitest')
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    try {
      const xml = sample273fWithDoctype()
      const r = parse(xml)
      expect(r.format).toBe('bwb')
      expect(r.text.units.length).toBeGreaterThan(0)
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
  })
})

describe('Markdown front matter', () => {
  it('refuses front matter that is not YAML, with its line', () => {
    const e = fails('---\ntitle: [niet gesloten\n---\n\n# Artikel 1\n\nTekst.\n')
    expect(e.message).toMatch(/front matter is not valid YAML/)
    expect(e.line).toBe(1)
  })

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    lines.push('title: *i')
    expect(fails(`---\n${lines.join('\n')}\n---\n\n# Artikel 1\n\nTekst.\n`).message).toMatch(/front matter is not valid YAML/)
  })
})

describe('deep nesting in the line-based readers', () => {
  it('refuses 10,000 nested Markdown block quotes with a message', () => {
    const e = fails(`# Artikel 1\n\n${'>'.repeat(10000)} tekst\n`, 'md')
    expect(e.message).toMatch(/nested deeper/)
    expect(e.line).toBe(3)
  })

  it('refuses deeply nested Markdown lists quickly (remark slows down steeply with depth)', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(2 * i)}- punt`)
    expect(fails(`# Artikel 1\n\n${lines.join('\n')}\n`, 'md').message).toMatch(/nested deeper/)
    expect(fails(`# Artikel 1\n\n${'- '.repeat(10000)}punt\n`, 'md').message).toMatch(/nested deeper/)
  })

  it('refuses 1,000 levels of indented onderdelen in plain text with the line', () => {
    // 1,000 (not 10,000) levels: the indentation alone would otherwise make a 200 MB string.
    const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(4 * i)}a. punt`)
    const e = fails(`Artikel 1\n1. Lead:\n${lines.join('\n')}\n`, 'text')
    expect(e.message).toMatch(/nested deeper/)
    expect(e.line).toBeGreaterThan(2)
  })

  it('does not let an onderdeel at the margin sink under deeper indented ones', () => {
    // a. at the margin after indented a. items is a sibling of the first a., so a duplicate.
    const e = fails('Artikel 1\n1. Lead:\na. x:\n    a. y:\n        a. z;\na. w.\n', 'text')
    expect(e.message).toMatch(/duplicate onderdeel a/)
    expect(e.line).toBe(6)
  })
})

/** The real old-export header (formats.md §2) in front of a minimal article. */
function sample273fWithDoctype(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE wetgeving SYSTEM "http://wetten.overheid.nl/dtd/bwb-plus-meta-1_61w.dtd">',
    '<wetgeving bwb-id="BWBR0001854" dtdversie="2.0" id="77879" xml:lang="nl" soort="wet">',
    '<artikel status="goed"><kop><label>Artikel</label><nr status="officieel">273f</nr></kop>',
    '<lid><lidnr status="officieel">7</lidnr><al>Artikel 251 is van overeenkomstige toepassing.</al></lid></artikel>',
    '</wetgeving>',
  ].join('\n')
}

describe('text that is not statute text', () => {
  it('does not read commentary under a non-article heading into the last lid (Markdown)', () => {
    const r = parseText('# Artikel 1\n\n1. Eerste lid.\n2. Tweede lid.\n\n## Toelichting\n\nDeze wijziging dient het doel.\n\n# Artikel 2\n\nTekst van artikel twee.\n', { name: 'toel.md' })
    const lid2 = r.text.units[0]!.children[1]!
    expect(lid2.text).toBe('Tweede lid.')
    expect(r.text.units[1]!.text).toBe('Tekst van artikel twee.')
    expect(r.warnings).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/Toelichting/) })])
  })

  it('reads a BWB list without li.nr (an unmarked list) as the holder’s text', () => {
    const r = parseText('<wetgeving><artikel><kop><nr>1</nr></kop><lid><lidnr>1</lidnr><al>Aanhef:</al><lijst><li><al>een</al></li><li><al>twee</al></li></lijst></lid></artikel></wetgeving>', { name: 'u.xml' })
    const lid = r.text.units[0]!.children[0]!
    expect(lid.text).toBe('Aanhef:\neen\ntwee')
    expect(lid.children).toEqual([])
  })
})

it('says that a Word document is a ZIP archive, not "binary", and names no line', () => {
  const docx = String.fromCharCode(0x50, 0x4b, 3, 4) + '\u0000\u0000word/document.xml'
  const e = parseErrorOf(() => parseText(docx, { name: 'wet.md' }))
  expect(e.message).toMatch(/ZIP archive \(a Word or OpenDocument file\?\)/)
  expect(e.line).toBeUndefined()
})
