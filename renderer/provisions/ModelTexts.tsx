/**
 * A model's original texts, each with its reliability stated in words and its source. The texts
 * themselves are quotations and stay in their own language, marked with it (`lang`), line by line
 * where a text pairs languages ("DE: …", "NL: …"). Everything around them — the model's name,
 * citation, the captions, the description of each source and the notes — follows the interface
 * language (the catalogue has each in Dutch and English).
 */
import type { ProvisionModel } from '../../shared/provisions/model.js'
import type { TextStatus } from '../../shared/provisions/parameters.js'
import { useI18n, type MessageKey } from '../i18n/index.js'

const STATUS: Readonly<Record<TextStatus, MessageKey>> = {
  verbatim: 'provisions.source.verbatim',
  'verbatim-secondary': 'provisions.source.verbatimSecondary',
  unverified: 'provisions.source.unverified',
}

/** The language of a line that names its own ("DE: …" in a text pairing German and Dutch), if any. */
const LINE_LANGUAGE = /^(DE|EN|ES|FR|NL): /
const lineLanguage = (line: string): string | undefined => LINE_LANGUAGE.exec(line)?.[1]!.toLowerCase()

export function ModelTexts({ model }: { model: ProvisionModel }) {
  const { t, language } = useI18n()
  return (
    <section className="np-sources" aria-label={t('provisions.source', { name: model.name[language] })}>
      <h4>{model.citation[language]}</h4>
      {model.texts.map((text) => (
        <figure key={text.part.en} className={`np-source np-${text.status}`}>
          <figcaption>
            {text.part[language]} — <strong>{t(STATUS[text.status])}</strong> — {text.source.title[language]}
            {/* Shown as text, not a link: navigation out of the app window is the host's business. */}
            {text.source.url && <span className="np-url"> ({text.source.url})</span>}
          </figcaption>
          <blockquote lang={text.language}>
            {text.text.split('\n').map((line, i) => (
              <p key={i} lang={lineLanguage(line)}>{line}</p>
            ))}
          </blockquote>
        </figure>
      ))}
      {model.notes.length > 0 && (
        <ul>
          {model.notes.map((n) => (
            <li key={n.en}>{n[language]}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
