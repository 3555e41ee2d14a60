import { Packer, type Document } from 'docx'

/** Packs a Word document built in shared/report into the bytes of a .docx file. */
export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc)
}
