// Tokenises limber text with the extension's TextMate grammar through vscode-textmate and
// vscode-oniguruma, the libraries VS Code itself highlights with, so that what the tests see is
// what an editor shows.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const repoRoot = path.resolve(__dirname, '../../..');
const extensionDir = path.join(repoRoot, 'editor-support', 'vscode');
const grammarPath = path.join(extensionDir, 'syntaxes', 'limber.tmLanguage.json');

// The regular-expression engine is loaded once per process; every grammar shares it.
let onigLib;
function regexEngine() {
  if (!onigLib) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    onigLib = oniguruma
      .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
      .then(() => ({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }));
  }
  return onigLib;
}

// Splits text into lines as VS Code does: a byte order mark is not text, and CRLF is one line end.
function splitLines(text) {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

// A tokeniser for the grammar's JSON text (the extension's own unless another is given, as the
// test that breaks a scope on purpose does). It returns every token of every line:
// { line, column (both 1-based), text, scopes }.
async function createTokeniser(grammarText = fs.readFileSync(grammarPath, 'utf8')) {
  const registry = new textmate.Registry({
    onigLib: regexEngine(),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.limber' ? textmate.parseRawGrammar(grammarText, grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('source.limber');
  if (!grammar) throw new Error(`no grammar for source.limber in ${grammarPath}`);
  return (text) => {
    const tokens = [];
    let state = textmate.INITIAL;
    splitLines(text).forEach((line, index) => {
      const result = grammar.tokenizeLine(line, state);
      for (const token of result.tokens) {
        tokens.push({
          line: index + 1,
          column: token.startIndex + 1,
          text: line.slice(token.startIndex, token.endIndex),
          scopes: token.scopes,
        });
      }
      state = result.ruleStack;
    });
    return tokens;
  };
}

module.exports = { repoRoot, extensionDir, grammarPath, createTokeniser, splitLines };
