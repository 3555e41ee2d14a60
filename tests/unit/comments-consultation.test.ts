import { describe, expect, it } from 'vitest'
import {
  ConsultationError, importConsultationCsv, importConsultationJson, isInbox, readBoolean, readReference, resolveComment,
} from '../../shared/comments/index.js'
import { current273f, proposed273f, unitText } from './comments-helpers.js'

const text = proposed273f()
const opts = { version: 'proposed', text, now: '2026-11-23T12:00:00Z' }

describe('reading what a response is about', () => {
  it.each([
    ['art. 273f lid 9', 'artikel:273f/lid:9'],
    ['273f, negende lid', 'artikel:273f/lid:9'],
    ['Artikel 273f, eerste lid, onder b', 'artikel:273f/lid:1/onderdeel:b'],
    ['lid 4 van artikel 273f, onderdeel c', 'artikel:273f/lid:4/onderdeel:c'],
    ['art. 273fa 2e lid', 'artikel:273fa/lid:2'],
    ['artikel:273f/lid:3', 'artikel:273f/lid:3'],
    ['art. 273f', 'artikel:273f'],
  ])('%s → %s', (raw, path) => {
    expect(readReference(raw, text)).toEqual({ kind: 'unit', path })
  })

  it('reads onderdelen numbered 1°, 2° … in the current text from "onder 3" or "sub 3°"', () => {
    const cur = current273f()
    expect(readReference('art. 273f, eerste lid, onder 3', cur)).toEqual({ kind: 'unit', path: 'artikel:273f/lid:1/onderdeel:3°' })
    expect(readReference('273f lid 3 sub 2°', cur)).toEqual({ kind: 'unit', path: 'artikel:273f/lid:3/onderdeel:2°' })
  })

  it('says why a reference names no unit, and that an empty one names nothing', () => {
    expect(readReference('art. 273f lid 12', text)).toEqual({ kind: 'unknown', reason: 'no artikel 273f lid 12 in this version' })
    expect(readReference('de memorie van toelichting', text)).toMatchObject({ kind: 'unknown' })
    expect(readReference('  ', text)).toEqual({ kind: 'none' })
  })

  it('reads ja/nee/true/false and refuses anything else', () => {
    expect(['ja', 'Nee', 'TRUE', 'false', true].map(readBoolean)).toEqual([true, false, true, false, true])
    expect(readBoolean('misschien')).toBeNull()
    expect(readBoolean('')).toBeNull()
  })
})

