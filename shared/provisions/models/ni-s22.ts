/** Northern Ireland: Human Trafficking and Exploitation (…) Act (Northern Ireland) 2015, s. 22. */
import type { ProvisionModel } from '../model.js'

export const NI_S22: ProvisionModel = {
  id: 'ni-s22',
  name: { nl: 'Noord-Ierland s. 22', en: 'NI s. 22' },
  citation: { nl: 'Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, section 22', en: 'Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, section 22' },
  jurisdiction: 'Northern Ireland',
  texts: [
    {
      part: { nl: 's. 22 (1)–(6) en de aanhef van (7)', en: 's. 22 (1)–(6) and the opening of (7)' },
      language: 'en',
      status: 'verbatim',
      source: { title: { nl: 'legislation.gov.uk, oorspronkelijke tekst (as enacted)', en: 'legislation.gov.uk, original (as enacted)' }, url: 'https://www.legislation.gov.uk/nia/2015/2/section/22/enacted' },
      text: [
        'Defence for slavery and trafficking victims in relation to certain offences',
        '22.—(1) Subject to subsection (9), a person is not guilty of an offence if—',
        '(a) the person is over the age of 18 when the act which constitutes the offence was done;',
        '(b) the person does that act because the person is compelled to do that act,',
        '(c) the compulsion is attributable to slavery or to relevant exploitation, and',
        '(d) a reasonable person in the same situation as the person and having the person’s relevant characteristics would have no realistic alternative to doing that act.',
        '(2) “Relevant characteristics” means age, sex and any physical or mental illness or disability.',
        '(3) A person may be compelled to do something by another person or by the person’s circumstances.',
        '(4) Compulsion is attributable to slavery or to relevant exploitation only if—',
        '(a) it is, or is part of, conduct which constitutes an offence under section 1 or conduct which constitutes relevant exploitation, or',
        '(b) it is a direct consequence of a person being, or having been, a victim of an offence under section 1 or a victim of relevant exploitation.',
        '(5) For the purposes of subsection (4) “relevant exploitation” is exploitation (within the meaning of section 3) that is attributable to the exploited person being, or having been, a victim of an offence under section 2.',
        '(6) Subject to subsection (9), a person is not guilty of an offence if—',
        '(a) the person is a child at the time the act which constitutes the offence is done; and',
        '(b) that act was done as a direct consequence of the person being, or having been, a victim of an offence under section 1 or of relevant exploitation.',
        '(7) For the purposes of subsection (6) “relevant exploitation” is ex',
      ].join('\n'),
    },
    {
      part: { nl: 's. 22 (7) rest tot en met (10)', en: 's. 22 (7) rest to (10)' },
      language: 'en',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md), niet gecontroleerd aan de officiële tekst', en: 'From memory (legal/non-punishment.md), not checked against the official text' } },
      text: '(7) "… exploitation (within the meaning of section 3) that is attributable to the exploited person being, or having been, a victim of an offence under section 2." (8) references to an act include an omission; (9) subsections (1) and (6) do not apply to an offence listed in Schedule 3 (excluded serious offences); (10) the Department of Justice may by order amend Schedule 3.',
    },
  ],
  parameters: {
    // The content of Schedule 3 was not retrieved: an exclusion list of unknown content.
    offences: { kind: 'all-except', listName: 'Schedule 3', excluded: [], complete: false },
    link: { compulsion: 'compelled-by-another-or-circumstances', nexus: 'direct-consequence', reasonablePerson: 'no-realistic-alternative' },
    minors: { kind: 'own', link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' } },
    conditions: [],
    stage: 'not-punishing',
    burden: 'unspecified',
    discretion: 'must',
  },
  basis: [
    { parameter: 'offences', status: 'verbatim', quote: 'Subject to subsection (9), a person is not guilty of an offence if', note: 'Subsection (9) and Schedule 3 themselves were not retrieved.' },
    { parameter: 'link', status: 'verbatim', quote: 'A person may be compelled to do something by another person or by the person’s circumstances.' },
    { parameter: 'link', status: 'verbatim', quote: 'would have no realistic alternative to doing that act' },
    { parameter: 'minors', status: 'verbatim', quote: '(b) that act was done as a direct consequence of the person being, or having been, a victim of an offence under section 1 or of relevant exploitation.' },
    { parameter: 'stage', status: 'verbatim', quote: 'a person is not guilty of an offence if' },
    { parameter: 'discretion', status: 'verbatim', quote: 'a person is not guilty of an offence if' },
    { parameter: 'burden', status: 'interpretation', note: 'The section is silent on who must show what.' },
  ],
  notes: [
    {
      nl: 'Anders dan bij s. 45 geldt voor minderjarigen geen redelijk-persoontoets: een rechtstreeks gevolg van de uitbuiting is genoeg.',
      en: 'Unlike s. 45, minors need no reasonable-person test: a direct consequence of the exploitation suffices.',
    },
    {
      nl: 'Volwassen is wie ouder is dan 18 ("over the age of 18"; s. 45: "aged 18 or over", 18 jaar of ouder): een verschil voor iemand van precies 18.',
      en: 'Adults are those "over the age of 18" (s. 45: "aged 18 or over"), a difference for a person aged exactly 18.',
    },
    {
      nl: 'UIT HET GEHEUGEN, NIET GEVERIFIEERD: de Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, s. 22, heeft de bepaling gewijzigd; de inhoud daarvan is niet opgehaald.',
      en: 'FROM MEMORY, UNVERIFIED: the Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, s. 22, amended the section; its content was not retrieved.',
    },
  ],
}
