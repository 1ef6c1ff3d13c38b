// The extension's manifest and the files it names: every JSON file parses, every path the
// manifest contributes exists and agrees with the file it names, the editing rules of
// language-configuration.json do what the canonical layout of the examples asks, and the client
// starts `limber lsp` the way the settings say.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { repoRoot, extensionDir, splitLines } = require('./tokenise');

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(extensionDir, file), 'utf8'));
const manifest = readJson('package.json');

function jsonFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : jsonFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

test('every JSON file of the extension parses', () => {
  const files = jsonFiles(extensionDir).map((file) => path.relative(extensionDir, file)).sort();
  for (const expected of ['language-configuration.json', 'package.json', 'package-lock.json',
    'snippets/limber.json', 'syntaxes/limber.tmLanguage.json']) {
    assert.ok(files.includes(expected), `${expected} is among ${files.join(', ')}`);
  }
  for (const file of files) assert.doesNotThrow(() => readJson(file), file);
});

test('the manifest names an extension vsce can publish', () => {
  assert.equal(manifest.name, 'limber');
  assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/);
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  assert.equal(manifest.license, 'SEE LICENSE IN LICENSE');
  assert.ok(fs.existsSync(path.join(extensionDir, 'LICENSE')));
  // The project has no public home yet: no made-up address (vsce is told so when packing).
  assert.equal(manifest.repository, undefined, 'no stand-in repository address');
  assert.deepEqual(manifest.activationEvents, ['onLanguage:limber']);
  assert.deepEqual(Object.keys(manifest.dependencies), ['vscode-languageclient']);
  assert.equal(manifest.devDependencies, undefined, 'vsce lives in the tests, not the extension');
});

test('every contributed path exists and agrees with its file', () => {
  const { languages, grammars, snippets, configuration } = manifest.contributes;
  assert.ok(fs.existsSync(path.join(extensionDir, manifest.main)), manifest.main);
  assert.deepEqual(languages.map((l) => [l.id, l.extensions]), [['limber', ['.limber']]]);
  assert.ok(languages[0].aliases.includes('limber'));
  const paths = [languages[0].configuration, ...grammars.map((g) => g.path), ...snippets.map((s) => s.path)];
  for (const file of paths) assert.ok(fs.existsSync(path.join(extensionDir, file)), file);

  assert.deepEqual(grammars.map((g) => [g.language, g.scopeName]), [['limber', 'source.limber']]);
  assert.equal(readJson(grammars[0].path).scopeName, 'source.limber');
  assert.deepEqual(snippets.map((s) => s.language), ['limber']);

  const settings = configuration.properties;
  assert.equal(settings['limber.path'].type, 'string');
  assert.equal(settings['limber.path'].default, 'limber');
  assert.equal(settings['limber.lib'].type, 'string');
  assert.equal(settings['limber.lib'].default, '');
  const commands = manifest.contributes.commands.map((c) => c.command);
  const registered = [...fs.readFileSync(path.join(extensionDir, manifest.main), 'utf8')
    .matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(registered, commands, 'the commands the manifest lists are the ones the client registers');
});

// language-configuration.json's patterns against every line of the examples, which are in the
// canonical layout of `limber fmt`: a line opens a block exactly when the next line is indented
// further, and closes one exactly when it is indented less than the line before.
test('the editing rules indent, outdent and fold as the examples are laid out', () => {
  const config = readJson(manifest.contributes.languages[0].configuration);
  assert.deepEqual(config.comments, { lineComment: '#' });
  assert.deepEqual(config.brackets, [['{', '}']]);
  assert.deepEqual(config.autoClosingPairs.map((p) => [p.open, p.close]), [['{', '}'], ['"', '"']]);
  assert.deepEqual(config.surroundingPairs, [['{', '}'], ['"', '"']]);
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  assert.equal(config.folding.markers.start, config.indentationRules.increaseIndentPattern);
  assert.equal(config.folding.markers.end, config.indentationRules.decreaseIndentPattern);

  const indent = (line) => line.match(/^ */)[0].length;
  let opened = 0;
  for (const file of fs.readdirSync(path.join(repoRoot, 'examples'))) {
    const lines = splitLines(fs.readFileSync(path.join(repoRoot, 'examples', file), 'utf8'));
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const next = lines.slice(i + 1).find((l) => l.trim());
      const previous = lines.slice(0, i).reverse().find((l) => l.trim());
      const where = `examples/${file}:${i + 1}: ${line}`;
      assert.equal(increase.test(line), next !== undefined && indent(next) > indent(line), `opens a block: ${where}`);
      assert.equal(decrease.test(line), previous !== undefined && indent(line) < indent(previous), `closes a block: ${where}`);
      if (increase.test(line)) opened++;
    });
  }
  assert.ok(opened > 20, `blocks opened in the examples: ${opened}`);
  // A brace or a # inside a string is text, not a block or a comment.
  assert.ok(increase.test('section "Step #1 {of 2}" {  # first'));
  assert.ok(!increase.test('say "open {"'));
  assert.ok(!increase.test('hold cat_cow 30s # {'));
});

