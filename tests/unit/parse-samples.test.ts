import { describe, expect, it } from 'vitest'
import { flatten, normalizeSpace, walk } from '../../shared/model/index.js'
import { parseText, writeMarkdown, writePlainText } from '../../shared/parse/index.js'
import { sample, shape } from './parse-helpers.js'

/**
 * The real texts in samples/: art. 273f Sr (Stb. 2013, 444) in the three input formats and
 * Grondwet art. 7 / art. 101 as a 2016 toestand. Expected values are read off the statute text.
 */

const CURRENT = ['273f-current.md', '273f-current.txt', '273f-current.xml'] as const
const parsed = (file: string) => parseText(sample(file), { name: file })

// Art. 273f: lid 1 has onderdelen 1°–9°, lid 3 has 1°–3°, leden 2 and 4–7 have none.
const EXPECTED_273F_PATHS = [
  'artikel:273f',
  'artikel:273f/lid:1',
  ...['1°', '2°', '3°', '4°', '5°', '6°', '7°', '8°', '9°'].map((n) => `artikel:273f/lid:1/onderdeel:${n}`),
  'artikel:273f/lid:2',
  'artikel:273f/lid:3',
  ...['1°', '2°', '3°'].map((n) => `artikel:273f/lid:3/onderdeel:${n}`),
  'artikel:273f/lid:4',
  'artikel:273f/lid:5',
  'artikel:273f/lid:6',
  'artikel:273f/lid:7',
]

describe('art. 273f Sr, current text, in every format', () => {
  for (const file of CURRENT) {
    describe(file, () => {
      const { text, warnings } = parsed(file)
      const units = flatten(text.units).map((f) => f.unit)
      const byPath = new Map(units.map((u) => [u.path, u]))

      it('has 1 artikel, 7 leden, 9 + 3 onderdelen: 20 addressable units with the statute paths', () => {
        expect(units.map((u) => u.path)).toEqual(EXPECTED_273F_PATHS)
        expect(units.filter((u) => u.type === 'artikel')).toHaveLength(1)
        expect(units.filter((u) => u.type === 'lid')).toHaveLength(7)
        expect(byPath.get('artikel:273f/lid:1')!.children).toHaveLength(9)
        expect(byPath.get('artikel:273f/lid:3')!.children).toHaveLength(3)
        expect(units).toHaveLength(20)
        expect(warnings).toEqual([])
      })

      it('keeps the lead-in of lid 1 as the lid’s own text, ending in "gestraft:"', () => {
        const lid1 = normalizeSpace(byPath.get('artikel:273f/lid:1')!.text)
        expect(lid1).toBe('Als schuldig aan mensenhandel wordt met gevangenisstraf van ten hoogste twaalf jaren of geldboete van de vijfde categorie gestraft:')
        expect(normalizeSpace(byPath.get('artikel:273f/lid:3')!.text)).toBe(
          'De schuldige wordt gestraft met gevangenisstraf van ten hoogste vijftien jaren of geldboete van de vijfde categorie, indien:',
        )
      })

      it('has the texts of the statute in the right units', () => {
        const t = (p: string) => normalizeSpace(byPath.get(`artikel:273f/${p}`)!.text)
        expect(byPath.get('artikel:273f')!.text).toBe('')
        expect(t('lid:1/onderdeel:6°')).toBe('degene die opzettelijk voordeel trekt uit de uitbuiting van een ander;')
        expect(t('lid:1/onderdeel:4°')).toMatch(/^degene die een ander met een van de onder 1° genoemde middelen dwingt of beweegt /)
        expect(t('lid:1/onderdeel:9°')).toMatch(/ of van de verwijdering van diens organen\.$/)
        for (const n of ['1°', '2°', '3°', '4°', '5°', '6°', '7°', '8°', '9°']) expect(t(`lid:1/onderdeel:${n}`)).toMatch(/^degene die /)
        expect(t('lid:3/onderdeel:1°')).toBe('de feiten, omschreven in het eerste lid, worden gepleegd door twee of meer verenigde personen;')
        expect(t('lid:3/onderdeel:3°')).toBe('de feiten, omschreven in het eerste lid, zijn voorafgegaan, vergezeld of gevolgd van geweld.')
        expect(t('lid:6')).toBe('Onder kwetsbare positie wordt mede begrepen een situatie waarin een persoon geen andere werkelijke of aanvaardbare keuze heeft dan het misbruik te ondergaan.')
        // A lid that begins with the word "Artikel" is statute text, not a heading.
        expect(t('lid:7')).toBe('Artikel 251 is van overeenkomstige toepassing.')
      })

      it('records the line where each unit starts', () => {
        for (const u of units) expect(u.line).toBeGreaterThan(0)
      })
    })
  }

  it('gives the same unit tree from Markdown, plain text and BWB XML', () => {
    const [md, txt, xml] = CURRENT.map((f) => shape(parsed(f).text.units))
    expect(txt).toEqual(md)
    expect(xml).toEqual(md)
  })

  it('keeps Boek 2 and Titel XVIII of the XML as divisions, outside the article path', () => {
    const { text } = parsed('273f-current.xml')
    expect(text.label).toBe('Wetboek van Strafrecht')
    const divisions = [...walk(text.units)].filter((u) => u.type === 'boek' || u.type === 'titeldeel')
    expect(divisions.map((d) => [d.type, d.number, d.heading])).toEqual([
      ['boek', '2', 'Misdrijven'],
      ['titeldeel', 'XVIII', 'Misdrijven tegen de persoonlijke vrijheid'],
    ])
    expect(divisions[0]!.children).toEqual([divisions[1]])
    expect(divisions[1]!.children.map((u) => u.path)).toEqual(['artikel:273f'])
  })

  it('takes the Markdown label from the front matter', () => {
    expect(parsed('273f-current.md').text.label).toBe('Wetboek van Strafrecht, art. 273f (geldend)')
    expect(parsed('273f-current.md').text.source).toMatch(/^BWB-XML BWBR0001854/)
  })
})

