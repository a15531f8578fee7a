import { open } from 'node:fs/promises'

export type DetectedType = {
  mime: string
  extension: string
  kind: 'image' | 'video' | 'document'
}

const HEAD = 4096
const TAIL = 65536

const startsWith = (buffer: Buffer, bytes: number[], offset = 0) =>
  bytes.every((byte, index) => buffer[offset + index] === byte)

const ascii = (buffer: Buffer, start: number, end: number) =>
  buffer.subarray(start, end).toString('latin1')

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']
const MP4_BRANDS = [
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'mp4v',
  'M4V ',
]

/**
 * What a file really is, from its first and last bytes; the name and the
 * declared content type are never trusted. Returns null for anything that
 * is not an allowed image, PDF, Office document or MP4 video.
 */
export async function detectFileType(path: string): Promise<DetectedType | null> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    const head = Buffer.alloc(Math.min(HEAD, size))
    await handle.read(head, 0, head.length, 0)

    if (startsWith(head, [0xff, 0xd8, 0xff])) {
      return { mime: 'image/jpeg', extension: 'jpg', kind: 'image' }
    }
    if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
      return { mime: 'image/png', extension: 'png', kind: 'image' }
    }
    if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') {
      return { mime: 'image/webp', extension: 'webp', kind: 'image' }
    }
    if (ascii(head, 4, 8) === 'ftyp') {
      const brand = ascii(head, 8, 12)
      if (HEIF_BRANDS.includes(brand)) {
        return { mime: 'image/heic', extension: 'heic', kind: 'image' }
      }
      if (MP4_BRANDS.includes(brand)) return { mime: 'video/mp4', extension: 'mp4', kind: 'video' }
      return null
    }
    if (ascii(head, 0, 5) === '%PDF-') {
      return { mime: 'application/pdf', extension: 'pdf', kind: 'document' }
    }
    if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
      return { mime: 'application/vnd.ms-office', extension: 'doc', kind: 'document' }
    }
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
      const tail = Buffer.alloc(Math.min(TAIL, size))
      await handle.read(tail, 0, tail.length, size - tail.length)
      return officeOpenXml(ascii(head, 0, head.length) + ascii(tail, 0, tail.length))
    }
    return null
  } finally {
    await handle.close()
  }
}

/** A ZIP is only accepted as a Word, Excel or PowerPoint package. */
function officeOpenXml(names: string): DetectedType | null {
  if (!names.includes('[Content_Types].xml')) return null
  if (names.includes('word/')) {
    return {
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
      kind: 'document',
    }
  }
  if (names.includes('xl/')) {
    return {
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
      kind: 'document',
    }
  }
  if (names.includes('ppt/')) {
    return {
      mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      extension: 'pptx',
      kind: 'document',
    }
  }
  return null
}
