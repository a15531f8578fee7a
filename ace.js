/*
|--------------------------------------------------------------------------
| Ace entrypoint
|--------------------------------------------------------------------------
|
| Runs Ace commands. Source TypeScript is loaded through @poppinss/ts-exec,
| which needs Node.js 24. A system Node that is too old fails with a
| confusing ".ts" error, so we stop early with a clear message instead.
|
*/

const [major] = process.versions.node.split('.').map(Number)
if (major < 24) {
  console.error(
    `HarmoniHSE360 needs Node.js 24 or newer, but this is Node.js ${process.versions.node}.\n` +
      'Run commands through npm (npm run …) or ./node_modules/.bin/node ace …, which use the Node 24 ' +
      'installed with the project.'
  )
  process.exit(1)
}

await import('@poppinss/ts-exec')
await import('./bin/console.js')
