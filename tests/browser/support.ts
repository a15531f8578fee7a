import type { Page } from 'playwright'
import { DEMO_PASSWORD } from '#app/data/roles'

/** The first page load compiles the frontend through Vite: be patient, never time it. */
export const PATIENCE = 60_000

/** Signs a demo account in through the login form and waits for the shell. */
export async function signIn(page: Page, email: string) {
  page.setDefaultTimeout(PATIENCE)
  await page.waitForURL(/\/login$/)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/dashboard$/)
  await page.getByTestId('module-nav').first().waitFor({ state: 'attached' })
}

/** The sidebar as [module, label] pairs, in order. */
export async function navLabels(page: Page) {
  return page
    .locator('[data-testid="module-nav"] [data-module]')
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute('data-module'), link.textContent?.trim()])
    )
}
