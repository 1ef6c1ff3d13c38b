// The extension packs with vsce (the devDependency of this folder) into a .vsix that holds the
// manifest, the client and its production dependencies, the grammar, the snippets and the
// editing rules, and nothing that is only for development. The setup test has installed the
// extension's production dependencies (`npm ci --omit=dev` in editor-support/vscode).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { extensionDir } = require('./tokenise');
const { entries } = require('./vsix');

const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

test('vsce packs the extension with everything VS Code loads', (t) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-vsix-'));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  const archive = path.join(folder, `limber-${manifest.version}.vsix`);
  // No terminal and stdin closed, as in CI: vsce must not stop to ask anything.
  const result = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--out', archive], {
    cwd: extensionDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120000,
  });
  assert.equal(result.status, 0, `vsce package:\n${result.stdout}\n${result.stderr}`);
  assert.doesNotMatch(result.stderr, /ERROR/);

  const vsix = entries(archive);
  for (const name of [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/extension.js',
    'extension/language-configuration.json',
    'extension/syntaxes/limber.tmLanguage.json',
    'extension/snippets/limber.json',
    'extension/LICENSE.txt',
    'extension/node_modules/vscode-languageclient/package.json',
    'extension/node_modules/vscode-languageclient/node.js',
  ]) {
    assert.ok(vsix.names.includes(name), `${name} is in the .vsix`);
  }
  // vsce 2 keeps the readme's name as written, later versions lower-case it.
  assert.ok(vsix.names.some((name) => name.toLowerCase() === 'extension/readme.md'), 'the readme is in the .vsix');
  for (const name of vsix.names) {
    assert.doesNotMatch(name, /(^|\/)\.gitignore$|\.vsix$|package-lock\.json$/, `${name} is left out`);
  }

  // What is packed is this folder's text, byte for byte.
  for (const file of ['package.json', 'extension.js', 'language-configuration.json',
    'syntaxes/limber.tmLanguage.json', 'snippets/limber.json']) {
    assert.ok(vsix.read(`extension/${file}`).equals(fs.readFileSync(path.join(extensionDir, file))), file);
  }
  const vsixManifest = vsix.read('extension.vsixmanifest').toString('utf8');
  assert.match(vsixManifest, new RegExp(`Id="limber" Version="${manifest.version.replace(/\./g, '\\.')}"`));
  assert.match(vsixManifest, /Publisher="limber"/);

  // Every production dependency of the client is packed, down to the protocol it speaks.
  const packedModules = new Set(vsix.names
    .filter((name) => name.startsWith('extension/node_modules/') && name.endsWith('/package.json'))
    .map((name) => name.slice('extension/node_modules/'.length, -'/package.json'.length)));
  const installed = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package-lock.json'), 'utf8')).packages;
  for (const [where, pkg] of Object.entries(installed)) {
    if (!where.startsWith('node_modules/') || pkg.dev) continue;
    assert.ok(packedModules.has(where.slice('node_modules/'.length)), `${where} is packed`);
  }
});
