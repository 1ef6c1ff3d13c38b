// The limber extension's language client: starts `limber lsp` over stdio for every .limber file
// and restarts it when the settings that say how to start it change. Highlighting, snippets and
// the editing rules come from the manifest alone; everything that needs to understand a routine
// (diagnostics, hover, completion, formatting, planned times) comes from the server, so the
// editor never has a second parser.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

// How the server is started, from the `limber.path` and `limber.lib` settings. The library folder
// is passed as LIMBER_LIB, the environment variable every limber command reads like `--lib`.
function serverOptions() {
  const settings = vscode.workspace.getConfiguration('limber');
  const command = settings.get('path') || 'limber';
  const env = { ...process.env };
  const lib = settings.get('lib');
  if (lib) env.LIMBER_LIB = lib;
  const run = { command, args: ['lsp'], transport: TransportKind.stdio, options: { env } };
  return { run, debug: run };
}

async function start(context) {
  client = new LanguageClient('limber', 'limber language server', serverOptions(), {
    documentSelector: [{ language: 'limber' }],
  });
  try {
    await client.start();
  } catch (error) {
    const command = vscode.workspace.getConfiguration('limber').get('path') || 'limber';
    vscode.window.showErrorMessage(
      `limber: could not start the language server with "${command} lsp" (${error.message}). ` +
        'Set "limber.path" to the limber program.',
    );
  }
  context.subscriptions.push(client);
}

async function restart(context) {
  if (client) {
    const old = client;
    client = undefined;
    await old.dispose();
  }
  await start(context);
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('limber.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('limber.path') || event.affectsConfiguration('limber.lib')) {
        restart(context);
      }
    }),
  );
  await start(context);
}

async function deactivate() {
  if (client && client.isRunning()) await client.stop();
}

module.exports = { activate, deactivate };