// Loads extension.js with stand-ins for the `vscode` module and for vscode-languageclient, which
// exist only inside VS Code, and records what the client is asked to start.
function loadClient(settings) {
  const record = { clients: [], commands: {}, errors: [], configurationListeners: [] };
  const vscode = {
    workspace: {
      getConfiguration: (section) => {
        assert.equal(section, 'limber');
        return { get: (key) => settings[key] };
      },
      onDidChangeConfiguration: (listener) => {
        record.configurationListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: { showErrorMessage: (message) => record.errors.push(message) },
    commands: {
      registerCommand: (name, handler) => {
        record.commands[name] = handler;
        return { dispose() {} };
      },
    },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, running: false, disposed: false });
      record.clients.push(this);
    }
    async start() {
      if (settings.path === 'missing-limber') throw new Error('spawn missing-limber ENOENT');
      this.running = true;
    }
    isRunning() { return this.running; }
    async stop() { this.running = false; }
    async dispose() { this.disposed = true; this.running = false; }
  }
  const stubs = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return Object.hasOwn(stubs, request) ? stubs[request] : load.call(this, request, ...rest);
  };
  const file = path.join(extensionDir, manifest.main);
  try {
    delete require.cache[require.resolve(file)];
    return { extension: require(file), record };
  } finally {
    Module._load = load;
  }
}

test('the client starts `limber lsp` over stdio as the settings say', async () => {
  const settings = { path: '/opt/limber/bin/limber', lib: '/clinic/stdlib' };
  const { extension, record } = loadClient(settings);
  const context = { subscriptions: [] };
  await extension.activate(context);

  assert.equal(record.clients.length, 1);
  const [client] = record.clients;
  assert.equal(client.id, 'limber');
  assert.deepEqual(client.clientOptions.documentSelector, [{ language: 'limber' }]);
  for (const mode of ['run', 'debug']) {
    const server = client.serverOptions[mode];
    assert.equal(server.command, '/opt/limber/bin/limber');
    assert.deepEqual(server.args, ['lsp']);
    assert.equal(server.transport, 0, 'stdio');
    assert.equal(server.options.env.LIMBER_LIB, '/clinic/stdlib');
  }
  assert.ok(client.running);
  assert.ok(context.subscriptions.includes(client));

  // A change of limber.path restarts the server with the new program; other settings do not.
  const change = (key) => ({ affectsConfiguration: (name) => name === key });
  record.configurationListeners.forEach((listener) => listener(change('editor.fontSize')));
  assert.equal(record.clients.length, 1);
  settings.path = 'limber';
  settings.lib = '';
  record.configurationListeners.forEach((listener) => listener(change('limber.path')));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(record.clients.length, 2);
  assert.ok(client.disposed);
  assert.equal(record.clients[1].serverOptions.run.command, 'limber');
  assert.equal(record.clients[1].serverOptions.run.options.env.LIMBER_LIB, process.env.LIMBER_LIB);

  await record.commands['limber.restartServer']();
  assert.equal(record.clients.length, 3);
  await extension.deactivate();
  assert.ok(!record.clients[2].running);
  assert.deepEqual(record.errors, []);
});

test('a server that cannot start is reported with the setting to fix', async () => {
  const { extension, record } = loadClient({ path: 'missing-limber', lib: '' });
  await extension.activate({ subscriptions: [] });
  assert.equal(record.errors.length, 1);
  assert.match(record.errors[0], /"missing-limber lsp"/);
  assert.match(record.errors[0], /limber\.path/);
  await extension.deactivate();
});
