/**
 * A model's original texts, each with its reliability stated in words and its source. The texts,
 * citations and notes are the catalogue's and stay in their own language; only the captions' words
 * follow the interface language.
 */
import type { ProvisionModel } from '../../shared/provisions/model.js'
import type { TextStatus } from '../../shared/provisions/parameters.js'
import { useI18n, type MessageKey } from '../i18n/index.js'

const STATUS: Readonly<Record<TextStatus, MessageKey>> = {
  verbatim: 'provisions.source.verbatim',
  'verbatim-secondary': 'provisions.source.verbatimSecondary',
  unverified: 'provisions.source.unverified',
}

export function ModelTexts({ model }: { model: ProvisionModel }) {
  const { t } = useI18n()
  return (
    <section className="np-sources" aria-label={t('provisions.source', { name: model.name })}>
      <h4>{model.citation}</h4>
      {model.texts.map((text) => (
        <figure key={text.part} className={`np-source np-${text.status}`}>
          <figcaption>
            {text.part} — <strong>{t(STATUS[text.status])}</strong> — {text.source.title}
            {/* Shown as text, not a link: navigation out of the app window is the host's business. */}
            {text.source.url && <span className="np-url"> ({text.source.url})</span>}
          </figcaption>
          <blockquote lang={text.language}>
            {text.text.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </blockquote>
        </figure>
      ))}
      {model.notes.length > 0 && (
        <ul>
          {model.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
