// Every snippet, inserted with its defaults as VS Code would insert it, is a routine that
// `limber check` accepts with no error and no warning (the routine skeleton's only warning being
// that it has no steps yet to fill its target): a therapist who tabs through a snippet starts
// from a valid file.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { repoRoot, extensionDir } = require('./tokenise');

// The binary the suite built (CMake passes it), else the release build's.
const limber = process.env.LIMBER_BINARY || path.join(repoRoot, 'build', 'limber');
const snippets = JSON.parse(fs.readFileSync(path.join(extensionDir, 'snippets', 'limber.json'), 'utf8'));

// The text VS Code inserts when every placeholder keeps its default: `${1:text}` is its text,
// `${1|a,b|}` its first choice, `$0` and `$1` nothing; a tab is the two spaces of limber's layout.
function expand(body) {
  let text = body.join('\n');
  for (let previous; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\t/g, '  ');
}

// Where each snippet is inserted: a definition stands alone, a condition is followed by a step
// that asks it (one never asked gets a warning), and a step comes after the warm-up that every
// routine starts with (a stretch before any warm-up gets a warning).
function inContext(prefix, text) {
  if (prefix === 'routine' || prefix === 'exercise') return text;
  if (prefix === 'condition') return `${text}warmup march_in_place 1min\nrest 30s unless name\n`;
  return `warmup march_in_place 1min\n${text}`;
}

test('the expansion reads placeholders as VS Code does', () => {
  assert.equal(expand(['hold ${1:cat_cow} ${2:30s} x${3:2}$0']), 'hold cat_cow 30s x2');
  assert.equal(expand(['\tkind ${3|stretch,mobility|}']), '  kind stretch');
  assert.equal(expand(['section "${1:Title}" {', '\t${0:hold cat_cow 30s x2}', '}']),
    'section "Title" {\n  hold cat_cow 30s x2\n}');
});

test('the snippets cover what a routine is written with', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix).sort();
  assert.deepEqual(prefixes, ['condition', 'exercise', 'hold', 'holds', 'if', 'repeat', 'reps', 'routine', 'section', 'warmup']);
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, `${name} has a body`);
    assert.ok(snippet.description, `${name} has a description`);
  }
});

test('every snippet, as inserted, passes limber check', (t) => {
  assert.ok(fs.existsSync(limber), `the limber binary at ${limber}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-snippets-'));
  t.after(() => fs.rmSync(folder, { recursive: true, force: true }));
  for (const [name, snippet] of Object.entries(snippets)) {
    const text = inContext(snippet.prefix, `${expand(snippet.body)}\n`);
    const file = path.join(folder, `${snippet.prefix}.limber`);
    fs.writeFileSync(file, text);
    const result = spawnSync(limber, ['check', '--format', 'json', file], { encoding: 'utf8' });
    const report = `${name}:\n${text}\n${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, report);
    const codes = JSON.stringify(JSON.parse(result.stdout)).match(/"code":"[^"]+"/g) || [];
    assert.deepEqual(codes, snippet.prefix === 'routine' ? ['"code":"off-target"'] : [], report);
  }
});
