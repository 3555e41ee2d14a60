import { describe, expect, it } from 'vitest'
import { walk } from '../../shared/model/index.js'
import { parseText } from '../../shared/parse/index.js'
import { sample, shape } from './parse-helpers.js'

/** Structure recognition: nesting, numbering styles, alinea, headings. Both line-based readers. */

const text = (s: string) => parseText(s, { name: 't.txt', format: 'text' })
const md = (s: string) => parseText(s, { name: 't.md', format: 'md' })
const paths = (r: ReturnType<typeof parseText>) => shape(r.text.units).map((s) => s.path)
const textOf = (r: ReturnType<typeof parseText>, path: string) => [...walk(r.text.units)].find((u) => u.path === path)?.text

// Onderdelen 1° › a › i (the nesting of the Wetboek van Strafrecht style, FORMATS.md).
const NESTED_PATHS = [
  'artikel:1',
  'artikel:1/lid:1',
  'artikel:1/lid:1/onderdeel:1°',
  'artikel:1/lid:1/onderdeel:1°/subonderdeel:a',
  'artikel:1/lid:1/onderdeel:1°/subonderdeel:a/subonderdeel:i',
  'artikel:1/lid:1/onderdeel:1°/subonderdeel:a/subonderdeel:ii',
  'artikel:1/lid:1/onderdeel:1°/subonderdeel:b',
  'artikel:1/lid:1/onderdeel:2°',
  'artikel:1/lid:2',
]
const nested = (indent: (level: number) => string) =>
  [
    ['Artikel 1', -1], ['1. Het verbod geldt voor:', 0], ['1°. degene die een zaak:', 1], ['a. verkoopt, te weten:', 2],
    ['i. in een winkel;', 3], ['ii. op een markt;', 3], ['b. verhuurt;', 2], ['2°. degene die helpt.', 1], ['2. Het verbod geldt niet voor de Staat.', 0],
  ]
    .map(([line, level]) => (level as number) < 0 ? line : indent(level as number) + line)
    .join('\n') + '\n'

describe('nesting of onderdelen 1° › a › i', () => {
  const withIndent = nested((l) => ' '.repeat(4 * l))
  const flat = nested(() => '')

  it('follows indentation in plain text', () => expect(paths(text(withIndent))).toEqual(NESTED_PATHS))
  it('follows the marker style in plain text without indentation', () => expect(paths(text(flat))).toEqual(NESTED_PATHS))
  it('follows indentation in Markdown', () => expect(paths(md(`# ${withIndent}`))).toEqual(NESTED_PATHS))
  it('follows the marker style in Markdown without indentation', () => expect(paths(md(`# ${flat}`))).toEqual(NESTED_PATHS))
  it('follows tabs as indentation', () => expect(paths(text(nested((l) => '\t'.repeat(l))))).toEqual(NESTED_PATHS))

  it('keeps each unit’s own text, the lead-in on the holder', () => {
    const r = text(flat)
    expect(textOf(r, 'artikel:1/lid:1')).toBe('Het verbod geldt voor:')
    expect(textOf(r, 'artikel:1/lid:1/onderdeel:1°/subonderdeel:a')).toBe('verkoopt, te weten:')
    expect(textOf(r, 'artikel:1/lid:1/onderdeel:1°/subonderdeel:a/subonderdeel:ii')).toBe('op een markt;')
  })

  it('takes the modern nesting a › 1° as well', () => {
    const r = text('Artikel 2\n1. Onder:\na. woning:\n1°. een huis;\n2°. een flat;\nb. bedrijf.\n')
    expect(paths(r)).toEqual([
      'artikel:2', 'artikel:2/lid:1', 'artikel:2/lid:1/onderdeel:a', 'artikel:2/lid:1/onderdeel:a/subonderdeel:1°',
      'artikel:2/lid:1/onderdeel:a/subonderdeel:2°', 'artikel:2/lid:1/onderdeel:b',
    ])
  })
})

