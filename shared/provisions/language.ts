/**
 * The language of the explanatory texts shared/provisions produces for the interface (labels,
 * explanations, coverage reasons and caveats, insertion errors). Dutch by default. The drafted
 * clause and the models' texts are not affected: they keep their own language.
 */
export type ExplanationLanguage = 'nl' | 'en'
