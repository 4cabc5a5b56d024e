#!/usr/bin/env node
// The `kg` command: runs the compiled CLI (npm ci builds it; `npm run build` after editing src/).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('kg: dist/cli.js is missing. Run `npm ci` (or `npm run build`) in ' + path.resolve(__dirname, '..'));
  process.exit(1);
}
require(cli).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