describe('importing consultation responses from CSV', () => {
  // As a Dutch spreadsheet exports it: semicolons, a quoted cell with a line break and a semicolon.
  const csv = [
    'Respondent;Organisatie;Openbaar;Reactie;Betreft',
    'A. Jansen;CKM;ja;"Ook minderjarigen zonder dwangvereiste?\nGraag verduidelijken; zie lid 9.";art. 273f lid 9',
    'B. de Vries;;nee;Algemene instemming met het voorstel.;',
    'C. Bakker;Fier;misschien;Onduidelijk;273f lid 1',
    ';NVvR;ja;Zonder naam ingediend.;273f lid 2',
    'D. Smit;OM;true;Over een lid dat niet bestaat.;art. 273f lid 12',
    'E. Visser;;false;;art. 273f lid 3',
  ].join('\n')

  const result = importConsultationCsv(csv, opts)

  it('imports the good rows as consultation comments on the unit named, whole own text as the passage', () => {
    expect(result.comments).toHaveLength(3)
    const [jansen] = result.comments
    const lid9 = unitText(text, 'artikel:273f/lid:9')
    expect(jansen).toMatchObject({
      author: 'A. Jansen', organisation: 'CKM', publishable: true, kind: 'opmerking', status: 'open', source: 'consultation',
      body: 'Ook minderjarigen zonder dwangvereiste?\nGraag verduidelijken; zie lid 9.', created: '2026-11-23T12:00:00Z',
      target: { version: 'proposed', unitPath: 'artikel:273f/lid:9', position: { start: 0, end: lid9.length }, quote: { exact: lid9, prefix: '', suffix: '' } },
    })
    expect(resolveComment(jansen!, text)).toMatchObject({ state: 'anchored', unitPath: 'artikel:273f/lid:9' })
  })

  it('puts responses that name no unit (or one that does not exist) in the inbox, keeping what they said', () => {
    const [, devries, smit] = result.comments
    expect(devries).toMatchObject({ author: 'B. de Vries', publishable: false })
    expect(isInbox(devries!)).toBe(true)
    expect(devries!.organisation).toBeUndefined()
    expect(isInbox(smit!)).toBe(true)
    expect(smit!.target).toMatchObject({ unitPath: '', about: 'art. 273f lid 12' })
    expect(resolveComment(smit!, text)).toMatchObject({ state: 'orphaned', lastUnitPath: null })
    expect(result.notices).toEqual([{ row: 6, code: 'unknown-unit', detail: 'art. 273f lid 12', reason: 'no artikel 273f lid 12 in this version; placed in the inbox' }])
  })

  it('reports bad rows with their spreadsheet row number and reason', () => {
    expect(result.rejected).toEqual([
      { row: 4, code: 'bad-publishable', detail: 'misschien', reason: 'publishable must be ja, nee, true or false (got "misschien")' },
      { row: 5, code: 'no-respondent', reason: 'no respondent' },
      { row: 7, code: 'no-text', reason: 'no response text' },
    ])
  })

  it('gives stable, distinct ids, also when the same file is imported again next to existing ones', () => {
    const ids = result.comments.map((c) => c.id)
    expect(new Set(ids).size).toBe(3)
    expect(importConsultationCsv(csv, opts).comments.map((c) => c.id)).toEqual(ids)
    const again = importConsultationCsv(csv, { ...opts, existingIds: ids })
    expect(again.comments.map((c) => c.id).some((id) => ids.includes(id))).toBe(false)
  })

  it('refuses a file without a response column, and reports an unterminated quote on its row', () => {
    expect(() => importConsultationCsv('naam;organisatie\nA;B\n', opts)).toThrow(ConsultationError)
    const broken = importConsultationCsv('respondent,publishable,text\nA,ja,Goed\nB,ja,"Nooit gesloten\n', opts)
    expect(broken.comments.map((c) => c.author)).toEqual(['A'])
    expect(broken.rejected).toEqual([{ row: 3, code: 'unreadable', detail: expect.stringMatching(/never closed/), reason: expect.stringMatching(/never closed/) }])
  })
})

describe('importing consultation responses from JSON', () => {
  it('reads a list (or {responses}) with booleans, and reports bad entries by position', () => {
    const json = JSON.stringify({
      responses: [
        { respondent: 'A. Jansen', organisation: 'CKM', publishable: true, text: 'Steun voor lid 9.', about: '273f, negende lid', kind: 'steun' },
        'geen object',
        { respondent: 'B', publishable: 'nee', text: 'Bezwaar', kind: 'klacht' },
        { Respondent: 'C', Publishable: 'ja', Text: 'Zonder plaats' },
      ],
    })
    const r = importConsultationJson(json, opts)
    expect(r.comments.map((c) => [c.author, c.kind, c.target.unitPath])).toEqual([['A. Jansen', 'steun', 'artikel:273f/lid:9'], ['C', 'opmerking', '']])
    expect(r.rejected).toEqual([
      { row: 2, code: 'unreadable', detail: 'not an object', reason: 'not an object' },
      { row: 3, code: 'bad-kind', detail: 'klacht', reason: 'kind must be one of opmerking, bezwaar, steun, voorstel (got "klacht")' },
    ])
    expect(() => importConsultationJson('{"x": 1}', opts)).toThrow(/list of responses/)
    expect(() => importConsultationJson('[', opts)).toThrow(/not valid JSON/)
  })
})
