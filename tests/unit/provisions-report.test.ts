// Provisions, their parameters and the variant comparison appear in the comparison reports.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { getModel, provisionRecord, provisionsForReport, provisionToelichting, variantFromModel } from '../../shared/provisions/index.js'
import { createProject } from '../../shared/project/index.js'
import { renvooi, sample, scratch } from '../helpers/cli.js'

const uk = provisionRecord({ id: 'np-uk', variant: variantFromModel(getModel('uk-s45')), insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:9' }, rationale: 'Gevraagd door CKM en Fier.' })
const be = provisionRecord({ id: 'np-be', variant: variantFromModel(getModel('be-433quinquies')), attachedTo: { version: 'proposed', unitPath: 'artikel:273f' } })

describe('provisions in reports', () => {
  it('gives each provision its model, place, text, rationale and parameters, and compares the variants', () => {
    const sections = provisionsForReport([uk, be])
    expect(sections).toHaveLength(3)
    // Places as a drafter cites them, not as paths.
    expect(sections[0]!.title).toBe(`${getModel('uk-s45').name.nl}, ingevoegd als art. 273f, lid 9`)
    expect(sections[0]!.text).toBe(uk.text)
    expect(sections[0]!.rationale).toMatch(/^Gevraagd door CKM en Fier\.\n/)
    expect(sections[1]!.title).toBe(`${getModel('be-433quinquies').name.nl}, bij art. 273f`)
    // The two models differ at least in who must show what and in the link to the trafficking.
    expect(sections[2]!.title).toMatch(/^Vergelijking van de varianten/)
    expect(sections[2]!.text.split('\n').length).toBeGreaterThan(1)
    expect(provisionsForReport([uk])).toHaveLength(1)
  })

  it('gives the units they went into their model and motivation, for the drieluik\'s third column', () => {
    expect(provisionToelichting([uk, be], 'proposed')).toEqual({
      'artikel:273f/lid:9': `Non-punishmentbepaling naar ${getModel('uk-s45').name.nl}.\nGevraagd door CKM en Fier.`,
      'artikel:273f': `Non-punishmentbepaling naar ${getModel('be-433quinquies').name.nl}.`,
    })
    expect(provisionToelichting([uk], 'another-version')).toEqual({})
  })

  it('puts them in the HTML report of a project, unless --no-provisions', () => {
    const project = createProject('Test',
      { label: 'Huidig', format: 'md', content: readFileSync(sample('273f-current.md'), 'utf8'), source: null },
      { label: 'Voorstel', format: 'md', content: readFileSync(sample('273f-proposed.md'), 'utf8'), source: null })
    const dir = scratch()
    const file = path.join(dir, 'p.renvooi')
    writeFileSync(file, JSON.stringify({ ...project, provisions: [uk, be] }))
    const r = renvooi(['report', file, '--format', 'html'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Vergelijking van de varianten')
    expect(r.stdout).toContain('Gevraagd door CKM en Fier.')
    const without = renvooi(['report', file, '--format', 'html', '--no-provisions'])
    expect(without.stdout).not.toContain('Vergelijking van de varianten')
  })

  it('puts them in the DOCX report too', async () => {
    const project = createProject('Test',
      { label: 'Huidig', format: 'md', content: readFileSync(sample('273f-current.md'), 'utf8'), source: null },
      { label: 'Voorstel', format: 'md', content: readFileSync(sample('273f-proposed.md'), 'utf8'), source: null })
    const dir = scratch()
    writeFileSync(path.join(dir, 'p.renvooi'), JSON.stringify({ ...project, provisions: [uk, be] }))
    expect(renvooi(['report', path.join(dir, 'p.renvooi'), '--format', 'docx', '-o', path.join(dir, 'r.docx')]).status).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'r.docx')))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('Vergelijking van de varianten')
    expect(xml).toContain('Gevraagd door CKM en Fier.')
  })
})
