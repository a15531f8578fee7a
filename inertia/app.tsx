import './css/app.css'
import type { ComponentType, ReactElement } from 'react'
import { createRoot } from 'react-dom/client'
import { createInertiaApp } from '@inertiajs/react'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { client } from '~/client'
import { theme } from '~/theme'
import AppLayout from '~/layouts/app_layout'

type PageModule = { default: ComponentType<any> }

createInertiaApp({
  title: (title) => (title ? `${title} · HarmoniHSE360` : 'HarmoniHSE360'),
  resolve: (name) =>
    resolvePageComponent<PageModule>(
      `./pages/${name}.tsx`,
      import.meta.glob<PageModule>('./pages/**/*.tsx'),
      (page: ReactElement) => <AppLayout>{page}</AppLayout>
    ).then((module) => module.default),
  setup({ el, App, props }) {
    createRoot(el).render(
      <TuyauProvider client={client}>
        <MantineProvider theme={theme}>
          <Notifications position="top-right" />
          <App {...props} />
        </MantineProvider>
      </TuyauProvider>
    )
  },
  progress: { color: '#1c7ed6', delay: 150 },
})