describe('i, v and x: letter or Roman', () => {
  const letters = 'abcdefghij'.split('')
  const list = (indent: string) => ['Artikel 3', '1. Verstaan wordt onder:', ...letters.map((l) => `${indent}${l}. begrip ${l};`)].join('\n') + '\n'
  const expected = ['artikel:3', 'artikel:3/lid:1', ...letters.map((l) => `artikel:3/lid:1/onderdeel:${l}`)]

  it('reads `i.` after `h.` as the letter i, flat and indented', () => {
    expect(paths(text(list('')))).toEqual(expected)
    expect(paths(text(list('    ')))).toEqual(expected)
    expect(paths(md(`# ${list('    ')}`))).toEqual(expected)
  })

  it('reads `i.` nested after `a.` as Roman one', () => {
    const r = text('Artikel 3\n1. Lead:\na. eerste:\ni. romein een;\nii. romein twee;\nb. tweede.\n')
    expect(paths(r)).toEqual([
      'artikel:3', 'artikel:3/lid:1', 'artikel:3/lid:1/onderdeel:a', 'artikel:3/lid:1/onderdeel:a/subonderdeel:i',
      'artikel:3/lid:1/onderdeel:a/subonderdeel:ii', 'artikel:3/lid:1/onderdeel:b',
    ])
  })

  it('reads `i.` after `h.` with its own Roman items as the letter, even without indentation', () => {
    const body = ['a. a;', 'b. b;', 'c. c;', 'd. d;', 'e. e;', 'f. f;', 'g. g;', 'h. h, te weten:', 'i. romein een;', 'ii. romein twee;', 'i. letter i.']
    const r = text(`Artikel 4\n1. Lead:\n${body.join('\n')}\n`)
    const got = paths(r)
    expect(got).toContain('artikel:4/lid:1/onderdeel:h/subonderdeel:i')
    expect(got).toContain('artikel:4/lid:1/onderdeel:h/subonderdeel:ii')
    expect(got.at(-1)).toBe('artikel:4/lid:1/onderdeel:i')
    expect(textOf(r, 'artikel:4/lid:1/onderdeel:i')).toBe('letter i.')
  })

  it('reads `v.` after `iv.` as Roman five', () => {
    const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi']
    const r = text(`Artikel 4\n1. Lead:\na. eerste:\n${romans.map((n) => `${n}. punt ${n};`).join('\n')}\n`)
    expect(paths(r).slice(3)).toEqual(romans.map((n) => `artikel:4/lid:1/onderdeel:a/subonderdeel:${n}`))
  })

  it('continues letters past z with aa, bb, cc (cc is no Roman 200 here)', () => {
    const many = [...'abcdefghijklmnopqrstuvwxyz'.split(''), 'aa', 'bb', 'cc', 'dd']
    const r = text(`Artikel 1\nIn deze wet wordt verstaan onder:\n${many.map((l) => `${l}. begrip ${l};`).join('\n')}\n`)
    expect(paths(r)).toEqual(['artikel:1', ...many.map((l) => `artikel:1/onderdeel:${l}`)])
    expect(r.warnings).toEqual([])
  })
})

