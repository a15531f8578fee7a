import { configApp } from '@adonisjs/eslint-config'
import { react } from '@adonisjs/eslint-config/react'

export default configApp(
  { ignores: ['build/**', 'tmp/**', 'public/**', '.adonisjs/**', 'bench/results/**', 'database/schema.ts'] },
  ...react
)
