import { describe, expect, it } from 'vitest'
import { flatten, walk } from '../../shared/model/index.js'
import { parseText, writeMarkdown } from '../../shared/parse/index.js'

/**
 * A Wetboek-sized plain text: 1,500 articles in 15 chapters. Every article has 3 leden; every
 * third article has onderdelen a–c under lid 2, the middle one with subonderdelen 1° and 2°;
 * every tenth article has an inserted article after it (10a, 20a …) without leden.
 */

const ARTICLES = 1500
const CHAPTER = 100

function build(): { text: string; expected: { divisions: number; articles: number; leden: number; onderdelen: number; sub: number } } {
  const lines: string[] = ['Wetboek van Voorbeelden']
  const expected = { divisions: 0, articles: 0, leden: 0, onderdelen: 0, sub: 0 }
  for (let n = 1; n <= ARTICLES; n++) {
    if ((n - 1) % CHAPTER === 0) {
      lines.push(`Hoofdstuk ${(n - 1) / CHAPTER + 1}. Bepalingen ${n} tot en met ${n + CHAPTER - 1}`)
      expected.divisions++
    }
    lines.push(`Artikel ${n}`)
    expected.articles++
    lines.push(`1. Dit is het eerste lid van artikel ${n}.`)
    if (n % 3 === 0) {
      lines.push(`2. Onder dit artikel wordt verstaan:`, `    a. het eerste begrip;`, `    b. het tweede begrip, te weten:`, `        1°. de eerste soort;`, `        2°. de tweede soort;`, `    c. het derde begrip.`)
      expected.onderdelen += 3
      expected.sub += 2
    } else {
      lines.push(`2. Het tweede lid verwijst naar artikel ${n}, eerste lid.`)
    }
    lines.push(`3. Artikel ${Math.max(1, n - 1)} is van overeenkomstige toepassing.`)
    expected.leden += 3
    if (n % 10 === 0) {
      lines.push(`Artikel ${n}a`, `Dit ingevoegde artikel heeft geen leden.`)
      expected.articles++
    }
  }
  return { text: lines.join('\n') + '\n', expected }
}

describe('a large plain text', () => {
  const { text, expected } = build()
  const r = parseText(text, { name: 'wetboek.txt' })

  it('reads every unit: walk counts divisions, articles, leden and onderdelen', () => {
    const all = [...walk(r.text.units)]
    const count = (type: string) => all.filter((u) => u.type === type).length
    expect(count('hoofdstuk')).toBe(expected.divisions)
    expect(count('artikel')).toBe(expected.articles)
    expect(count('lid')).toBe(expected.leden)
    expect(count('onderdeel')).toBe(expected.onderdelen)
    expect(count('subonderdeel')).toBe(expected.sub)
    expect(all).toHaveLength(expected.divisions + expected.articles + expected.leden + expected.onderdelen + expected.sub)
    expect(r.warnings).toEqual([])
    expect(r.text.label).toBe('Wetboek van Voorbeelden')
  })

  it('gives unique paths in document order, the inserted articles after their base', () => {
    const paths = flatten(r.text.units).map(({ unit }) => unit.path)
    expect(new Set(paths).size).toBe(paths.length)
    const articles = paths.filter((p) => !p.includes('/'))
    expect(articles.slice(8, 12)).toEqual(['artikel:9', 'artikel:10', 'artikel:10a', 'artikel:11'])
    expect(articles.at(-1)).toBe(`artikel:${ARTICLES}a`)
    expect(paths).toContain('artikel:1500/lid:2/onderdeel:b/subonderdeel:2°')
    // The lid that begins with "Artikel …" stays a lid of its article.
    expect(paths).toContain('artikel:1500/lid:3')
  })

  it('survives a Markdown round trip of the whole text', () => {
    const again = parseText(writeMarkdown(r.text), { name: 'wetboek.md' })
    expect(flatten(again.text.units).map(({ unit }) => [unit.path, unit.text])).toEqual(flatten(r.text.units).map(({ unit }) => [unit.path, unit.text]))
  })
})
