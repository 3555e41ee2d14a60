// Parse errors in the app: the parser's English (kept for the CLI) becomes a sentence in the
// interface language that names the file and the line. The bad texts go through the real parser,
// so a reworded message in shared/parse that no pattern knows fails here.
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { ParseError } from '../../shared/model/types.js'
import { MESSAGES, format, type Language, type MessageKey } from '../../renderer/i18n/messages.js'
import { describeError, parseMessage } from '../../renderer/app/describe-error.js'

const tr = (language: Language) => (key: MessageKey, params?: Readonly<Record<string, string | number>>) => format(MESSAGES[language][key], params)
const nl = tr('nl')
const en = tr('en')

const errorOf = (content: string, fmt?: 'md' | 'text' | 'bwb'): ParseError => {
  try {
    parseText(content, { name: 'in', ...(fmt ? { format: fmt } : {}) })
  } catch (e) {
    if (e instanceof ParseError) return e
    throw e
  }
  throw new Error('parsed without error')
}

/** Bad texts, and a word of the Dutch sentence each must give. */
const CASES: ReadonlyArray<readonly [string, string, 'md' | 'text' | 'bwb' | undefined]> = [
  ['', 'het bestand is leeg', undefined],
  ['Artikel 1\nTekst\u0000\u0001', 'geen tekstbestand', undefined],
  ['PK\u0003\u0004rest', 'ZIP-archief', undefined],
  ['Artikel 1\n1. Het b\uFFFDlang.\n', 'UTF-8', undefined],
  ['\uFFFD\uFFFDA\u0000r\u0000', 'opgeslagen als UTF-16', undefined],
  ['{\n  "format": "renvooi.project",\n  "version": 1\n}\n', 'Renvooi-project', undefined],
  ['Wetboek\n1. Een lid zonder artikel.\nArtikel 2\nTekst.\n', 'genummerde tekst', undefined],
  ['Hoofdstuk 1\nDit is geen artikel.\nArtikel 1\nTekst.\n', 'vóór het eerste kopje "Artikel"', undefined],
  ['Dit is een brief.\nMet groeten.\n', 'geen kopje "Artikel" gevonden', undefined],
  ['# Notulen\n\nGeen artikelen.\n', 'geen kopje "Artikel" gevonden', undefined],
  ['Artikel 5\n1. Een.\nArtikel 6\nTekst.\nArtikel 5\n1. Twee.\n', 'artikel 5 komt twee keer voor (eerst op regel 1)', undefined],
  ['---\ntitle: [x\n---\n\n# Artikel 1\n\nTekst.\n', 'geen geldige YAML', 'md'],
  ['Artikel 1', 'geen XML', 'bwb'],
  ['<?xml version="1.0"?>\n<wetgeving>\n<artikel>\n<kop><nr>1</nr></kop>\n</wetgeving>\n', 'XML', 'bwb'],
  ['<?xml version="1.0"?>\n<wetgeving>\n<artikel>\n<kop><nr>1</nr></kop>\n', 'afgebroken', 'bwb'],
  ['<?xml version="1.0"?>\n<wetgeving><artikel><kop><nr>1</nr></kop><al>a &eacute; b</al></artikel></wetgeving>\n', 'onbekende entiteit &eacute;', 'bwb'],
  ['<?xml version="1.0"?>\n<wetgeving><titel>Geen artikelen</titel></wetgeving>\n', 'geen <artikel>-elementen', 'bwb'],
]

describe('parse errors in the interface language', () => {
  it.each(CASES)('%j', (content, dutch, fmt) => {
    const e = errorOf(content, fmt)
    const nlText = parseMessage(e.message, nl)
    expect(nlText).toContain(dutch)
    // Known messages are translated, not wrapped: no English sentence left in the Dutch.
    if (!nlText.startsWith('de XML is niet goed gevormd')) expect(nlText).not.toMatch(/\b(the|before|heading|found|file)\b/)
    expect(parseMessage(e.message, en)).not.toMatch(/regel|bestand|kopje/)
  })

  it('names the file and the line, in Dutch and in English', () => {
    const e = errorOf('Wetboek\n1. Een lid zonder artikel.\nArtikel 2\nTekst.\n')
    expect(describeError(e, nl, 'voorstel.txt')).toBe('voorstel.txt, regel 2: genummerde tekst staat vóór het eerste kopje "Artikel": "1. Een lid zonder artikel.".')
    expect(describeError(e, en, 'voorstel.txt')).toBe('voorstel.txt, line 2: numbered text comes before the first "Artikel" heading: "1. Een lid zonder artikel.".')
    expect(describeError(errorOf(''), nl, 'leeg.md')).toBe('leeg.md: het bestand is leeg.')
  })

  it('keeps an unknown message, inside a sentence in the interface language', () => {
    expect(describeError(new ParseError('something new went wrong', 3), nl, 'x.md')).toBe('x.md, regel 3: de tekst kon niet worden gelezen (something new went wrong).')
    expect(parseMessage('version "v2": the file is empty', nl)).toBe('versie "v2": het bestand is leeg.')
  })
})
