import { chromium } from 'playwright'

/**
 * Debian's Chromium, headless, with the flags that keep it off the network
 * (this machine has none beyond loopback).
 */
export function launchChromium(options: { headless?: boolean }) {
  return chromium.launch({
    ...options,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}
