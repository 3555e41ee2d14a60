/**
 * Choosing a text for one side: from a file (native dialog in Electron, a file input in the
 * browser), from the samples, or pasted. The caller parses it; a parse error is shown there.
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { HostApi, HostInfo, SampleEntry } from '../../shared/host-api.js'
import type { TextFormat } from '../../shared/model/types.js'
import { readTextInput } from './read-file.js'
import { useI18n } from '../i18n/index.js'
import { Dialog } from './Dialog.js'
import type { Side, TextInput } from './useWorkspace.js'

interface Props {
  readonly side: Side
  readonly host: HostApi
  readonly info: HostInfo | null
  readonly onLoad: (input: TextInput) => void
  readonly onClose: () => void
}

export function OpenTextDialog({ side, host, info, onLoad, onClose }: Props) {
  const { t } = useI18n()
  const [samples, setSamples] = useState<SampleEntry[]>([])
  const [sample, setSample] = useState('')
  const [pasted, setPasted] = useState('')
  const [pasteFormat, setPasteFormat] = useState<TextFormat | ''>('')

  useEffect(() => {
    host.listSamples().then((list) => {
      setSamples(list)
      setSample(list[0]?.id ?? '')
    }, () => setSamples([]))
  }, [host])

  const readFile = async (file: File) => onLoad(await readTextInput(file))

  const loadSample = async (e: FormEvent) => {
    e.preventDefault()
    if (!sample) return
    const loaded = await host.readSample(sample)
    onLoad({ name: loaded.name, content: loaded.content, format: loaded.format, sha256: loaded.sha256 })
  }

  const loadPasted = (e: FormEvent) => {
    e.preventDefault()
    if (!pasted.trim()) return
    onLoad({ name: t('open.pasteName'), content: pasted, format: pasteFormat || undefined, sha256: null })
  }

  return (
    <Dialog title={t(side === 'current' ? 'open.titleCurrent' : 'open.titleProposed')} onClose={onClose} className="open-text">
      <fieldset>
        <legend>{t('open.fromFile')}</legend>
        {info?.nativeDialogs ? (
          <button type="button" onClick={async () => {
            const loaded = await host.pickTextFile()
            if (loaded) onLoad({ name: loaded.name, content: loaded.content, format: loaded.format, sha256: loaded.sha256 })
          }}>{t('open.chooseFile')}</button>
        ) : (
          <input
            type="file"
            aria-label={t('open.chooseFile')}
            data-testid="text-file-input"
            accept=".md,.markdown,.txt,.xml,text/plain,text/markdown,application/xml,text/xml"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              if (file) void readFile(file)
            }}
          />
        )}
      </fieldset>
      <form onSubmit={loadSample}>
        <fieldset>
          <legend>{t('open.fromSample')}</legend>
          <select aria-label={t('open.fromSample')} value={sample} onChange={(e) => setSample(e.currentTarget.value)}>
            {samples.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>{' '}
          <button type="submit" disabled={!sample}>{t('action.load')}</button>
        </fieldset>
      </form>
      <form onSubmit={loadPasted}>
        <fieldset>
          <legend>{t('open.paste')}</legend>
          <label>
            {t('open.pasteLabel')}
            <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} />
          </label>
          <label>
            Format{' '}
            <select value={pasteFormat} onChange={(e) => setPasteFormat(e.currentTarget.value as TextFormat | '')}>
              <option value="">auto</option>
              <option value="md">Markdown</option>
              <option value="text">tekst / text</option>
              <option value="bwb">BWB XML</option>
            </select>
          </label>{' '}
          <button type="submit" disabled={!pasted.trim()}>{t('action.load')}</button>
        </fieldset>
      </form>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>{t('action.cancel')}</button>
      </div>
    </Dialog>
  )
}
