import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
    react(),
    adonisjs({ entryPoints: ['inertia/app.tsx'], reload: ['resources/views/**/*.edge'] }),
  ],
  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/inertia/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
  /** One dependency cache per port: parallel dev and test servers must not share one. */
  cacheDir: `node_modules/.vite/port-${process.env.PORT ?? 'default'}`,
  server: {
    watch: { ignored: ['**/tmp/**', '**/build/**'] },
    /** Browser tests must not be reloaded by someone else's file change. */
    ...(process.env.NODE_ENV === 'test' ? { hmr: false, ws: false as const } : {}),
  },
})
