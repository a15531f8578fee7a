import type { Data } from '@generated/data'
import type { PropsWithChildren } from 'react'

export type SharedProps = Data.SharedProps

export type InertiaProps<T extends object = object> = PropsWithChildren<SharedProps & T>

declare module '@inertiajs/core' {
  interface InertiaConfig {
    sharedPageProps: Data.SharedProps
  }
}
