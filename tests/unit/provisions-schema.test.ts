/**
 * The provision record in the project file: built from a variant and its insertion, validated by
 * the project schema, preserved through a load/save round trip (unknown fields too), and refused
 * with a path when damaged.
 */
import { describe, expect, it } from 'vitest'
import { createProject, parseProject, serializeProject, ProjectLoadError } from '../../shared/project/index.js'
import { getModel, provisionRecord, provisionSchema, variantFromModel, draftDutchText, type ProvisionRecord } from '../../shared/provisions/index.js'

const record: ProvisionRecord = provisionRecord({
  id: 'np-1',
  variant: variantFromModel(getModel('uk-s45')),
  insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:9' },
  rationale: 'Op verzoek van CKM en Fier naar het model van s. 45 MSA.',
  now: '2026-11-23T14:00:00Z',
})
const project = { ...createProject('t', { label: 'a', format: 'md', content: '# Artikel 1\n\n1. A.', source: null }, { label: 'b', format: 'md', content: '# Artikel 1\n\n1. B.', source: null }), provisions: [record] }
const problemOf = (json: string): string => {
  try {
    parseProject(json)
    return 'none'
  } catch (e) {
    return e instanceof ProjectLoadError ? `${e.problem}: ${e.message}` : 'other'
  }
}

describe('the provision record', () => {
  it('holds model, parameters, the template text, placement, rationale and the sources with their reliability', () => {
    expect(record).toMatchObject({ id: 'np-1', model: 'uk-s45', attachedTo: null, insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:9' }, created: '2026-11-23T14:00:00Z' })
    expect(record.text).toBe(draftDutchText(getModel('uk-s45').parameters).text)
    expect(record.sources.map((s) => s.note)).toEqual([
      expect.stringMatching(/— verbatim;/),
      expect.stringMatching(/— unverified$/),
      expect.stringMatching(/^Schedule 4.* — verbatim$/),
    ])
    expect(provisionSchema.parse(record)).toEqual(record)
  })

  it('an own design has no catalogue sources, unless it was adjusted from a model', () => {
    const own = provisionRecord({ id: 'np-2', variant: { id: 'eigen', label: 'Eigen ontwerp', model: 'eigen', parameters: getModel('be-433quinquies').parameters } })
    expect(own).toMatchObject({ model: 'eigen', sources: [], insertedAs: null, rationale: '' })
    expect(own.created).toBeUndefined()
    expect(own.basedOn).toBeUndefined()
    const adjusted = provisionRecord({ id: 'np-3', variant: { id: 'e', label: 'België (aangepast)', model: 'eigen', basedOn: 'be-433quinquies', parameters: getModel('be-433quinquies').parameters } })
    expect(adjusted).toMatchObject({ model: 'eigen', basedOn: 'be-433quinquies', sources: [{ url: 'https://advocaten-leuven.be/bestraffingsbeginsel-slachtoffers-mensenhandel/' }, { note: expect.stringMatching(/unverified/) }] })
    expect(provisionSchema.parse(adjusted)).toEqual(adjusted)
  })

  it('survives a project load/save round trip, unknown fields included', () => {
    const withExtras = { ...project, provisions: [{ ...record, reviewer: 'OM', parameters: { ...record.parameters, futureKnob: 3, link: { ...record.parameters.link, extra: true } } }] }
    const again = JSON.parse(serializeProject(parseProject(JSON.stringify(withExtras))))
    expect(again).toEqual(JSON.parse(JSON.stringify(withExtras)))
  })

  it.each([
    ['an unknown model', { ...record, model: 'fr-art' }, 'provisions.0.model'],
    ['a bad stage', { ...record, parameters: { ...record.parameters, stage: 'later' } }, 'provisions.0.parameters.stage'],
    ['an offence scope of an unknown kind', { ...record, parameters: { ...record.parameters, offences: { kind: 'some' } } }, 'provisions.0.parameters.offences'],
    ['no text', { ...record, text: undefined }, 'provisions.0.text'],
    ['a placement without a path', { ...record, insertedAs: { version: 'proposed' } }, 'provisions.0.insertedAs.unitPath'],
  ])('refuses %s, naming where', (_name, bad, where) => {
    const msg = problemOf(JSON.stringify({ ...project, provisions: [bad] }))
    expect(msg.startsWith('invalid')).toBe(true)
    expect(msg).toContain(where)
  })
})
