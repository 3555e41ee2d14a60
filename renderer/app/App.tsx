/**
 * The window: toolbar, messages, the editor for the proposal and the three views of one
 * comparison (side by side, inline renvooi, structure outline), with next/previous change.
 */
import type React from 'react'
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { HostApi, HostInfo, MenuCommand, RecoveryEntry } from '../../shared/host-api.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { useI18n } from '../i18n/index.js'
import type { Change } from '../../shared/compare/types.js'
import { buildRows, pathLabel, type Row } from '../model/rows.js'
import { ProposedEditor, type EditorHandle } from '../editor/ProposedEditor.js'
import type { CursorUnit } from '../editor/commands.js'
import { NumberField } from './NumberField.js'
import { findDuplicate } from '../../shared/parse/numbering.js'
import type { LegalText } from '../../shared/model/types.js'
import { SideBySide } from '../views/SideBySide.js'
import { InlineView } from '../views/InlineView.js'
import { OutlineView } from '../views/OutlineView.js'
import { scrollToRow } from '../views/windowed-rows.js'
import { CompareProgress } from '../views/CompareProgress.js'
// Loaded when first opened: the workbench brings the whole model catalogue, the dialog the
// report options; neither is needed for the first diff, which should not wait for them.
const ProvisionWorkbench = lazy(() => import('../provisions/ProvisionWorkbench.js').then((m) => ({ default: m.ProvisionWorkbench })))
const ReportDialog = lazy(() => import('../report/ReportDialog.js').then((m) => ({ default: m.ReportDialog })))
import { CommentsPanel } from '../comments/CommentsPanel.js'
import { useComments } from '../comments/useComments.js'
import { CommentPlacesContext } from '../comments/places-store.js'
import { describeError } from './describe-error.js'
import { OpenTextDialog } from './OpenTextDialog.js'
import { OpenProjectDialog, SaveAsDialog, UnsavedDialog } from './ProjectDialogs.js'
import { useWorkspace, type Side, type TextInput } from './useWorkspace.js'
import { Toolbar } from './Toolbar.js'
import { ChangeNavigator, nextChange } from './ChangeNavigator.js'
import { readTextInput } from './read-file.js'
import { useLiveComparison } from './useLiveComparison.js'
import { DEFAULT_SAMPLES, startupCalls, type StartupCalls } from './startup.js'
import { LoadBoundary } from './LoadBoundary.js'
import { legalTextToDoc } from '../editor/to-doc.js'
import { workbenchFromProject } from '../../shared/provisions/workbench-state.js'

export type ViewName = 'side-by-side' | 'inline' | 'outline' | 'provisions' | 'comments'
const VIEWS = ['side-by-side', 'inline', 'outline', 'provisions', 'comments'] as const
const VIEW_LABEL = { 'side-by-side': 'view.sideBySide', inline: 'view.inline', outline: 'view.outline', provisions: 'view.provisions', comments: 'view.comments' } as const


type Modal =
  | { kind: 'open-text'; side: Side }
  | { kind: 'open-project' }
  | { kind: 'save-as'; then?: () => void }
  | { kind: 'unsaved'; then: () => void }
  | { kind: 'report'; project: ProjectFile }

