/** Spain: Código Penal art. 177 bis, apartado 11 (LO 5/2010). */
import type { ProvisionModel } from '../model.js'

export const ES_177BIS: ProvisionModel = {
  id: 'es-177bis',
  name: { nl: 'Spanje art. 177 bis(11)', en: 'Spain art. 177 bis(11)' },
  citation: { nl: 'Código Penal (Spanje), art. 177 bis, apartado 11, ingevoegd bij Ley Orgánica 5/2010', en: 'Código Penal (Spain), art. 177 bis, apartado 11, introduced by Ley Orgánica 5/2010' },
  jurisdiction: 'España',
  texts: [
    {
      part: { nl: 'apartado 11 (lid 11)', en: 'apartado 11 (subsection 11)' },
      language: 'es',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md: "medium-high confidence"); niet letterlijk opgehaald', en: 'From memory (legal/non-punishment.md: "medium-high confidence"); not retrieved verbatim' } },
      text: '11. Sin perjuicio de la aplicación de las reglas generales de este Código, la víctima de trata de seres humanos quedará exenta de pena por las infracciones penales que haya cometido en la situación de explotación sufrida, siempre que su participación en ellas haya sido consecuencia directa de la situación de violencia, intimidación, engaño o abuso a que haya sido sometida y que exista una adecuada proporcionalidad entre dicha situación y el hecho criminal realizado.',
    },
  ],
  parameters: {
    offences: { kind: 'all' },
    link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: ['proportionality'],
    stage: 'not-punishing',
    burden: 'unspecified',
    discretion: 'must',
  },
  basis: [
    { parameter: 'offences', status: 'unverified', quote: 'por las infracciones penales que haya cometido en la situación de explotación sufrida' },
    { parameter: 'link', status: 'unverified', quote: 'haya sido consecuencia directa de la situación de violencia, intimidación, engaño o abuso' },
    { parameter: 'conditions', status: 'unverified', quote: 'exista una adecuada proporcionalidad entre dicha situación y el hecho criminal realizado' },
    { parameter: 'stage', status: 'unverified', quote: 'quedará exenta de pena' },
    { parameter: 'discretion', status: 'unverified', quote: 'quedará exenta de pena' },
    { parameter: 'burden', status: 'interpretation', note: 'The provision is silent.' },
  ],
  notes: [
    {
      nl: 'Feiten begaan "in de situatie van uitbuiting"; de evenredigheidsvoorwaarde heeft geen tegenhanger in de andere modellen.',
      en: 'Offences committed "in the situation of exploitation"; the proportionality condition has no counterpart in the other models.',
    },
  ],
}
