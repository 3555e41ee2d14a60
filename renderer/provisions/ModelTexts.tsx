/** A model's original texts, each with its reliability stated in words and its source. */
import type { ProvisionModel } from '../../shared/provisions/model.js'

const STATUS = { verbatim: 'letterlijk', 'verbatim-secondary': 'letterlijk, uit secundaire bron', unverified: 'uit het geheugen, niet geverifieerd' } as const

export function ModelTexts({ model }: { model: ProvisionModel }) {
  return (
    <section className="np-sources" aria-label={`Brontekst ${model.name}`}>
      <h4>{model.citation}</h4>
      {model.texts.map((t) => (
        <figure key={t.part} className={`np-source np-${t.status}`}>
          <figcaption>
            {t.part} — <strong>{STATUS[t.status]}</strong> — {t.source.title}
            {/* Shown as text, not a link: navigation out of the app window is the host's business. */}
            {t.source.url && <span className="np-url"> ({t.source.url})</span>}
          </figcaption>
          <blockquote lang={t.language}>
            {t.text.split('\n').map((line, i) => (
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
