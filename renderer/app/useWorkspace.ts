/**
 * The open project and everything derived from it: the two texts, the live proposed text from
 * the editor, unsaved state, saving, and the autosave to the host's recovery slot. The
 * comparison itself is derived in the App from `oldText` and `newText`.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Node as PMNode } from 'prosemirror-model'
import type { HostApi, LoadedText, ProjectEntry, RecoveryEntry } from '../../shared/host-api.js'
import type { LegalText, ParseWarning, TextFormat } from '../../shared/model/types.js'
import { createProject, withVersionContent } from '../../shared/project/create.js'
import type { ProjectFile, ProjectVersion } from '../../shared/project/schema.js'
import type { ProjectComment, ProjectProvision } from '../../shared/project/schema.js'
import { writeMarkdown } from '../../shared/parse/index.js'
import { legalTextToDoc } from '../editor/to-doc.js'
import { createDocConverter } from '../editor/from-doc.js'
import { parseVersion } from './texts.js'
import { carryComments, type AnchorMemory } from '../comments/carry-comments.js'
import { carryThroughReplacement } from '../../shared/comments/replaced.js'
import { withWorkbench, type WorkbenchState } from '../../shared/provisions/workbench-state.js'

/** How long typing must pause before the recovery copy is written. */
export const AUTOSAVE_DELAY_MS = 1500

export type Side = 'current' | 'proposed'

export interface Workspace {
  readonly project: ProjectFile
  readonly handle: string | null
  readonly fileName: string | null
  readonly oldText: LegalText
  /** The document the editor starts from; replaced only when another proposal is loaded. */
  readonly proposedDoc: PMNode
  readonly newText: LegalText
  readonly warnings: readonly ParseWarning[]
}

export interface TextInput {
  readonly name: string
  readonly content: string
  readonly format?: TextFormat
  readonly sha256: string | null
}

const fromLoaded = (l: LoadedText): TextInput => ({ name: l.name, content: l.content, format: l.format, sha256: l.sha256 })

function versionOf(project: ProjectFile, id: string): ProjectVersion {
  const v = project.versions.find((x) => x.id === id)
  if (!v) throw new Error(`no version "${id}"`)
  return v
}

type Parsed = ReturnType<typeof parseVersion>

/**
 * Builds the derived state of a project; throws ParseError for an unreadable version. `parsed`
 * hands in versions the caller has just parsed from the same content, name and format (parsing
 * the Markdown samples is the largest cost of the first paint; it need not be done twice).
 */
function workspaceOf(project: ProjectFile, handle: string | null, fileName: string | null, parsed?: { old?: Parsed; new?: Parsed }): Workspace {
  const oldV = versionOf(project, project.compare.old)
  const newV = versionOf(project, project.compare.new)
  const oldP = parsed?.old ?? parseVersion(oldV.content, oldV.source?.name ?? oldV.label, oldV.format)
  const newP = parsed?.new ?? parseVersion(newV.content, newV.source?.name ?? newV.label, newV.format)
  const oldText = { ...oldP.text, label: oldV.label || oldP.text.label }
  const newText = { ...newP.text, label: newV.label || newP.text.label }
  return { project, handle, fileName, oldText, proposedDoc: legalTextToDoc(newText), newText, warnings: [...oldP.warnings, ...newP.warnings] }
}

