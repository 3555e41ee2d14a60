// The editor's root keeps its contenteditable attribute (what makes it editable) while its
// contentEditable property reads "inherit", so React does not walk the whole document to record
// the selection before every commit (ProposedEditor.tsx, hideFromReactSelectionRestore).
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { parseText } from '../../shared/parse/index.js'
import { legalTextToDoc } from '../../renderer/editor/to-doc.js'
import { ProposedEditor } from '../../renderer/editor/ProposedEditor.js'

afterEach(cleanup)

const ROOT = path.resolve(import.meta.dirname, '../..')
const text = parseText(fs.readFileSync(path.join(ROOT, 'samples', '273f-proposed.md'), 'utf8'), { name: '273f-proposed.md' }).text

describe('the editor and React\'s commits', () => {
  it('stays editable while React sees no selection to restore', () => {
    const { container } = render(<ProposedEditor doc={legalTextToDoc(text)} onDocChange={() => {}} label="Voorstel" />)
    const dom = container.querySelector('.pm-editor') as HTMLElement
    expect(dom.getAttribute('contenteditable')).toBe('true')
    expect(dom.contentEditable).toBe('inherit')
    // Only the editor's root is concerned.
    expect(container.querySelector('.editor-mount')!.getAttribute('contenteditable')).toBeNull()
  })
})
