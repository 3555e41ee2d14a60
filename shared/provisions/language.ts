/**
 * The language of the explanatory texts shared/provisions produces for the interface (labels,
 * explanations, coverage reasons and caveats, insertion errors). Dutch by default. The drafted
 * clause and the models' texts are not affected: they keep their own language.
 */
export type ExplanationLanguage = 'nl' | 'en'

/**
 * A text the interface shows about a model (its name, citation, captions, source descriptions and
 * notes), in each interface language. The models' own texts are not Localized: they stay verbatim.
 */
export type Localized = Readonly<Record<ExplanationLanguage, string>>
