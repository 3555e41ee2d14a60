/**
 * Opening and naming projects in the browser host, which has no native dialogs: projects live
 * in one folder and are chosen by name. (Electron uses its native dialogs instead.)
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { HostApi, ProjectEntry } from '../../shared/host-api.js'
import { useI18n } from '../i18n/index.js'
import { Dialog } from './Dialog.js'

export function OpenProjectDialog({ host, onOpen, onClose }: { host: HostApi; onOpen: (handle: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const [projects, setProjects] = useState<ProjectEntry[] | null>(null)
  useEffect(() => {
    host.listProjects().then(setProjects, () => setProjects([]))
  }, [host])
  return (
    <Dialog title={t('project.openTitle')} onClose={onClose} className="open-project">
      {projects === null ? <p>{t('loading')}</p> : projects.length === 0 ? <p>{t('project.none')}</p> : (
        <ul className="project-list">
          {projects.map((p) => (
            <li key={p.handle}><button type="button" onClick={() => onOpen(p.handle)}>{p.name}</button></li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>{t('action.cancel')}</button>
      </div>
    </Dialog>
  )
}

/** Characters no file system takes in a name (the browser host refuses them; so would Windows). */
const FORBIDDEN_IN_NAME = /[\\/:*?"<>|\p{Cc}]/u

export function SaveAsDialog({ suggested, onSave, onClose }: { suggested: string; onSave: (name: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const [name, setName] = useState(suggested)
  const [problem, setProblem] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const wanted = name.trim()
    if (!wanted) return
    // Said here, in words about the name, rather than as the host's refusal after the fact.
    if (FORBIDDEN_IN_NAME.test(wanted) || wanted.startsWith('.')) return setProblem(true)
    onSave(wanted)
  }
  return (
    <Dialog title={t('project.saveTitle')} onClose={onClose} className="save-as">
      <form onSubmit={submit}>
        <label>
          {t('project.name')}{' '}
          <input type="text" value={name} onChange={(e) => {
            setName(e.currentTarget.value)
            setProblem(false)
          }} onFocus={(e) => e.currentTarget.select()} autoFocus required aria-invalid={problem || undefined} aria-describedby={problem ? 'save-name-problem' : undefined} />
        </label>
        {problem ? <p id="save-name-problem" role="alert" className="problem">{t('project.badName')}</p> : null}
        <div className="dialog-actions">
          <button type="submit">{t('action.save')}</button>
          <button type="button" onClick={onClose}>{t('action.cancel')}</button>
        </div>
      </form>
    </Dialog>
  )
}

export function UnsavedDialog({ onSave, onDiscard, onClose }: { onSave: () => void; onDiscard: () => void; onClose: () => void }) {
  const { t } = useI18n()
  return (
    <Dialog title={t('unsaved.title')} onClose={onClose} className="unsaved">
      <p>{t('unsaved.body')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onSave}>{t('action.save')}</button>
        <button type="button" onClick={onDiscard}>{t('action.dontSave')}</button>
        <button type="button" onClick={onClose}>{t('action.cancel')}</button>
      </div>
    </Dialog>
  )
}
