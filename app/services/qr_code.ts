import { createRequire } from 'node:module'

/** The `qrcode` package ships no types; this is the one function used. */
type QrCodeModule = {
  toString(text: string, options: { type: 'svg'; margin?: number; width?: number }): Promise<string>
}
const QRCode = createRequire(import.meta.url)('qrcode') as QrCodeModule

/** A QR code of `text` as an inline SVG string. */
export function qrSvg(text: string, width?: number) {
  return QRCode.toString(text, { type: 'svg', margin: 1, width })
}
