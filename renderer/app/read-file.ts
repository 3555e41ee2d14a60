/** Reading a File the user chose or dropped, with the hash the project records as its source. */
import type { TextFormat } from '../../shared/model/types.js'
import type { TextInput } from './useWorkspace.js'

export const formatOfName = (name: string): TextFormat | undefined => {
  const ext = name.toLowerCase().split('.').pop()
  return ext === 'md' || ext === 'markdown' ? 'md' : ext === 'txt' ? 'text' : ext === 'xml' ? 'bwb' : undefined
}

export async function readTextInput(file: File): Promise<TextInput> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  const content = new TextDecoder().decode(bytes)
  const format = formatOfName(file.name)
  return format ? { name: file.name, content, format, sha256 } : { name: file.name, content, sha256 }
}
