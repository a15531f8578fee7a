import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { detectFileType } from '#services/records/file_type'

async function fileWith(bytes: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'sniff-'))
  const path = join(dir, 'upload.bin')
  await writeFile(path, bytes)
  return path
}

const ftyp = (brand: string) =>
  Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`), Buffer.alloc(16)])

test.group('detectFileType', () => {
  test('{name} is detected as {mime}')
    .with([
      { name: 'JPEG', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), mime: 'image/jpeg' },
      {
        name: 'PNG',
        bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
        mime: 'image/png',
      },
      {
        name: 'WebP',
        bytes: Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]),
        mime: 'image/webp',
      },
      { name: 'HEIC', bytes: ftyp('heic'), mime: 'image/heic' },
      { name: 'MP4', bytes: ftyp('isom'), mime: 'video/mp4' },
      { name: 'PDF', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n'), mime: 'application/pdf' },
      {
        name: 'DOCX',
        bytes: Buffer.concat([
          Buffer.from([0x50, 0x4b, 0x03, 0x04]),
          Buffer.from('....[Content_Types].xml....word/document.xml'),
        ]),
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ])
    .run(async ({ assert }, { bytes, mime }) => {
      const detected = await detectFileType(await fileWith(bytes))
      assert.equal(detected?.mime, mime)
    })

  test('rejects {name}')
    .with([
      { name: 'a shell script named .jpg', bytes: Buffer.from('#!/bin/sh\nrm -rf /\n') },
      { name: 'HTML', bytes: Buffer.from('<html><script>alert(1)</script></html>') },
      {
        name: 'a plain ZIP',
        bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('data.csv')]),
      },
      { name: 'an unknown ftyp brand', bytes: ftyp('qt  ') },
      { name: 'an empty file', bytes: Buffer.alloc(0) },
    ])
    .run(async ({ assert }, { bytes }) => {
      assert.isNull(await detectFileType(await fileWith(bytes)))
    })
})
