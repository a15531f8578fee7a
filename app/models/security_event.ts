import { SecurityEventSchema } from '#database/schema'

export default class SecurityEvent extends SecurityEventSchema {}
