/**
 * The native menus (Bestand, Bewerken, Beeld, Help). Items send a MenuCommand to the renderer,
 * which does the work; Dutch first, English when the renderer chose it.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/host-api.js'

export type MenuLanguage = 'nl' | 'en'

const LABELS = {
  nl: {
    file: 'Bestand', edit: 'Bewerken', view: 'Beeld', help: 'Help',
    new: 'Nieuwe vergelijking…', openProject: 'Project openen…', save: 'Opslaan', saveAs: 'Opslaan als…',
    openCurrent: 'Huidige tekst openen…', openProposed: 'Voorstel openen…', recent: 'Recente projecten', quit: 'Afsluiten',
    exportReport: 'Rapport exporteren…',
    undo: 'Ongedaan maken', redo: 'Opnieuw', cut: 'Knippen', copy: 'Kopiëren', paste: 'Plakken', selectAll: 'Alles selecteren',
    sideBySide: 'Naast elkaar', inline: 'Renvooi', outline: 'Structuur', next: 'Volgende wijziging', previous: 'Vorige wijziging',
    dutch: 'Nederlands', english: 'English', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', resetZoom: 'Ware grootte', about: 'Over Renvooi',
  },
  en: {
    file: 'File', edit: 'Edit', view: 'View', help: 'Help',
    new: 'New comparison…', openProject: 'Open project…', save: 'Save', saveAs: 'Save as…',
    openCurrent: 'Open current text…', openProposed: 'Open proposal…', recent: 'Recent projects', quit: 'Quit',
    exportReport: 'Export report…',
    undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    sideBySide: 'Side by side', inline: 'Renvooi', outline: 'Structure', next: 'Next change', previous: 'Previous change',
    dutch: 'Nederlands', english: 'English', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', about: 'About Renvooi',
  },
} as const

export interface MenuActions {
  send(command: MenuCommand): void
  openRecent(file: string): void
}

export function menuTemplate(language: MenuLanguage, recent: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  const l = LABELS[language]
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, click: () => actions.send(command), ...(accelerator ? { accelerator } : {}) })
  return [
    {
      label: l.file,
      submenu: [
        item(l.new, 'new', 'CmdOrCtrl+N'),
        item(l.openProject, 'open-project', 'CmdOrCtrl+O'),
        {
          label: l.recent,
          enabled: recent.length > 0,
          submenu: recent.map((file) => ({ label: file, click: () => actions.openRecent(file) })),
        },
        { type: 'separator' },
        item(l.openCurrent, 'open-current'),
        item(l.openProposed, 'open-proposed'),
        { type: 'separator' },
        item(l.save, 'save', 'CmdOrCtrl+S'),
        item(l.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(l.exportReport, 'export-report', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        { label: l.quit, role: 'quit' },
      ],
    },
    {
      label: l.edit,
      submenu: [
        // Undo/redo belong to the ProseMirror history, not to the page's native stack.
        item(l.undo, 'undo', 'CmdOrCtrl+Z'),
        item(l.redo, 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.sideBySide, 'view-side-by-side', 'CmdOrCtrl+1'),
        item(l.inline, 'view-inline', 'CmdOrCtrl+2'),
        item(l.outline, 'view-outline', 'CmdOrCtrl+3'),
        { type: 'separator' },
        item(l.next, 'next-change', 'F8'),
        item(l.previous, 'previous-change', 'Shift+F8'),
        { type: 'separator' },
        item(l.dutch, 'language-nl'),
        item(l.english, 'language-en'),
        { type: 'separator' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { label: l.resetZoom, role: 'resetZoom' },
      ],
    },
    { label: l.help, submenu: [item(l.about, 'about')] },
  ]
}
