import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../main/services/external-links.js'

describe('shell.openExternal allow-list (checklist item 15)', () => {
  it.each(['https://wetten.overheid.nl/BWBR0001854', 'https://eur-lex.europa.eu/eli/dir/2011/36/oj'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })
  it.each([
    'http://wetten.overheid.nl/BWBR0001854',
    'https://wetten.overheid.nl.evil.example/',
    'https://evil.example/?https://wetten.overheid.nl',
    'https://user:pw@wetten.overheid.nl/',
    'https://wetten.overheid.nl:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://wetten.overheid.nl/share',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })
})
