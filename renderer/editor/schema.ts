/**
 * The ProseMirror schema of an editable statute text, mirroring the unit tree:
 * (divisie ›) artikel › lid › lijst › onderdeel › lijst › onderdeel …, with text in `al` (alinea)
 * blocks as in BWB XML. Two constraints shape it (engineering-notes §5.1): a node cannot mix
 * inline and block content, so a lid's own words live in `al` children next to its `lijst`; and
 * every attr has a default, or the node could not appear in a required position.
 *
 * Numbers are attrs, shown with CSS (`data-nr`), so they are not editable text and a renumbering
 * is an attr change rather than a word change.
 */
import { Schema, type DOMOutputSpec, type Node as PMNode } from 'prosemirror-model'

const nr = { nr: { default: '', validate: 'string' } }

const withNr = (tag: string, cls: string) => ({
  toDOM: (node: PMNode): DOMOutputSpec => [tag, { class: cls, 'data-nr': node.attrs.nr as string }, 0],
  parseDOM: [{ tag: `${tag}.${cls}`, getAttrs: (dom: HTMLElement) => ({ nr: dom.getAttribute('data-nr') ?? '' }) }],
})

export const schema = new Schema({
  nodes: {
    doc: { content: '(divisie | artikel)+' },
    /** Boek, titel, hoofdstuk …: a heading that groups articles; not part of any unit path. */
    divisie: {
      content: 'kop (divisie | artikel)*',
      attrs: { ...nr, type: { default: 'hoofdstuk', validate: 'string' } },
      defining: true,
      isolating: true,
      toDOM: (node: PMNode): DOMOutputSpec => ['section', { class: 'pm-divisie', 'data-type': node.attrs.type as string, 'data-nr': node.attrs.nr as string }, 0],
      parseDOM: [{ tag: 'section.pm-divisie', getAttrs: (dom: HTMLElement) => ({ nr: dom.getAttribute('data-nr') ?? '', type: dom.getAttribute('data-type') ?? 'hoofdstuk' }) }],
    },
    /** `isolating` keeps backspace at an article's start from merging it into the previous one. */
    artikel: { content: 'kop al* (lid+ | lijst)?', attrs: nr, defining: true, isolating: true, ...withNr('section', 'pm-artikel') },
    /** The title after the number; empty for most articles of the Wetboek van Strafrecht. */
    kop: {
      content: 'text*',
      marks: '',
      toDOM: (): DOMOutputSpec => ['div', { class: 'pm-kop' }, 0],
      parseDOM: [{ tag: 'div.pm-kop' }],
    },
    lid: { content: 'al+ lijst?', attrs: nr, defining: true, ...withNr('div', 'pm-lid') },
    lijst: {
      content: 'onderdeel+',
      toDOM: (): DOMOutputSpec => ['div', { class: 'pm-lijst' }, 0],
      parseDOM: [{ tag: 'div.pm-lijst' }],
    },
    onderdeel: { content: 'al+ lijst?', attrs: nr, defining: true, ...withNr('div', 'pm-onderdeel') },
    /** One alinea: a paragraph of a unit's own text. */
    al: {
      content: 'text*',
      marks: '',
      toDOM: (): DOMOutputSpec => ['p', { class: 'pm-al' }, 0],
      parseDOM: [{ tag: 'p' }],
    },
    text: {},
  },
  marks: {},
})
