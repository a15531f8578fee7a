/** Awaits a request and asserts its status, keeping chained requests readable. */
export async function expectStatus<T extends { assertStatus(status: number): void }>(
  pending: PromiseLike<T>,
  status: number
) {
  const response = await pending
  response.assertStatus(status)
  return response
}
