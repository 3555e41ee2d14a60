// Cases found by reading the output as a drafter would (review of the first engine).
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'

const text = (s: string) => parseText(s, { name: 't.txt', format: 'text' }).text
const summary = (oldS: string, newS: string) =>
  compareTexts(text(oldS), text(newS)).changes.map((c) => `${c.kind}${c.renumbered ? '+R' : ''}${c.moved ? '+M' : ''} ${c.old.join('+')} > ${c.new.join('+')}`)

describe('comparison regressions', () => {
  it('finds a short last sentence split off a long lid into the next lid (bench, art. 97), and its mirror merge', () => {
    const lid4 = 'Tegen de subsidie, bedoeld in artikel 465, kan beroep worden ingesteld bij het gerechtshof te \'s-Gravenhage. Onverminderd artikel 745 is de commissie verplicht het jaarverslag ten minste eenmaal per jaar openbaar te maken.'
    const last = 'De toelating wordt ten minste eenmaal per jaar ingetrokken.'
    const a = `Artikel 97\n1. Het eerste lid blijft zoals het was.\n2. ${lid4} ${last}\n3. Het derde lid over de termijnen blijft ook.\n`
    const b = `Artikel 97\n1. Het eerste lid blijft zoals het was.\n2. ${lid4}\n3. ${last}\n4. Het derde lid over de termijnen blijft ook.\n`
    expect(summary(a, b)).toContain('split artikel:97/lid:2 > artikel:97/lid:2+artikel:97/lid:3')
    expect(summary(b, a)).toContain('merged artikel:97/lid:2+artikel:97/lid:3 > artikel:97/lid:2')
    // A new lid elsewhere in the article that merely repeats some words of a lid is no part of it.
    const c = `Artikel 97\n1. Het eerste lid blijft zoals het was.\n2. ${lid4} ${last}\n3. Het derde lid over de termijnen blijft ook.\n4. De toelating wordt ingetrokken door de minister van financiën na advies.\n`
    expect(summary(a, c).some((x) => x.startsWith('split'))).toBe(false)
  })

  it('judges a split and its mirror merge alike for "moved" (review of the one-walk findMoved)', () => {
    const a = 'Artikel 1\n1. De minister stelt regels over de registratie van voertuigen.\n2. De rechter kan de verdachte een maatregel opleggen en de officier beslist over de vervolging binnen zes weken na de aangifte.\n'
    const b = 'Artikel 1\n1. De minister stelt regels over de registratie van voertuigen:\na. de rechter kan de verdachte een maatregel opleggen;\n2. en de officier beslist over de vervolging binnen zes weken na de aangifte.\n'
    const split = summary(a, b).find((c) => c.startsWith('split'))!
    const merged = summary(b, a).find((c) => c.startsWith('merged'))!
    expect(split).toBeDefined()
    expect(merged).toBeDefined()
    expect(split.includes('+M')).toBe(merged.includes('+M'))
  })

  it('places a deleted lid after every onderdeel of the lid before it, inserted ones included', () => {
    const changes = summary(
      'Artikel 1\n1. Aanhef van het eerste lid:\na. eerste onderdeel over kentekens;\nb. tweede onderdeel over keuringen.\n2. Het tweede lid over de oude heffing vervalt.\n3. Het derde lid over de bevoegde rechter blijft.\n',
      'Artikel 1\n1. Aanhef van het eerste lid:\na. eerste onderdeel over kentekens;\nb. tweede onderdeel over keuringen;\nc. een nieuw onderdeel over elektronische aanvragen.\n2. Het derde lid over de bevoegde rechter blijft.\n',
    )
    expect(changes.indexOf('deleted artikel:1/lid:2 > ')).toBe(changes.indexOf('inserted  > artikel:1/lid:1/onderdeel:c') + 1)
  })

  it('places a deleted article after the whole article before it', () => {
    const changes = summary(
      'Artikel 1\n1. Het eerste lid van het eerste artikel.\nArtikel 2\nDit artikel over de heffing vervalt geheel.\nArtikel 3\nHet derde artikel blijft ongewijzigd staan.\n',
      'Artikel 1\n1. Het eerste lid van het eerste artikel.\n2. Een nieuw tweede lid over de termijnen.\nArtikel 3\nHet derde artikel blijft ongewijzigd staan.\n',
    )
    expect(changes.indexOf('deleted artikel:2 > ')).toBe(changes.indexOf('inserted  > artikel:1/lid:2') + 1)
  })

  it('does not take a "Vervallen." article for a renumbered one, nor the article between for moved', () => {
    const changes = summary(
      'Artikel 10\nVervallen.\nArtikel 11\nDe rechter kan de verdachte een maatregel opleggen.\nArtikel 12\nWie opzettelijk een ander van het leven berooft wordt gestraft.\n',
      'Artikel 10\nDe minister stelt regels over de registratie van voertuigen.\nArtikel 11\nDe rechter kan de verdachte een maatregel opleggen.\nArtikel 12\nVervallen.\n',
    )
    expect(changes).toEqual(['modified artikel:10 > artikel:10', 'unchanged artikel:11 > artikel:11', 'modified artikel:12 > artikel:12'])
  })

  it('pairs identical sibling texts in order, so nothing is reported as moved', () => {
    const changes = summary(
      'Artikel 1\n1. Vervallen.\n2. Vervallen.\n3. De rechter beslist over het verzoek.\n',
      'Artikel 1\n1. Een nieuw eerste lid over de melding aan de officier.\n2. Vervallen.\n3. Vervallen.\n4. De rechter beslist over het verzoek.\n',
    )
    expect(changes).toEqual([
      'unchanged artikel:1 > artikel:1',
      'inserted  > artikel:1/lid:1',
      'unchanged+R artikel:1/lid:1 > artikel:1/lid:2',
      'unchanged+R artikel:1/lid:2 > artikel:1/lid:3',
      'unchanged+R artikel:1/lid:3 > artikel:1/lid:4',
    ])
  })

  it('matches a unique subtree before a repeated onderdeel takes its twin, whichever text is old', () => {
    const old = 'Artikel 8\n1. Aanhef van het lid:\na. de aanvraag voor een vergunning;\nb. het beroep op de rechter:\n1°. de termijn van zes weken;\n2°. Vervallen.\nc. de melding aan de officier:\n1°. de klacht van de verdachte;\n2°. Vervallen.\n3°. de aangifte bij de politie.\n'
    const neu = 'Artikel 8\n1. Aanhef van het lid:\na. de aanvraag voor een vergunning;\nb. de melding aan de officier:\n1°. de klacht van de verdachte;\n2°. Vervallen.\n3°. de aangifte bij de politie.\n'
    const forward = summary(old, neu)
    // The whole of c went to b, "Vervallen." included; b with its own twin was deleted.
    expect(forward).toContain('unchanged artikel:8/lid:1/onderdeel:c/subonderdeel:2° > artikel:8/lid:1/onderdeel:b/subonderdeel:2°')
    expect(forward).toContain('deleted artikel:8/lid:1/onderdeel:b/subonderdeel:2° > ')
    const backward = summary(neu, old)
    expect(backward).toContain('unchanged artikel:8/lid:1/onderdeel:b/subonderdeel:2° > artikel:8/lid:1/onderdeel:c/subonderdeel:2°')
    expect(backward).toContain('inserted  > artikel:8/lid:1/onderdeel:b/subonderdeel:2°')
  })
})