export function App({ host, startup }: { host: HostApi; startup?: StartupCalls }) {
  const startupUsed = useRef(false)
  const { t, language, setLanguage } = useI18n()
  /** A recovery copy from an earlier session, offered until the drafter restores or discards it. */
  const [recovery, setRecovery] = useState<RecoveryEntry | null>(null)
  const ws = useWorkspace(host, { recoveryPending: recovery !== null })
  const { workspace, dirty } = ws
  const [info, setInfo] = useState<HostInfo | null>(null)
  const [view, setView] = useState<ViewName>('side-by-side')
  const [current, setCurrent] = useState(-1)
  const [modal, setModal] = useState<Modal | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [showEditor, setShowEditor] = useState(true)
  const editor = useRef<EditorHandle>(null)
  const [cursor, setCursor] = useState<CursorUnit | null>(null)

  const fail = useCallback((e: unknown, file?: string) => {
    setStatus(null)
    setError(describeError(e, t, file))
  }, [t])

  // Start: what host is this, is there work to recover, and open the art. 273f sample. The calls
  // go out together, usually before the App even renders (startup.ts); a new host makes them anew.
  useEffect(() => {
    let cancelled = false
    const calls = startup && !startupUsed.current ? startup : startupCalls(host)
    startupUsed.current = true
    void (async () => {
      try {
        setInfo(await calls.info)
        const rec = await calls.recovery
        if (!cancelled && rec) setRecovery(rec)
        const samples = await calls.samples
        const has = (id: string) => samples.some((s) => s.id === id)
        if (!cancelled && has(DEFAULT_SAMPLES.current) && has(DEFAULT_SAMPLES.proposed)) {
          const [a, b] = await calls.reads
          if (!cancelled) ws.openTexts(t('project.defaultTitle'), ws.fromLoaded(a), ws.fromLoaded(b))
        }
      } catch (e) {
        if (!cancelled) fail(e)
      }
    })()
    return () => {
      cancelled = true
    }
    // Runs once per host; the language of the default title is the one at start.
  }, [host])

  const { live, stale: comparing, progress: compareProgress, retry: compareRetry } = useLiveComparison(workspace?.oldText, workspace?.newText)
  const comparison = live?.comparison ?? null
  // Two units with one number (typed, pasted or inserted so): said at once, for nothing
  // downstream can tell them apart. One walk over the units per edit, cheap beside the comparison.
  const duplicate = useMemo(() => (workspace ? findDuplicate(workspace.newText.units) : null), [workspace?.newText])
  const rowCache = useMemo(() => new WeakMap<Change, Row>(), [live?.oldText])
  const rows = useMemo<Row[]>(() => (live ? buildRows(live.comparison, live.oldText, live.newText, rowCache) : []), [live, rowCache])
  const comments = useComments({
    project: workspace?.project ?? null,
    oldText: workspace?.oldText ?? null,
    newText: workspace?.newText ?? null,
    editor,
    openPanel: () => setView('comments'),
  })
  /** Ctrl+Alt+M and the editor's button: a comment on the passage selected (editor or current column). */
  const { commentOnSelection: openCommentForm } = comments
  const commentOnSelection = useCallback(() => {
    const done = openCommentForm()
    // Said where it is heard, and so that a form still open on an earlier passage is not mistaken for this one.
    if (done !== 'ok') setStatus(t(done === 'across' ? 'comments.selectionAcross' : 'comments.noSelection'))
  }, [openCommentForm, t])

  const guard = useCallback((action: () => void) => {
    if (dirty) setModal({ kind: 'unsaved', then: action })
    else action()
  }, [dirty])

  const saveTo = useCallback(async (handle: string | null, then?: () => void) => {
    try {
      const entry = await ws.save(handle)
      if (entry) {
        setError(null)
        setStatus(t('project.saved', { name: entry.name }))
        then?.()
      }
    } catch (e) {
      fail(e)
    }
  }, [ws, t, fail])

  const save = useCallback((then?: () => void) => {
    if (workspace?.handle) void saveTo(workspace.handle, then)
    else if (info?.nativeDialogs) void saveTo(null, then)
    else setModal({ kind: 'save-as', ...(then ? { then } : {}) })
  }, [workspace?.handle, info, saveTo])

  const saveAs = useCallback(() => {
    if (info?.nativeDialogs) void saveTo(null)
    else setModal({ kind: 'save-as' })
  }, [info, saveTo])

  const openProject = useCallback(async (handle: string | null) => {
    setModal(null)
    try {
      const opened = await host.openProject(handle)
      if (!opened) return
      ws.adoptProject(opened.project, opened, false)
      setError(null)
      setStatus(null)
      setCurrent(-1)
    } catch (e) {
      fail(e, handle ?? undefined)
    }
  }, [host, ws, fail])

  const askOpenProject = useCallback(() => guard(() => {
    if (info?.nativeDialogs) void openProject(null)
    else setModal({ kind: 'open-project' })
  }), [guard, info, openProject])

  const loadText = useCallback((side: Side, input: TextInput) => {
    try {
      if (workspace) ws.replaceVersion(side, input)
      else if (side === 'proposed') throw new Error(t('empty'))
      setModal(null)
      setError(null)
      setCurrent(-1)
    } catch (e) {
      setModal(null)
      fail(e, input.name)
    }
  }, [workspace, ws, fail, t])

  /**
   * Makes row `index` the current one and brings it into view (after the view has rendered);
   * scrollToRow renders it first when a long, windowed view does not have it in the DOM.
   */
  const showRow = useCallback((index: number) => {
    setCurrent(index)
    requestAnimationFrame(() => scrollToRow(index))
  }, [])

  const goTo = useCallback((direction: 1 | -1) => {
    const target = nextChange(rows, current, direction)
    if (target >= 0) showRow(target)
  }, [rows, current, showRow])

  // The comparison follows the editor: when the caret moves into another unit, its row comes into
  // view (without taking the focus from the editor, and only as far as needed).
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  useEffect(() => {
    if (!cursor || (view !== 'side-by-side' && view !== 'inline')) return
    const index = rowsRef.current.findIndex((r) => r.new.some((u) => u.path === cursor.path))
    if (index >= 0) requestAnimationFrame(() => scrollToRow(index, { focus: false, block: 'nearest' }))
  }, [cursor, view])

  /**
   * The outline takes the drafter to a unit: it becomes the current row and, in the editor, the
   * caret goes to its text, scrolled into view; the focus stays in the outline for the next one.
   */
  const selectInOutline = useCallback((index: number) => {
    setCurrent(index)
    const row = rows[index]
    const path = row?.new[0]?.path
    if (path && showEditor) editor.current?.revealUnit(path)
    // A removed unit has no place in the proposal: say so, and clear that again on the next item.
    setStatus(row && !path && row.old[0] ? t('outline.removedUnit', { unit: pathLabel(row.old[0].path) }) : null)
  }, [rows, showEditor, t])

  /**
   * A unit that is about to appear (an inserted non-punishment clause): once the comparison has
   * it, its row becomes current and comes into view, and the editor goes to it too.
   */
  const [revealPending, setRevealPending] = useState<string | null>(null)
  useEffect(() => {
    if (!revealPending) return
    const index = rows.findIndex((r) => r.new.some((u) => u.path === revealPending))
    if (index < 0) return
    setRevealPending(null)
    showRow(index)
    if (showEditor) editor.current?.revealUnit(revealPending)
  }, [revealPending, rows, showRow, showEditor])

  /** The workbench, once opened, stays mounted; while hidden it is not re-rendered for every keystroke. */
  const [provisionsOpened, setProvisionsOpened] = useState(false)
  if (view === 'provisions' && !provisionsOpened) setProvisionsOpened(true)
  const workbenchText = useRef<LegalText | null>(null)
  if (view === 'provisions' && workspace) workbenchText.current = workspace.newText

  /** From a comment to its unit: the side-by-side row that has the unit on the proposal's side. */
  const showUnit = useCallback((unitPath: string, side: 'old' | 'new' = 'new') => {
    setView('side-by-side')
    const index = rows.findIndex((r) => (side === 'new' ? r.new : r.old).some((u) => u.path === unitPath))
    if (index >= 0) showRow(index)
  }, [rows, showRow])

  /** The report dialog, on the project as it would be saved now (the edited proposal included). */
  const takeSnapshot = ws.snapshot
  const openReport = useCallback(() => {
    const project = takeSnapshot()
    if (project) setModal({ kind: 'report', project })
  }, [takeSnapshot])

  const runMenu = useCallback((command: MenuCommand, handle?: string) => {
    switch (command) {
      case 'open-project': askOpenProject(); break
      case 'open-recent': if (handle) guard(() => void openProject(handle)); break
      case 'save': save(); break
      case 'save-as': saveAs(); break
      case 'open-current': setModal({ kind: 'open-text', side: 'current' }); break
      case 'open-proposed': guard(() => setModal({ kind: 'open-text', side: 'proposed' })); break
      case 'undo': editor.current?.undo(); break
      case 'redo': editor.current?.redo(); break
      case 'view-side-by-side': setView('side-by-side'); break
      case 'view-inline': setView('inline'); break
      case 'view-outline': setView('outline'); break
      case 'next-change': goTo(1); break
      case 'previous-change': goTo(-1); break
      case 'language-nl': setLanguage('nl'); break
      case 'language-en': setLanguage('en'); break
      case 'new': setModal({ kind: 'open-text', side: 'current' }); break
      case 'export-report': openReport(); break
      case 'about': setStatus(`Renvooi ${info?.version ?? ''}`); break
    }
  }, [askOpenProject, guard, openProject, save, saveAs, goTo, setLanguage, info, openReport])

  useEffect(() => host.onMenuCommand(runMenu), [host, runMenu])

  // Keyboard: next/previous change anywhere (Alt+↓/↑, F8/Shift+F8), Ctrl+S to save.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.altKey && e.key === 'ArrowDown') || (e.key === 'F8' && !e.shiftKey)) {
        e.preventDefault()
        goTo(1)
      } else if ((e.altKey && e.key === 'ArrowUp') || (e.key === 'F8' && e.shiftKey)) {
        e.preventDefault()
        goTo(-1)
      } else if (e.ctrlKey && e.altKey && e.code === 'KeyM') {
        e.preventDefault()
        commentOnSelection()
      } else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'e' && !info?.nativeDialogs) {
        // Ctrl+Shift+E: export a report (in Electron the menu accelerator does this).
        e.preventDefault()
        openReport()
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && !info?.nativeDialogs) {
        // In Electron the menu accelerator does this.
        e.preventDefault()
        if (e.shiftKey) saveAs()
        else save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [goTo, save, saveAs, info, commentOnSelection, openReport])

  // The browser asks before leaving a page with unsaved work (Electron asks in main).
  useEffect(() => {
    if (!dirty || info?.kind === 'electron') return
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [dirty, info])

  // Drag-and-drop of a text file: onto the current column it replaces the current text,
  // anywhere else the proposal. (Electron does not navigate on drop: navigateOnDragDrop is off.)
  const onDrop = useCallback(async (e: React.DragEvent) => {
    const file = e.dataTransfer.files[0]
    if (!file) return
    e.preventDefault()
    const side: Side = (e.target as HTMLElement).closest?.('[data-drop-side="current"]') ? 'current' : 'proposed'
    try {
      loadText(side, await readTextInput(file))
    } catch (error) {
      fail(error, file.name)
    }
  }, [loadText, fail])

  const title = workspace?.fileName ?? workspace?.project.title ?? t('project.untitled')
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${title} — Renvooi`
  }, [title, dirty])

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault()
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <a className="skip-link" href="#comparison">{t('skipToContent')}</a>
      <header className="app-header">
        <h1>
          Renvooi <span className="project-name">{title}</span>
          {dirty ? <span className="unsaved-marker"> ({t('project.unsaved')})</span> : null}
        </h1>
        <Toolbar
          onOpenProject={askOpenProject}
          onSave={() => save()}
          onSaveAs={saveAs}
          onOpenText={(side) => (side === 'proposed' ? guard : (f: () => void) => f())(() => setModal({ kind: 'open-text', side }))}
          onUndo={() => editor.current?.undo()}
          onRedo={() => editor.current?.redo()}
          language={language}
          onLanguage={setLanguage}
          canSave={!!workspace}
          onExportReport={openReport}
        />
      </header>

      <div className="messages">
        {error ? (
          <div className="message error" role="alert">
            <span>{error}</span>{' '}
            <button type="button" onClick={() => setError(null)}>{t('action.close')}</button>
          </div>
        ) : null}
        <div className="message status" role="status">{status ?? ''}</div>
        {recovery ? (
          <div className="message recovery" role="region" aria-label={t('recovery.title')}>
            <strong>{t('recovery.title')}.</strong>{' '}
            {t('recovery.body', { time: new Date(recovery.savedAt).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL'), name: recovery.handle ? ` (${recovery.handle})` : '' })}{' '}
            <button type="button" onClick={() => guard(() => {
              try {
                ws.restore(recovery)
                setRecovery(null)
              } catch (e) {
                fail(e)
              }
            })}>{t('action.restore')}</button>{' '}
            <button type="button" onClick={() => {
              setRecovery(null)
              host.discardRecovery().catch(() => {})
            }}>{t('action.discard')}</button>
          </div>
        ) : null}
        {workspace && workspace.warnings.length ? (
          <details className="message warnings">
            <summary>{t('warning.title')} ({workspace.warnings.length})</summary>
            <ul>{workspace.warnings.map((w, i) => <li key={i}>{w.line ? `${w.line}: ` : ''}{w.message}</li>)}</ul>
          </details>
        ) : null}
      </div>

      {workspace ? (
        <main className={`workspace${showEditor ? ' with-editor' : ''}`}>
          <section className="editor-pane" aria-labelledby="editor-title" hidden={!showEditor}>
            <div className="pane-header">
              <h2 id="editor-title">{t('editor.title')}</h2>
              <button type="button" onClick={() => editor.current?.insertLid()} aria-keyshortcuts="Control+Enter">{t('action.insertLid')}</button>
              <button type="button" onClick={() => editor.current?.insertOnderdeel()} aria-keyshortcuts="Control+Shift+Enter">{t('action.insertOnderdeel')}</button>
              <button type="button" onClick={commentOnSelection} aria-keyshortcuts="Control+Alt+M">{t('comments.fromSelection')} <kbd>Ctrl+Alt+M</kbd></button>
              {comments.atCursor.length ? <button type="button" onClick={() => comments.showComment(comments.atCursor[0]!)}>{t('comments.showAtCursor')}</button> : null}
            </div>
            <NumberField key={cursor ? `${cursor.type}:${cursor.nr}` : ''} unit={cursor} onSet={(nr) => editor.current?.setNumber(nr)}
              taken={(nr) => editor.current?.numberTaken(nr) ?? false} />
            {duplicate ? <p className="message error" role="alert">{t('editor.duplicateNumber', { unit: pathLabel(duplicate.unit.path) })}</p> : null}
            <p className="help">{t('editor.help')}</p>
            <ProposedEditor doc={workspace.proposedDoc} onDocChange={ws.onDocChange} label={t('editor.title')} handle={editor} onCursorUnit={setCursor}
              highlights={comments.highlights} onActivateComment={(id) => comments.showComment(id, false)} onCursorComments={comments.setAtCursor} />
          </section>
          <section className="comparison-pane" id="comparison" aria-label={t('view.label')}>
            <div className="pane-header">
              <div role="tablist" aria-label={t('view.label')} className="view-tabs">
                {VIEWS.map((v) => (
                  <button
                    key={v}
                    type="button"
                    role="tab"
                    id={`tab-${v}`}
                    aria-selected={view === v}
                    aria-controls="view-panel"
                    tabIndex={view === v ? 0 : -1}
                    onClick={() => setView(v)}
                    onKeyDown={(e) => {
                      const at = VIEWS.indexOf(v)
                      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                        const next = VIEWS[(at + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!
                        setView(next)
                        document.getElementById(`tab-${next}`)?.focus()
                      }
                    }}
                  >
                    {t(VIEW_LABEL[v])}
                  </button>
                ))}
              </div>
              <button type="button" className="toggle-editor" aria-pressed={showEditor} onClick={() => setShowEditor(!showEditor)}>
                {t(showEditor ? 'action.hideEditor' : 'action.showEditor')}
              </button>
            </div>
            <ChangeNavigator rows={rows} current={current} onMove={goTo} comparison={comparison} />
            <CompareProgress progress={compareProgress} retry={compareRetry} />
            <CommentPlacesContext.Provider value={comments.places}>
            <div id="view-panel" role="tabpanel" tabIndex={0} aria-labelledby={`tab-${view}`} aria-busy={comparing || undefined} className="view-panel">
              {/* Kept mounted once opened (hidden on other tabs), so its variants and hand edits
                  survive a look at the comparison; it sees the proposal as it was when last shown. */}
              {provisionsOpened ? (
                <div hidden={view !== 'provisions'} className="provisions-host">
                  <LoadBoundary loading={<p className="loading">{t('app.loading')}</p>}>
                    <ProvisionWorkbench
                      // Afresh for another proposal version; not on the first save, which gives
                      // the project a handle and must not cost the drafter the variants.
                      key={workspace.project.compare.new}
                      proposed={workbenchText.current ?? workspace.newText}
                      versionId={workspace.project.compare.new}
                      existingIds={workspace.project.provisions.map((p) => p.id)}
                      provisions={workspace.project.provisions}
                      initial={() => workbenchFromProject(workspace.project.settings, workspace.project.provisions)}
                      onStateChange={ws.setWorkbench}
                      onInsert={({ insertion, record }) => {
                        // Through the editor, so Ctrl+Z takes the clause out again; only without
                        // an editor is the proposal replaced as a whole.
                        if (insertion && editor.current?.replaceDoc(legalTextToDoc(insertion.text))) ws.addProvisionRecord(record)
                        else ws.addProvision(insertion?.markdown ?? null, record)
                        setView('side-by-side')
                        if (insertion) {
                          setRevealPending(insertion.path)
                          // Said where the drafter now looks (the workbench's own line is hidden).
                          setStatus(t('provisions.insert.inserted', { path: pathLabel(insertion.path) }))
                        }
                      }}
                    />
                  </LoadBoundary>
                </div>
              ) : null}
              {view === 'side-by-side' ? (
                <SideBySide rows={rows} current={current} oldLabel={workspace.oldText.label} newLabel={workspace.newText.label} />
              ) : view === 'inline' ? (
                <InlineView rows={rows} current={current} />
              ) : view === 'provisions' ? null : view === 'comments' ? (
                <CommentsPanel
                  project={workspace.project}
                  oldText={workspace.oldText}
                  newText={workspace.newText}
                  resolved={comments.resolved}
                  onAdd={ws.addComment}
                  onAddMany={ws.addComments}
                  onUpdate={ws.updateComment}
                  onJump={showUnit}
                  active={comments.active}
                  reveal={comments.reveal}
                  draft={comments.draft}
                  selection={comments.selection}
                />
              ) : (
                <OutlineView rows={rows} current={current} onSelect={selectInOutline} />
              )}
            </div>
            </CommentPlacesContext.Provider>
          </section>
        </main>
      ) : (
        <main className="empty"><p>{error ? '' : t('empty')}</p></main>
      )}

      {modal?.kind === 'open-text' ? (
        <OpenTextDialog side={modal.side} host={host} info={info} onLoad={(input) => loadText(modal.side, input)} onClose={() => setModal(null)} />
      ) : null}
      {modal?.kind === 'open-project' ? (
        <OpenProjectDialog host={host} onOpen={(handle) => void openProject(handle)} onClose={() => setModal(null)} />
      ) : null}
      {modal?.kind === 'save-as' ? (
        <SaveAsDialog
          suggested={workspace?.fileName ?? workspace?.project.title ?? ''}
          onSave={(name) => {
            const then = modal.then
            setModal(null)
            void saveTo(name, then)
          }}
          onClose={() => setModal(null)}
        />
      ) : null}
      {modal?.kind === 'report' ? (
        <LoadBoundary>
          <ReportDialog host={host} project={modal.project} defaultTitle={modal.project.title || t('project.defaultTitle')} onClose={() => setModal(null)} />
        </LoadBoundary>
      ) : null}
      {modal?.kind === 'unsaved' ? (
        <UnsavedDialog
          onSave={() => {
            const then = modal.then
            setModal(null)
            save(then)
          }}
          onDiscard={() => {
            const then = modal.then
            setModal(null)
            ws.discardChanges()
            then()
          }}
          onClose={() => setModal(null)}
        />
      ) : null}
    </div>
  )
}
