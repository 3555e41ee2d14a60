/** The toolbar: project, report export, texts, undo/redo and language. Buttons, so everything works by keyboard. */
import type { Language } from '../i18n/index.js'
import { useI18n } from '../i18n/index.js'
import type { Side } from './useWorkspace.js'

interface Props {
  readonly onOpenProject: () => void
  readonly onSave: () => void
  readonly onSaveAs: () => void
  readonly onOpenText: (side: Side) => void
  readonly onUndo: () => void
  readonly onRedo: () => void
  readonly language: Language
  readonly onLanguage: (language: Language) => void
  readonly canSave: boolean
  readonly onExportReport: () => void
}

export function Toolbar(p: Props) {
  const { t } = useI18n()
  return (
    <div className="toolbar" role="toolbar" aria-label={t('menu.file')}>
      <button type="button" onClick={p.onOpenProject}>{t('action.openProject')}</button>
      <button type="button" onClick={p.onSave} disabled={!p.canSave} aria-keyshortcuts="Control+S">{t('action.save')}</button>
      <button type="button" onClick={p.onSaveAs} disabled={!p.canSave}>{t('action.saveAs')}</button>
      <button type="button" onClick={p.onExportReport} disabled={!p.canSave} aria-keyshortcuts="Control+Shift+E">{t('action.exportReport')}</button>
      <span className="separator" aria-hidden="true" />
      <button type="button" onClick={() => p.onOpenText('current')}>{t('action.openCurrent')}</button>
      <button type="button" onClick={() => p.onOpenText('proposed')}>{t('action.openProposed')}</button>
      <span className="separator" aria-hidden="true" />
      <button type="button" onClick={p.onUndo} aria-keyshortcuts="Control+Z">{t('action.undo')}</button>
      <button type="button" onClick={p.onRedo} aria-keyshortcuts="Control+Y">{t('action.redo')}</button>
      <span className="separator" aria-hidden="true" />
      <label className="language">
        {t('language.label')}{' '}
        <select value={p.language} onChange={(e) => p.onLanguage(e.currentTarget.value === 'en' ? 'en' : 'nl')}>
          <option value="nl" lang="nl">Nederlands</option>
          <option value="en" lang="en">English</option>
        </select>
      </label>
    </div>
  )
}