describe('Grondwet, toestand 2023-02-22 (2016 schema)', () => {
  const { text, warnings } = parsed('grondwet-art7-toestand.xml')
  const byPath = new Map(flatten(text.units).map(({ unit }) => [unit.path, unit]))

  it('reads art. 7 with its 4 leden and the repealed art. 101', () => {
    expect(shape(text.units).map((s) => s.path)).toEqual([
      'artikel:7', 'artikel:7/lid:1', 'artikel:7/lid:2', 'artikel:7/lid:3', 'artikel:7/lid:4', 'artikel:101',
    ])
    expect(byPath.get('artikel:101')!.text).toBe('Vervallen')
    expect(warnings).toEqual([])
  })

  it('has the text of the leden without the surrounding spaces of <al> and without meta-data', () => {
    expect(byPath.get('artikel:7/lid:1')!.text).toBe(
      'Niemand heeft voorafgaand verlof nodig om door de drukpers gedachten of gevoelens te openbaren, behoudens ieders verantwoordelijkheid volgens de wet.',
    )
    expect(byPath.get('artikel:7/lid:4')!.text).toBe('De voorgaande leden zijn niet van toepassing op het maken van handelsreclame.')
    expect(byPath.get('artikel:7/lid:2')!.text).toMatch(/^De wet stelt regels omtrent radio en televisie\. Er is geen /)
    for (const u of walk(text.units)) expect(u.text).not.toMatch(/jci|BWBR|2019|Stb/)
  })

  it('labels the version with its toestand date', () => {
    expect(text.label).toContain('toestand 2023-02-22')
  })
})

describe('the illustrative proposal (273f-proposed.md)', () => {
  const { text, warnings } = parsed('273f-proposed.md')
  const paths = shape(text.units).map((s) => s.path)

  it('parses without warnings into art. 273f (9 leden) and art. 273fa (2 leden): 22 units', () => {
    expect(warnings).toEqual([])
    expect(text.units.map((u) => u.path)).toEqual(['artikel:273f', 'artikel:273fa'])
    expect(paths.filter((p) => /^artikel:273f\/lid:\d+$/.test(p))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `artikel:273f/lid:${n}`))
    expect(paths.filter((p) => p.includes('onderdeel'))).toEqual([
      'artikel:273f/lid:1/onderdeel:a', 'artikel:273f/lid:1/onderdeel:b', 'artikel:273f/lid:1/onderdeel:c',
      'artikel:273f/lid:4/onderdeel:a', 'artikel:273f/lid:4/onderdeel:b', 'artikel:273f/lid:4/onderdeel:c', 'artikel:273f/lid:4/onderdeel:d',
      'artikel:273fa/lid:1/onderdeel:a', 'artikel:273fa/lid:1/onderdeel:b',
    ])
    expect(paths).toHaveLength(22)
    expect(text.label).toBe('Voorstel art. 273f Sr (illustratief)')
  })

  it('keeps the two sentences of lid 9 as one alinea and lid 8 as statute text', () => {
    const lid = (n: string) => text.units[0]!.children.find((u) => u.number === n)!
    expect(lid('8').text).toBe('Artikel 251 is van overeenkomstige toepassing.')
    expect(lid('9').text).toMatch(/^Niet strafbaar is het slachtoffer van mensenhandel .* dan is niet vereist dat hij tot het feit is gedwongen\.$/)
    expect(lid('9').text).not.toContain('\n')
  })
})

describe('writing the samples back', () => {
  for (const file of [...CURRENT, 'grondwet-art7-toestand.xml', '273f-proposed.md']) {
    it(`${file}: parse(write(parse(x))) has the tree of parse(x), for Markdown and plain text`, () => {
      const first = parsed(file)
      const md = parseText(writeMarkdown(first.text), { name: 'w.md' })
      const txt = parseText(writePlainText(first.text), { name: 'w.txt' })
      expect(md.format).toBe('md')
      expect(txt.format).toBe('text')
      expect(shape(md.text.units)).toEqual(shape(first.text.units))
      expect(shape(txt.text.units)).toEqual(shape(first.text.units))
      expect(md.warnings).toEqual([])
      expect(txt.warnings).toEqual([])
    })
  }

  it('keeps the label and source through Markdown front matter', () => {
    const first = parsed('273f-current.md').text
    const again = parseText(writeMarkdown(first), { name: 'w.md' }).text
    expect([again.label, again.source]).toEqual([first.label, first.source])
  })
})
