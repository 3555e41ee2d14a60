/** The language context: Dutch by default, English switchable, remembered in localStorage. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { MESSAGES, format, type Language, type MessageKey } from './messages.js'

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string

interface I18n {
  readonly language: Language
  readonly setLanguage: (language: Language) => void
  readonly t: Translate
}

const STORAGE_KEY = 'renvooi.language'

const makeT = (language: Language): Translate => (key, params) => format(MESSAGES[language][key], params)

const I18nContext = createContext<I18n>({ language: 'nl', setLanguage: () => {}, t: makeT('nl') })

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl'
  } catch {
    return 'nl'
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setState] = useState<Language>(initial ?? storedLanguage)
  const setLanguage = useCallback((next: Language) => {
    setState(next)
    document.documentElement.lang = next
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // storage unavailable: the choice lasts for this session only
    }
  }, [])
  const value = useMemo(() => ({ language, setLanguage, t: makeT(language) }), [language, setLanguage])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export const useI18n = (): I18n => useContext(I18nContext)
export type { Language, MessageKey }
