/** A moment as the value of a datetime-local input: local time, to the minute. */
export function toLocalInput(moment: string | Date = new Date()) {
  const date = new Date(moment)
  date.setMinutes(date.getMinutes() - date.getTimezoneOffset())
  return date.toISOString().slice(0, 16)
}