describe('articles, leden and alinea', () => {
  it('hangs onderdelen directly under an article without leden', () => {
    for (const r of [
      text('Artikel 1\nIn deze wet wordt verstaan onder:\na. Onze Minister: Onze Minister van Justitie en Veiligheid;\nb. wet: deze wet.\n'),
      md('# Artikel 1\n\nIn deze wet wordt verstaan onder:\n\na. Onze Minister: Onze Minister van Justitie en Veiligheid;\nb. wet: deze wet.\n'),
    ]) {
      expect(paths(r)).toEqual(['artikel:1', 'artikel:1/onderdeel:a', 'artikel:1/onderdeel:b'])
      expect(textOf(r, 'artikel:1')).toBe('In deze wet wordt verstaan onder:')
      expect(textOf(r, 'artikel:1/onderdeel:b')).toBe('wet: deze wet.')
    }
  })

  it('reads inserted leden such as 2a (Aanwijzing 6.16) in order', () => {
    for (const r of [text('Artikel 5\n1. Een.\n2. Twee.\n2a. Ingevoegd.\n3. Drie.\n'), md('# Artikel 5\n\n1. Een.\n2. Twee.\n2a. Ingevoegd.\n3. Drie.\n')]) {
      expect(paths(r)).toEqual(['artikel:5', 'artikel:5/lid:1', 'artikel:5/lid:2', 'artikel:5/lid:2a', 'artikel:5/lid:3'])
      expect(textOf(r, 'artikel:5/lid:2a')).toBe('Ingevoegd.')
      expect(r.warnings).toEqual([])
    }
  })

  it('keeps several alinea of one lid, joined with a line break', () => {
    const t = text('Artikel 5\n1. Eerste zin van het lid.\nTweede alinea van het lid.\n2. Volgend lid.\n')
    const m = md('# Artikel 5\n\n1. Eerste zin van het lid.\n\n   Tweede alinea van het lid.\n2. Volgend lid.\n')
    for (const r of [t, m]) {
      expect(paths(r)).toEqual(['artikel:5', 'artikel:5/lid:1', 'artikel:5/lid:2'])
      expect(textOf(r, 'artikel:5/lid:1')).toBe('Eerste zin van het lid.\nTweede alinea van het lid.')
    }
  })

  it('joins the soft-wrapped lines of one Markdown paragraph with a space', () => {
    const r = md('# Artikel 5\n\n1. Eerste zin\n   loopt door.\n2. Volgend lid.\n')
    expect(textOf(r, 'artikel:5/lid:1')).toBe('Eerste zin loopt door.')
  })

  it('gives text after a list (tail) to the lid when indented as the writers do', () => {
    const t = text('Artikel 5\n1. Strafbaar is:\n    a. het een;\n    b. het ander,\n   tenzij de rechter anders beslist.\n2. Volgend lid.\n')
    expect(paths(t)).toEqual(['artikel:5', 'artikel:5/lid:1', 'artikel:5/lid:1/onderdeel:a', 'artikel:5/lid:1/onderdeel:b', 'artikel:5/lid:2'])
    expect(textOf(t, 'artikel:5/lid:1')).toBe('Strafbaar is:\ntenzij de rechter anders beslist.')
    expect(textOf(t, 'artikel:5/lid:1/onderdeel:b')).toBe('het ander,')
    const m = md('# Artikel 5\n\n1. Strafbaar is:\n    a. het een;\n    b. het ander,\n\n   tenzij de rechter anders beslist.\n2. Volgend lid.\n')
    expect(shape(m.text.units)).toEqual(shape(t.text.units))
  })

  it('reads the website copy: the number alone on its line, the text on the next', () => {
    const r = text('Artikel 6\n1\nHet is verboden:\na.\nte roken;\nb.\nte drinken.\n2\nHet eerste lid geldt niet thuis.\n')
    expect(shape(r.text.units)).toEqual([
      { path: 'artikel:6', type: 'artikel', number: '6', alinea: [] },
      { path: 'artikel:6/lid:1', type: 'lid', number: '1', alinea: ['Het is verboden:'] },
      { path: 'artikel:6/lid:1/onderdeel:a', type: 'onderdeel', number: 'a', alinea: ['te roken;'] },
      { path: 'artikel:6/lid:1/onderdeel:b', type: 'onderdeel', number: 'b', alinea: ['te drinken.'] },
      { path: 'artikel:6/lid:2', type: 'lid', number: '2', alinea: ['Het eerste lid geldt niet thuis.'] },
    ])
  })
})

