/** England & Wales: Modern Slavery Act 2015, s. 45 with Schedule 4 (the model CKM and Fier ask for). */
import type { ProvisionModel } from '../model.js'
import { SCHEDULE_4 } from '../offences.js'

const ENACTED = {
  title: { nl: 'legislation.gov.uk, Modern Slavery Act 2015, section 45, oorspronkelijke tekst (as enacted)', en: 'legislation.gov.uk, Modern Slavery Act 2015, section 45, original (as enacted)' },
  url: 'http://www.legislation.gov.uk/ukpga/2015/30/section/45/enacted',
  note: 'Archived copy; the revised version has the same wording for (1)–(4). Crown copyright, Open Government Licence.',
}

export const UK_S45: ProvisionModel = {
  id: 'uk-s45',
  name: { nl: 'UK MSA s. 45', en: 'UK MSA s. 45' },
  citation: { nl: 'Modern Slavery Act 2015 (c. 30), section 45 en Schedule 4 (Engeland en Wales)', en: 'Modern Slavery Act 2015 (c. 30), section 45 and Schedule 4 (England & Wales)' },
  jurisdiction: 'England & Wales',
  texts: [
    {
      part: { nl: 's. 45 (1)–(6) en de aanhef van (7)', en: 's. 45 (1)–(6) and the opening words of (7)' },
      language: 'en',
      status: 'verbatim',
      source: ENACTED,
      text: [
        '45 Defence for slavery or trafficking victims who commit an offence',
        '(1) A person is not guilty of an offence if—',
        '(a) the person is aged 18 or over when the person does the act which constitutes the offence,',
        '(b) the person does that act because the person is compelled to do it,',
        '(c) the compulsion is attributable to slavery or to relevant exploitation, and',
        '(d) a reasonable person in the same situation as the person and having the person’s relevant characteristics would have no realistic alternative to doing that act.',
        '(2) A person may be compelled to do something by another person or by the person’s circumstances.',
        '(3) Compulsion is attributable to slavery or to relevant exploitation only if—',
        '(a) it is, or is part of, conduct which constitutes an offence under section 1 or conduct which constitutes relevant exploitation, or',
        '(b) it is a direct consequence of a person being, or having been, a victim of slavery or a victim of relevant exploitation.',
        '(4) A person is not guilty of an offence if—',
        '(a) the person is under the age of 18 when the person does the act which constitutes the offence,',
        '(b) the person does that act as a direct consequence of the person being, or having been, a victim of slavery or a victim of relevant exploitation, and',
        '(c) a reasonable person in the same situation as the person and having the person’s relevant characteristics would do that act.',
        '(5) For the purposes of this section—',
        '“relevant characteristics” means age, sex and any physical or mental illness or disability;',
        '“relevant exploitation” is exploitation (within the meaning of section 3) that is attributable to the exploited person being, or having been, a victim of human trafficking.',
        '(6) In this section references to an act include an omission.',
        '(7) Subsections (1) and (4) do not apply to an offence',
      ].join('\n'),
    },
    {
      part: { nl: 's. 45 (7) rest en (8)', en: 's. 45 (7) rest and (8)' },
      language: 'en',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md), niet gecontroleerd aan de officiële tekst', en: 'From memory (legal/non-punishment.md), not checked against the official text' } },
      text: '… listed in Schedule 4.\n(8) The Secretary of State may by regulations amend Schedule 4.',
    },
    {
      part: { nl: 'Schedule 4, paras. 1–7 (tot en met OAPA s. 21)', en: 'Schedule 4, paras. 1–7 (up to OAPA s. 21)' },
      language: 'en',
      status: 'verbatim',
      source: {
        title: { nl: 'legislation.gov.uk, Modern Slavery Act 2015, Schedule 4 (geconsolideerde tekst, bijgewerkt tot uiterlijk 18 mei 2024); HL Bill 98', en: 'legislation.gov.uk, Modern Slavery Act 2015, Schedule 4 (revised, up to date on or before 18 May 2024); HL Bill 98' },
        url: 'https://www.legislation.gov.uk/ukpga/2015/30/schedule/4',
      },
      text: [
        'SCHEDULE 4 — Offences to which defence in section 45 does not apply',
        'Common law offences',
        '1 False imprisonment. 2 Kidnapping. 3 Manslaughter. 4 Murder. 5 Perverting the course of justice. 6 Piracy.',
        'Offences against the Person Act 1861 (c. 100)',
        '7 An offence under any of the following provisions of the Offences Against the Person Act 1861—',
        'section 4 (soliciting murder)',
        'section 16 (threats to kill)',
        'section 18 (wounding with intent to cause grievous bodily harm)',
        'section 20 (malicious wounding)',
        'section 21 (attempting to choke, suffocate or strangle in order to commit …',
      ].join('\n'),
    },
  ],
  parameters: {
    offences: { kind: 'all-except', listName: 'Schedule 4', excluded: SCHEDULE_4, complete: false },
    link: { compulsion: 'compelled-by-another-or-circumstances', nexus: 'direct-consequence', reasonablePerson: 'no-realistic-alternative' },
    minors: { kind: 'own', link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'would-do-that-act' } },
    conditions: [],
    stage: 'not-punishing',
    burden: 'prosecution-to-disprove',
    discretion: 'must',
  },
  basis: [
    { parameter: 'offences', status: 'verbatim', quote: 'Subsections (1) and (4) do not apply to an offence', note: 'The list is Schedule 4; paras. 1–7 verbatim, the rest from memory.' },
    { parameter: 'link', status: 'verbatim', quote: 'A person may be compelled to do something by another person or by the person’s circumstances.' },
    { parameter: 'link', status: 'verbatim', quote: 'it is a direct consequence of a person being, or having been, a victim of slavery or a victim of relevant exploitation' },
    { parameter: 'link', status: 'verbatim', quote: 'a reasonable person in the same situation as the person and having the person’s relevant characteristics would have no realistic alternative to doing that act' },
    { parameter: 'minors', status: 'verbatim', quote: '(b) the person does that act as a direct consequence of the person being, or having been, a victim of slavery or a victim of relevant exploitation' },
    { parameter: 'minors', status: 'verbatim', quote: 'a reasonable person in the same situation as the person and having the person’s relevant characteristics would do that act' },
    { parameter: 'stage', status: 'verbatim', quote: 'A person is not guilty of an offence if', note: 'A defence at trial: the offence is not punishable; it does not itself bar prosecution.' },
    { parameter: 'discretion', status: 'verbatim', quote: 'A person is not guilty of an offence if' },
    {
      parameter: 'burden',
      status: 'interpretation',
      note: 'The section is silent. The CKM/Fier letter (context 004, fn. 26 and the text above it) describes a low threshold for the victim, after which the prosecution must prove the contrary; the case law behind that reading was not checked.',
    },
  ],
  notes: [
    {
      nl: 'Volwassenen: gedwongen, de dwang is toe te schrijven aan slavernij of relevante uitbuiting, en een redelijk persoon met dezelfde relevante kenmerken (leeftijd, geslacht, ziekte of handicap) had geen reëel alternatief.',
      en: 'Adults: compelled, compulsion attributable to slavery or relevant exploitation, and no realistic alternative for a reasonable person with the same relevant characteristics (age, sex, illness or disability).',
    },
    {
      nl: 'Minderjarigen: geen dwang vereist; het feit moet een rechtstreeks gevolg zijn van de uitbuiting en een redelijk persoon in dezelfde situatie zou het ook hebben begaan.',
      en: 'Minors: no compulsion; the act must be a direct consequence of the exploitation and one a reasonable person in the same situation would do.',
    },
    {
      nl: 'UIT HET GEHEUGEN, NIET GEVERIFIEERD: de Nationality and Borders Act 2022 en de Illegal Migration Act 2023 beperken in de praktijk de mogelijkheid om het verweer te voeren.',
      en: 'FROM MEMORY, UNVERIFIED: the Nationality and Borders Act 2022 and the Illegal Migration Act 2023 affect the practical availability of the defence.',
    },
  ],
}