export function useWorkspace(host: HostApi, { recoveryPending = false }: { recoveryPending?: boolean } = {}) {
  // While an earlier session's recovery copy is still on offer, this session neither overwrites
  // the single slot with its own autosave nor clears it after a save: typing before choosing
  // "Herstellen" used to replace the copy that was offered. Autosave resumes once it is settled.
  const offerOpen = useRef(recoveryPending)
  offerOpen.current = recoveryPending
  const [workspace, setWorkspace] = useState<Workspace | null>(null)
  const [dirty, setDirty] = useState(false)
  /** True once the proposal was typed in: then it is saved as Markdown written from the tree. */
  const edited = useRef(false)
  const converter = useRef(createDocConverter())
  /** Earlier anchors of the comments in this editing session, for undo (carry-comments.ts). */
  const anchors = useRef<AnchorMemory>(new Map())
  const latest = useRef<Workspace | null>(null)
  latest.current = workspace

  const adopt = useCallback((next: Workspace, isDirty: boolean) => {
    converter.current = createDocConverter()
    anchors.current = new Map()
    edited.current = false
    setWorkspace(next)
    setDirty(isDirty)
  }, [])

  /** The project as it would be saved now, including the edited proposal. */
  const snapshot = useCallback((): ProjectFile | null => {
    const ws = latest.current
    if (!ws) return null
    if (!edited.current) return ws.project
    return withVersionContent(ws.project, ws.project.compare.new, writeMarkdown(ws.newText), 'md')
  }, [])

  const openTexts = useCallback((title: string, current: TextInput, proposed: TextInput) => {
    const a = parseVersion(current.content, current.name, current.format)
    const b = parseVersion(proposed.content, proposed.name, proposed.format)
    const project = createProject(
      title,
      { label: a.text.label || current.name, format: a.format, content: current.content, source: current.sha256 === null ? null : { name: current.name, sha256: current.sha256 } },
      { label: b.text.label || proposed.name, format: b.format, content: proposed.content, source: proposed.sha256 === null ? null : { name: proposed.name, sha256: proposed.sha256 } },
    )
    // workspaceOf would parse each version again from its source name (else its label) and the
    // detected format; the texts just parsed are the same when that name is the one used here.
    const reuse = (p: Parsed, input: TextInput, label: string) => ((input.sha256 === null ? label : input.name) === input.name ? p : undefined)
    const [oldV, newV] = project.versions
    adopt(workspaceOf(project, null, null, { old: reuse(a, current, oldV!.label), new: reuse(b, proposed, newV!.label) }), false)
  }, [adopt])

  /** Replaces one side with another text; throws ParseError (the workspace stays as it was). */
  const replaceVersion = useCallback((side: Side, input: TextInput) => {
    const base = snapshot()
    const ws = latest.current
    if (!base || !ws) return
    const parsed = parseVersion(input.content, input.name, input.format)
    const id = side === 'current' ? base.compare.old : base.compare.new
    // The comments on the version replaced follow their words into the new text (renumbered leden too).
    const before = side === 'current' ? ws.oldText : ws.newText
    const project: ProjectFile = {
      ...base,
      comments: carryThroughReplacement(base.comments, id, before, parsed.text),
      versions: base.versions.map((v) => v.id === id
        ? { ...v, label: parsed.text.label || input.name, format: parsed.format, content: input.content, source: input.sha256 === null ? null : { name: input.name, sha256: input.sha256 } }
        : v),
    }
    // As in openTexts: the side just parsed need not be parsed again.
    const reused = (input.sha256 === null ? parsed.text.label || input.name : input.name) === input.name ? parsed : undefined
    adopt(workspaceOf(project, ws.handle, ws.fileName, side === 'current' ? { old: reused } : { new: reused }), true)
  }, [adopt, snapshot])

  /**
   * Takes a non-punishment provision into the proposal: the proposal becomes the text with the
   * clause inserted (so the comparison shows it like any other change) and its record joins
   * `provisions[]`, keeping the link to its model and parameters.
   */
  const addProvision = useCallback((markdown: string | null, record: ProjectProvision) => {
    const base = snapshot()
    const ws = latest.current
    if (!base || !ws) return
    // null: only attached to a unit, the text stays as it is.
    const withText = markdown === null ? base : withVersionContent(base, base.compare.new, markdown, 'md')
    const project = { ...withText, provisions: [...base.provisions, record] }
    adopt(workspaceOf(project, ws.handle, ws.fileName), true)
  }, [adopt, snapshot])

  /**
   * A provision record joins the project, its text already put in the editor (as an undoable
   * step, which reaches the proposal through onDocChange): the project changes, not the editor.
   */
  const addProvisionRecord = useCallback((record: ProjectProvision) => {
    const ws = latest.current
    if (!ws) return
    const next = { ...ws, project: { ...ws.project, provisions: [...ws.project.provisions, record] } }
    latest.current = next
    setWorkspace(next)
    setDirty(true)
  }, [])

  /** The workbench's variants and motivation, kept in the project's settings (see shared/provisions/workbench-state). */
  const setWorkbench = useCallback((state: WorkbenchState) => {
    const ws = latest.current
    if (!ws) return
    const next = { ...ws, project: { ...ws.project, settings: withWorkbench(ws.project.settings, state) } }
    latest.current = next
    setWorkspace(next)
    setDirty(true)
  }, [])

  /**
   * Changes `project.comments` only. Unlike addProvision this does not go through adopt(): the
   * text is untouched, so the editor keeps its document, caret and undo history (a new
   * `proposedDoc` would restart it), and typing not yet saved stays marked as edited.
   */
  const changeComments = useCallback((change: (comments: readonly ProjectComment[]) => ProjectComment[]) => {
    const ws = latest.current
    if (!ws) return
    const next = { ...ws, project: { ...ws.project, comments: change(ws.project.comments) } }
    latest.current = next
    setWorkspace(next)
    setDirty(true)
  }, [])

  /** A comment typed in the comments panel joins the project. */
  const addComment = useCallback((comment: ProjectComment) => {
    changeComments((comments) => [...comments, comment])
  }, [changeComments])

  /** Several comments at once (a consultation import), in one change. */
  const addComments = useCallback((added: readonly ProjectComment[]) => {
    if (added.length) changeComments((comments) => [...comments, ...added])
  }, [changeComments])

  /** A comment whose status, reaction or thread changed replaces the one with its id. */
  const updateComment = useCallback((comment: ProjectComment) => {
    changeComments((comments) => comments.map((c) => (c.id === comment.id ? comment : c)))
  }, [changeComments])

  const adoptProject = useCallback((project: ProjectFile, entry: ProjectEntry | null, isDirty: boolean) => {
    adopt(workspaceOf(project, entry?.handle ?? null, entry?.name ?? null), isDirty)
  }, [adopt])

  const restore = useCallback((entry: RecoveryEntry) => {
    // In Electron the handle is a full path; show only the file's name.
    const name = entry.handle ? entry.handle.split(/[\\/]/).pop() ?? entry.handle : null
    adopt(workspaceOf(entry.project, entry.handle, name), true)
  }, [adopt])

  /**
   * Every transaction of the editor: the live proposal, and the proposal's comments carried
   * through the edit (shared/comments mapComments, ./carry-comments) so their stored anchors stay
   * on their words, a deleted passage marks its comment orphaned, and undo brings it back. Only
   * `project.comments` changes; the editor keeps its document and history. `latest` is set at
   * once: two transactions before React renders (fast typing) must each see the other's result.
   */
  const onDocChange = useCallback((doc: PMNode) => {
    const ws = latest.current
    if (!ws) return
    edited.current = true
    const newText = converter.current.toLegalText(doc, ws.newText.label, ws.newText.source)
    const comments = carryComments(ws.project.comments, ws.project.compare.new, ws.newText, newText, anchors.current)
    const next = comments === ws.project.comments ? { ...ws, newText } : { ...ws, newText, project: { ...ws.project, comments } }
    latest.current = next
    setWorkspace(next)
    setDirty(true)
  }, [])

  /** Saves to `handle` (null: ask where). Resolves the entry, or null when cancelled. */
  const save = useCallback(async (handle: string | null): Promise<ProjectEntry | null> => {
    const project = snapshot()
    const ws = latest.current
    if (!project || !ws) return null
    const entry = await host.saveProject(project, handle)
    if (!entry) return null
    const now = latest.current
    // Keep typing that happened during the save as unsaved.
    const unchangedSince = now?.newText === ws.newText
    setWorkspace(now ? { ...now, project, handle: entry.handle, fileName: entry.name } : now)
    if (unchangedSince) {
      edited.current = false
      setDirty(false)
      if (!offerOpen.current) await host.discardRecovery().catch(() => {})
    }
    return entry
  }, [host, snapshot])

  const discardChanges = useCallback(() => {
    setDirty(false)
    if (!offerOpen.current) host.discardRecovery().catch(() => {})
  }, [host])

  // The host hears of unsaved work when that changes, not on every keystroke (over HTTP each
  // call was a request per key).
  useEffect(() => {
    host.setEdited(dirty).catch(() => {})
  }, [dirty, host])

  useEffect(() => {
    if (!dirty || recoveryPending) return
    const timer = setTimeout(() => {
      const project = snapshot()
      if (project) host.writeRecovery(project, latest.current?.handle ?? null).catch(() => {})
    }, AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [dirty, workspace, host, snapshot, recoveryPending])

  return { workspace, dirty, openTexts, replaceVersion, addProvision, addProvisionRecord, setWorkbench, addComment, addComments, updateComment, adoptProject, restore, onDocChange, save, discardChanges, fromLoaded, snapshot }
}
