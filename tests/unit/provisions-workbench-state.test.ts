// @vitest-environment happy-dom
/**
 * The workbench's designs survive saving and reopening: its variants and motivation are kept in
 * the project's settings, and a project with only provision records opens on those records.
 * Written without JSX because the unit tier only collects *.test.ts files.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { getModel, provisionRecord, variantFromModel, withWorkbench, workbenchFromProject, type WorkbenchState } from '../../shared/provisions/index.js'
import { createProject, parseProject } from '../../shared/project/index.js'
import { ProvisionWorkbench } from '../../renderer/provisions/ProvisionWorkbench.js'

const proposed = parseText(readFileSync(path.resolve(import.meta.dirname, '../../samples/273f-proposed.md'), 'utf8'), { name: '273f-proposed.md', format: 'md' }).text
const belgian = { ...variantFromModel(getModel('be-433quinquies')), text: 'Eigen tekst van de wetgevingsjurist.' }
const SAVED: WorkbenchState = { variants: [variantFromModel(getModel('uk-s45')), belgian], rationale: 'Naar Belgisch voorbeeld.' }

afterEach(cleanup)

describe('the workbench state in the project', () => {
  it('is read back from the settings, else from the provision records, else there is none', () => {
    expect(workbenchFromProject(withWorkbench({ other: 1 }, SAVED), [])).toEqual(SAVED)
    const record = provisionRecord({ id: 'np-1', variant: belgian, insertedAs: { version: 'proposed', unitPath: 'artikel:273f/lid:10' }, rationale: 'Motivering.' })
    const fromRecords = workbenchFromProject({}, [record])!
    expect(fromRecords.variants).toEqual([{ id: 'np-1', label: belgian.label, model: 'be-433quinquies', parameters: belgian.parameters, text: belgian.text }])
    expect(fromRecords.rationale).toBe('Motivering.')
    expect(workbenchFromProject({}, [])).toBeNull()
    // A damaged saved state is passed over, never an error.
    expect(workbenchFromProject({ workbench: { variants: [{ id: 'x' }], rationale: 3 } }, [record])).toEqual(fromRecords)
  })

  it('survives writing and reading the project file', () => {
    const version = { label: 'Art. 1', format: 'text' as const, content: 'Artikel 1\n\nTekst.\n', source: null }
    const project = createProject('Test', version, version)
    const saved = { ...project, settings: withWorkbench(project.settings, SAVED) }
    const read = parseProject(JSON.stringify(saved))
    expect(workbenchFromProject(read.settings, read.provisions)).toEqual(SAVED)
  })

  it('the workbench opens on the saved variants and motivation, and reports changes, not the opening', () => {
    const onStateChange = vi.fn<(s: WorkbenchState) => void>()
    render(createElement(ProvisionWorkbench, { proposed, onInsert: vi.fn(), initial: () => SAVED, onStateChange }))
    expect(screen.getByRole('button', { name: 'België art. 433quinquies § 5' }).textContent).toBeTruthy()
    expect((screen.getByLabelText('Motivering') as HTMLTextAreaElement).value).toBe('Naar Belgisch voorbeeld.')
    expect(onStateChange).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'België art. 433quinquies § 5' }))
    expect((screen.getByLabelText('Ontwerptekst') as HTMLTextAreaElement).value).toBe(belgian.text)
    fireEvent.change(screen.getByLabelText('Motivering'), { target: { value: 'Anders.' } })
    expect(onStateChange).toHaveBeenLastCalledWith({ variants: SAVED.variants, rationale: 'Anders.' })
  })
})