describe('headings', () => {
  const divided = ['Boek 2', 'Titel XVIII. Misdrijven tegen de persoonlijke vrijheid', 'Hoofdstuk 1', 'Afdeling 1.2', 'Paragraaf 3', 'Artikel 273f', '1. Tekst.', 'Titeldeel XIX', '§ 4. Slot', 'Artikel 274', 'Tekst van 274.']

  it('keeps divisions out of the article paths', () => {
    for (const r of [text(divided.join('\n')), md(divided.map((l) => (/^\d|^Tekst/.test(l) ? l : `## ${l}`)).join('\n\n'))]) {
      expect(paths(r)).toEqual(['artikel:273f', 'artikel:273f/lid:1', 'artikel:274'])
      const divisions = [...walk(r.text.units)].filter((u) => u.type !== 'artikel' && u.type !== 'lid')
      expect(divisions.map((d) => [d.type, d.number])).toEqual([
        ['boek', '2'], ['titeldeel', 'XVIII'], ['hoofdstuk', '1'], ['afdeling', '1.2'], ['paragraaf', '3'], ['titeldeel', 'XIX'], ['paragraaf', '4'],
      ])
      expect(divisions[1]!.heading).toBe('Misdrijven tegen de persoonlijke vrijheid')
      for (const d of divisions) expect(d.path).not.toContain('artikel')
    }
  })

  it('reads article titles: `Artikel 6:162. Onrechtmatige daad`', () => {
    const r = text('Artikel 6:162. Onrechtmatige daad\n1. Hij die een onrechtmatige daad pleegt, is verplicht de schade te vergoeden.\n')
    expect(r.text.units[0]).toMatchObject({ path: 'artikel:6:162', number: '6:162', heading: 'Onrechtmatige daad' })
  })

  it('does not take "Artikel 251 is van overeenkomstige toepassing." for a heading', () => {
    for (const r of [
      text('Artikel 273f\n1. Eerste lid.\n2. Tweede lid.\nArtikel 251 is van overeenkomstige toepassing.\n'),
      text('Artikel 273g\nArtikel 251 is van overeenkomstige toepassing.\n'),
      text('Artikel 273h\n1\nEerste lid.\n2\nArtikel 251, eerste lid, is van toepassing.\n'),
    ]) {
      expect(r.text.units).toHaveLength(1)
      expect(paths(r).some((p) => p.includes('251'))).toBe(false)
    }
    const r = text('Artikel 273g\nArtikel 251 is van overeenkomstige toepassing.\n')
    expect(r.text.units[0]!.text).toBe('Artikel 251 is van overeenkomstige toepassing.')
  })

  it('ignores headings before the first article in Markdown and takes the first line of plain text as label', () => {
    expect(paths(md('# Wetboek van Strafrecht\n\nEen inleiding.\n\n## Artikel 1\n\nTekst.\n'))).toEqual(['artikel:1'])
    const r = text('Wetboek van Strafrecht\nGeldend van 01-07-2024 t/m heden\nArtikel 1\nTekst.\n')
    expect(r.text.label).toBe('Wetboek van Strafrecht')
    expect(paths(r)).toEqual(['artikel:1'])
    // The second preamble line is not used: say so, with its line, in case it was statute text.
    expect(r.warnings).toEqual([{ message: expect.stringMatching(/ignored/), line: 2 }])
    expect(text('Wetboek van Strafrecht\nArtikel 1\nTekst.\n').warnings).toEqual([])
  })
})

describe('artefacts of copying and saving', () => {
  it('reads Windows line endings (CRLF) like LF in every format', () => {
    for (const file of ['273f-current.md', '273f-current.txt', '273f-current.xml']) {
      const lf = sample(file)
      expect(shape(parseText(lf.replace(/\n/g, '\r\n'), { name: file }).text.units)).toEqual(shape(parseText(lf, { name: file }).text.units))
    }
  })

  it('reads the look-alike º (U+00BA) of word processors as the degree sign', () => {
    const r = text('Artikel 1\n1. Lead:\n1º. een;\n2º. twee.\n')
    expect(paths(r)).toEqual(['artikel:1', 'artikel:1/lid:1', 'artikel:1/lid:1/onderdeel:1°', 'artikel:1/lid:1/onderdeel:2°'])
    expect(textOf(r, 'artikel:1/lid:1/onderdeel:2°')).toBe('twee.')
  })

  it('treats non-breaking spaces after a marker and in indentation as spaces', () => {
    const r = text('Artikel 1\n1.\u00a0Lead:\n\u00a0\u00a0\u00a0\u00a0a.\u00a0een;\n\u00a0\u00a0\u00a0\u00a0b.\u00a0twee.\n')
    expect(paths(r)).toEqual(['artikel:1', 'artikel:1/lid:1', 'artikel:1/lid:1/onderdeel:a', 'artikel:1/lid:1/onderdeel:b'])
    expect(textOf(r, 'artikel:1/lid:1/onderdeel:a')).toBe('een;')
  })
})
