/**
 * The comments panel on the art. 273f sample, as the component tests of comments use it: the two
 * texts, a project of them, a comment on a passage, and the panel with the project held in state
 * as the workspace holds it (each change reported to `onProject`).
 */
import fs from 'node:fs'
import path from 'node:path'
import { useState } from 'react'
import { expect } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { createProject } from '../../shared/project/index.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { makeTarget, type Comment } from '../../shared/comments/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import type { LegalText } from '../../shared/model/types.js'
import { I18nProvider, type Language } from '../../renderer/i18n/index.js'
import { CommentsPanel } from '../../renderer/comments/CommentsPanel.js'
import type { PassageDraft } from '../../renderer/comments/new-comment.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
export const source = (name: string) => fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8')
export const oldText = parseText(source('273f-current.md'), { name: '273f-current.md' }).text
export const newText = parseText(source('273f-proposed.md'), { name: '273f-proposed.md' }).text
export const NOW = '2026-11-23T10:00:00.000Z'
export const LID3 = 'artikel:273f/lid:3'

export const base = createProject(
  'test',
  { label: 'geldend', format: 'md', content: source('273f-current.md'), source: null },
  { label: 'voorstel', format: 'md', content: source('273f-proposed.md'), source: null },
)

/** A comment on `passage` in the unit at `unitPath` of `text` (the version `version`). */
export function commentOn(id: string, version: string, text: LegalText, unitPath: string, passage: string, extra: Partial<Comment> = {}): Comment {
  const unit = unitsByPath(text.units).get(unitPath)!
  const start = unit.text.indexOf(passage)
  expect(start).toBeGreaterThanOrEqual(0)
  return {
    id, target: makeTarget(version, unit, start, start + passage.length),
    body: `opmerking ${id}`, author: 'A. Jurist', kind: 'opmerking', status: 'open', created: NOW, ...extra,
  }
}

interface HarnessProps {
  readonly initial: ProjectFile
  readonly language?: Language
  readonly draft?: PassageDraft | null
  readonly onProject?: (project: ProjectFile) => void
}

export function PanelHarness({ initial, language = 'nl', draft = null, onProject }: HarnessProps) {
  const [project, setProject] = useState(initial)
  onProject?.(project)
  return (
    <I18nProvider initial={language}>
      <CommentsPanel
        project={project}
        oldText={oldText}
        newText={newText}
        now={() => NOW}
        draft={draft}
        onAdd={(c) => setProject((p) => ({ ...p, comments: [...p.comments, c] }))}
        onAddMany={(cs) => setProject((p) => ({ ...p, comments: [...p.comments, ...cs] }))}
        onUpdate={(c) => setProject((p) => ({ ...p, comments: p.comments.map((x) => (x.id === c.id ? c : x)) }))}
      />
    </I18nProvider>
  )
}
