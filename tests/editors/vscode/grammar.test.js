// The TextMate grammar (editor-support/vscode/syntaxes/limber.tmLanguage.json) as VS Code applies
// it: every example, library module, valid conformance file and progression plan is fully
// scoped, chosen tokens get exactly the scopes a theme colours them by, and every keyword of
// grammar/rules.hpp is known.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { repoRoot, grammarPath, createTokeniser, splitLines } = require('./tokenise');
const { problems } = require('./scopes');

function limberFiles(folder, { everyFile = false } = {}) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...limberFiles(full, { everyFile }));
    else if (everyFile || entry.name.endsWith('.limber')) found.push(full);
  }
  return found.sort();
}

const corpus = {
  examples: limberFiles(path.join(repoRoot, 'examples'), { everyFile: true }),
  stdlib: limberFiles(path.join(repoRoot, 'stdlib')),
  conformance: limberFiles(path.join(repoRoot, 'tests', 'conformance', 'valid')),
  // The progressions the plan tests run: valid files the other folders have no example of.
  progressions: limberFiles(path.join(repoRoot, 'tests', 'conformance', 'plans'))
    .filter((file) => path.basename(file).startsWith('progress-')),
};

async function corpusProblems(tokenise) {
  const found = [];
  for (const file of Object.values(corpus).flat()) {
    const text = fs.readFileSync(file, 'utf8');
    found.push(...problems(path.relative(repoRoot, file), splitLines(text), tokenise(text)));
  }
  return found;
}

// The token that starts at LINE:COLUMN of the tokens of a file.
function tokenAt(tokens, line, column) {
  const token = tokens.find((t) => t.line === line && t.column === column);
  assert.ok(token, `no token starts at ${line}:${column}`);
  return token;
}

// Asserts the token at LINE:COLUMN is TEXT, with SCOPE innermost and WITHIN (if given) around it.
function expectToken(tokens, line, column, text, scope, within = []) {
  const token = tokenAt(tokens, line, column);
  const where = `${line}:${column}`;
  assert.equal(token.text, text, `the token at ${where}`);
  assert.equal(token.scopes.at(-1), scope, `the innermost scope of ${JSON.stringify(text)} at ${where}`);
  for (const outer of within) {
    assert.ok(token.scopes.includes(outer), `${JSON.stringify(text)} at ${where} lies in ${outer}: ${token.scopes.join(' ')}`);
  }
}

let tokenise;
test.before(async () => {
  tokenise = await createTokeniser();
});

function tokensOf(relative) {
  return tokenise(fs.readFileSync(path.join(repoRoot, relative), 'utf8'));
}

test('the corpus is there to tokenise', () => {
  assert.ok(corpus.examples.length >= 6, `examples: ${corpus.examples.length}`);
  assert.ok(corpus.stdlib.length >= 7, `stdlib: ${corpus.stdlib.length}`);
  assert.ok(corpus.conformance.length >= 6, `conformance: ${corpus.conformance.length}`);
  assert.ok(corpus.progressions.length >= 3, `progressions: ${corpus.progressions.length}`);
});

test('every example, library module, valid conformance file and progression is fully scoped', async () => {
  const found = await corpusProblems(tokenise);
  assert.deepEqual(found, []);
});

test('spine-mobility: steps, values, comments and titles', () => {
  const tokens = tokensOf('examples/spine-mobility.limber');
  expectToken(tokens, 1, 1, '#', 'punctuation.definition.comment.limber', ['comment.line.number-sign.limber']);
  expectToken(tokens, 1, 2, ' Simple 10-minute spine mobility routine', 'comment.line.number-sign.limber');
  expectToken(tokens, 2, 1, 'routine', 'storage.type.routine.limber', ['meta.routine.limber']);
  expectToken(tokens, 2, 10, 'Spine Mobility', 'string.quoted.double.limber', ['entity.name.section.limber']);
  expectToken(tokens, 2, 26, '{', 'punctuation.section.block.begin.limber');
  expectToken(tokens, 3, 3, 'target', 'keyword.other.setting.limber');
  expectToken(tokens, 3, 10, '10min', 'constant.numeric.duration.limber');
  expectToken(tokens, 4, 3, 'frequency', 'keyword.other.setting.limber');
  expectToken(tokens, 4, 13, '3', 'constant.numeric.decimal.limber');
  expectToken(tokens, 4, 14, '..', 'keyword.operator.range.limber');
  expectToken(tokens, 4, 18, 'per', 'keyword.other.frequency.limber');
  expectToken(tokens, 5, 3, 'screen', 'keyword.other.setting.limber');
  expectToken(tokens, 5, 10, 'urgent_care', 'variable.other.screen.limber');
  expectToken(tokens, 7, 3, 'warmup', 'keyword.other.step.limber');
  expectToken(tokens, 7, 10, 'march_in_place', 'variable.other.exercise.limber');
  expectToken(tokens, 9, 3, 'section', 'keyword.other.step.section.limber');
  expectToken(tokens, 9, 12, 'Spine Mobility', 'string.quoted.double.limber', ['entity.name.section.limber']);
  expectToken(tokens, 10, 5, 'hold', 'keyword.other.step.limber', ['meta.routine.limber', 'meta.block.limber']);
  expectToken(tokens, 10, 10, 'cat_cow', 'variable.other.exercise.limber');
  expectToken(tokens, 10, 18, '30s', 'constant.numeric.duration.limber');
  expectToken(tokens, 10, 22, 'x3', 'constant.numeric.count.limber');
  expectToken(tokens, 11, 5, 'reps', 'keyword.other.step.limber');
  expectToken(tokens, 11, 22, '10', 'constant.numeric.decimal.limber');
  expectToken(tokens, 14, 29, 'each', 'keyword.other.side.limber');
  expectToken(tokens, 14, 34, 'side', 'keyword.other.side.limber');
  expectToken(tokens, 15, 5, 'optional', 'keyword.control.limber');
  expectToken(tokens, 21, 3, 'optional', 'keyword.control.limber');
  expectToken(tokens, 21, 12, 'section', 'keyword.other.step.section.limber');
  expectToken(tokens, 27, 3, 'if', 'keyword.control.limber');
  expectToken(tokens, 27, 6, 'flare_up', 'variable.other.condition.limber');
  expectToken(tokens, 27, 15, 'then', 'keyword.control.limber');
  expectToken(tokens, 27, 20, 'scale', 'keyword.other.setting.limber');
  expectToken(tokens, 27, 26, '0.5', 'constant.numeric.decimal.limber');
  expectToken(tokens, 28, 1, '}', 'punctuation.section.block.end.limber', ['meta.routine.limber']);
});

test('one-liner: statements on one line', () => {
  const tokens = tokensOf('examples/one-liner.limber');
  expectToken(tokens, 1, 1, 'hold', 'keyword.other.step.limber');
  expectToken(tokens, 1, 20, ';', 'punctuation.terminator.statement.limber');
  expectToken(tokens, 1, 22, 'switch', 'keyword.other.step.limber');
  expectToken(tokens, 1, 29, 'sides', 'keyword.other.step.limber');
  expectToken(tokens, 1, 36, 'if', 'keyword.control.limber');
});

test('beginner-core: repeat, say, set', () => {
  const tokens = tokensOf('examples/beginner-core.limber');
  expectToken(tokens, 5, 15, 'per', 'keyword.other.frequency.limber');
  expectToken(tokens, 7, 3, 'set', 'keyword.other.setting.limber');
  expectToken(tokens, 7, 7, 'round_rest', 'variable.other.setting.limber');
  expectToken(tokens, 7, 18, '10s', 'constant.numeric.duration.limber');
  expectToken(tokens, 12, 5, 'say', 'keyword.other.step.limber');
  expectToken(tokens, 12, 10, 'Keep your back still and breathe steadily. Quality matters more than duration.', 'string.quoted.double.limber');
  expectToken(tokens, 13, 5, 'repeat', 'keyword.control.limber');
  expectToken(tokens, 13, 12, '2', 'constant.numeric.decimal.limber');
  expectToken(tokens, 17, 7, 'rest', 'keyword.other.step.limber');
});

test('flare-up-day: given, percent, unless and a comment after a step', () => {
  const tokens = tokensOf('examples/flare-up-day.limber');
  expectToken(tokens, 5, 3, 'given', 'keyword.other.setting.limber');
  expectToken(tokens, 5, 9, 'flare_up', 'variable.other.condition.limber');
  expectToken(tokens, 8, 7, 'transition', 'variable.other.setting.limber');
  expectToken(tokens, 28, 11, '50%', 'constant.numeric.percent.limber');
  expectToken(tokens, 29, 38, 'unless', 'keyword.control.limber');
  expectToken(tokens, 29, 45, 'flexion_pain', 'variable.other.condition.limber');
  expectToken(tokens, 34, 8, '1min', 'constant.numeric.duration.limber');
  expectToken(tokens, 34, 13, '#', 'punctuation.definition.comment.limber', ['comment.line.number-sign.limber']);
});

test('desk-neck: an exercise definition with its properties and values', () => {
  const tokens = tokensOf('examples/desk-neck.limber');
  expectToken(tokens, 5, 1, 'exercise', 'storage.type.exercise.limber', ['meta.definition.exercise.limber']);
  expectToken(tokens, 5, 10, 'shoulder_rolls', 'entity.name.function.exercise.limber');
  expectToken(tokens, 5, 26, 'Shoulder Rolls', 'string.quoted.double.limber');
  expectToken(tokens, 6, 3, 'kind', 'support.type.property-name.limber');
  expectToken(tokens, 6, 8, 'warmup', 'constant.language.kind.limber');
  expectToken(tokens, 7, 3, 'position', 'support.type.property-name.limber');
  expectToken(tokens, 7, 12, 'seated', 'constant.language.position.limber');
  expectToken(tokens, 8, 3, 'regions', 'support.type.property-name.limber');
  expectToken(tokens, 8, 11, 'shoulders', 'constant.other.region.limber');
  expectToken(tokens, 8, 20, ',', 'punctuation.separator.comma.limber');
  expectToken(tokens, 9, 3, 'mode', 'support.type.property-name.limber');
  expectToken(tokens, 9, 8, 'hold', 'constant.language.mode.limber');
  expectToken(tokens, 10, 3, 'hold', 'support.type.property-name.limber');
  expectToken(tokens, 10, 8, '30s', 'constant.numeric.duration.limber');
  expectToken(tokens, 10, 11, '..', 'keyword.operator.range.limber');
  expectToken(tokens, 10, 13, '2min', 'constant.numeric.duration.limber');
  expectToken(tokens, 11, 3, 'risk', 'support.type.property-name.limber');
  expectToken(tokens, 11, 8, 'low', 'constant.language.risk.limber');
  expectToken(tokens, 12, 3, 'cue', 'support.type.property-name.limber');
  expectToken(tokens, 21, 3, 'reps', 'support.type.property-name.limber');
  expectToken(tokens, 21, 8, '8', 'constant.numeric.decimal.limber');
  expectToken(tokens, 23, 3, 'tempo', 'support.type.property-name.limber');
  expectToken(tokens, 23, 9, '5s', 'constant.numeric.duration.limber');
  expectToken(tokens, 34, 3, 'sided', 'support.type.property-name.limber');
  expectToken(tokens, 76, 3, 'equipment', 'support.type.property-name.limber');
  expectToken(tokens, 76, 13, 'doorway', 'constant.other.equipment.limber');
  expectToken(tokens, 90, 3, 'avoid_if', 'support.type.property-name.limber');
  expectToken(tokens, 90, 12, 'extension_pain', 'variable.other.condition.limber');
  // After the definitions, `hold` and `reps` are steps again.
  expectToken(tokens, 104, 5, 'reps', 'keyword.other.step.limber', ['meta.routine.limber']);
  expectToken(tokens, 105, 5, 'hold', 'keyword.other.step.limber', ['meta.routine.limber']);
});

test('own-exercises: a condition, a screen declared and asked, an alt', () => {
  const tokens = tokensOf('examples/own-exercises.limber');
  expectToken(tokens, 4, 1, 'condition', 'storage.type.condition.limber', ['meta.definition.condition.limber']);
  expectToken(tokens, 4, 11, 'shoulder_pain', 'entity.name.variable.condition.limber');
  expectToken(tokens, 6, 1, 'screen', 'storage.type.screen.limber', ['meta.definition.screen.limber']);
  expectToken(tokens, 6, 8, 'ready_to_play', 'entity.name.type.screen.limber');
  expectToken(tokens, 6, 23, 'Before you warm up', 'string.quoted.double.limber', ['entity.name.section.limber']);
  expectToken(tokens, 7, 3, 'flag', 'keyword.other.flag.limber');
  expectToken(tokens, 73, 3, 'alt', 'support.type.property-name.limber');
  expectToken(tokens, 73, 7, 'side_bend', 'variable.other.exercise.limber');
  expectToken(tokens, 81, 3, 'screen', 'keyword.other.setting.limber', ['meta.routine.limber']);
  expectToken(tokens, 81, 10, 'ready_to_play', 'variable.other.screen.limber');
  expectToken(tokens, 85, 3, 'if', 'keyword.control.limber');
  expectToken(tokens, 87, 5, 'else', 'keyword.control.limber');
});

test('stdlib: condition texts, and a definition-only module', () => {
  const prelude = tokensOf('stdlib/prelude.limber');
  expectToken(prelude, 8, 1, 'condition', 'storage.type.condition.limber');
  expectToken(prelude, 8, 11, 'flare_up', 'entity.name.variable.condition.limber');
  expectToken(prelude, 9, 3, 'reason', 'support.type.property-name.limber', ['meta.definition.condition.limber']);
  expectToken(prelude, 10, 3, 'acknowledge', 'support.type.property-name.limber');
  const neck = tokensOf('stdlib/neck.limber');
  expectToken(neck, 13, 1, 'exercise', 'storage.type.exercise.limber');
  expectToken(neck, 13, 10, 'chin_tuck', 'entity.name.function.exercise.limber');
  expectToken(neck, 14, 8, 'mobility', 'constant.language.kind.limber');
});

test('a string keeps its escapes, and a wrong escape is marked', () => {
  const tokens = tokenise('say "Say \\"ahh\\" and let go \\\\ slowly"');
  expectToken(tokens, 1, 1, 'say', 'keyword.other.step.limber');
  expectToken(tokens, 1, 5, '"', 'punctuation.definition.string.begin.limber', ['string.quoted.double.limber']);
  expectToken(tokens, 1, 6, 'Say ', 'string.quoted.double.limber');
  expectToken(tokens, 1, 10, '\\"', 'constant.character.escape.limber', ['string.quoted.double.limber']);
  expectToken(tokens, 1, 12, 'ahh', 'string.quoted.double.limber');
  expectToken(tokens, 1, 15, '\\"', 'constant.character.escape.limber');
  expectToken(tokens, 1, 29, '\\\\', 'constant.character.escape.limber');
  expectToken(tokens, 1, 38, '"', 'punctuation.definition.string.end.limber');
  // tests/conformance/syntax/bad-escape.limber: `\n` is no escape of limber's.
  const bad = tokensOf('tests/conformance/syntax/bad-escape.limber');
  expectToken(bad, 1, 14, '\\n', 'invalid.illegal.escape.limber', ['string.quoted.double.limber']);
  // A string never runs past its line: the next line is code again.
  const open = tokenise('say "no end\nhold cat_cow 30s');
  expectToken(open, 2, 1, 'hold', 'keyword.other.step.limber');
});

test('progression: after a dose, as a block statement, of rounds', () => {
  const block = tokensOf('tests/conformance/plans/progress-block.limber');
  // `progress +5s per 2 weeks until 30s` as a statement of a section
  expectToken(block, 4, 3, 'progress', 'keyword.control.limber', ['meta.block.limber', 'meta.progression.limber']);
  expectToken(block, 4, 12, '+5s', 'constant.numeric.duration.limber', ['meta.progression.limber']);
  expectToken(block, 4, 16, 'per', 'keyword.other.frequency.limber', ['meta.progression.limber']);
  expectToken(block, 4, 20, '2', 'constant.numeric.decimal.limber');
  expectToken(block, 4, 22, 'weeks', 'keyword.other.frequency.limber', ['meta.progression.limber']);
  expectToken(block, 4, 28, 'until', 'keyword.other.frequency.limber', ['meta.progression.limber']);
  expectToken(block, 4, 34, '30s', 'constant.numeric.duration.limber');
  // `progress rounds +1 per 2 weeks until 3`
  expectToken(block, 5, 3, 'progress', 'keyword.control.limber');
  expectToken(block, 5, 12, 'rounds', 'constant.language.progress.limber', ['meta.progression.limber']);
  expectToken(block, 5, 19, '+1', 'constant.numeric.decimal.limber');
  expectToken(block, 5, 22, 'per', 'keyword.other.frequency.limber');
  expectToken(block, 5, 26, '2', 'constant.numeric.decimal.limber');
  expectToken(block, 5, 28, 'weeks', 'keyword.other.frequency.limber');
  expectToken(block, 5, 34, 'until', 'keyword.other.frequency.limber');
  expectToken(block, 5, 40, '3', 'constant.numeric.decimal.limber');
  // The step before a progression is scoped as ever; the block ends after it.
  expectToken(block, 7, 3, 'reps', 'keyword.other.step.limber');
  expectToken(block, 7, 8, 'pelvic_tilt', 'variable.other.exercise.limber');
  expectToken(block, 7, 20, '8', 'constant.numeric.decimal.limber');
  expectToken(block, 7, 22, 'x2', 'constant.numeric.count.limber');
  expectToken(block, 7, 25, 'progress', 'keyword.control.limber', ['meta.progression.limber']);
  expectToken(block, 7, 34, '+2', 'constant.numeric.decimal.limber');
  expectToken(block, 7, 37, 'per', 'keyword.other.frequency.limber');
  expectToken(block, 7, 41, 'week', 'keyword.other.frequency.limber');
  expectToken(block, 7, 46, 'until', 'keyword.other.frequency.limber');
  expectToken(block, 7, 52, '12', 'constant.numeric.decimal.limber');
  expectToken(block, 8, 1, '}', 'punctuation.section.block.end.limber');

  const week = tokensOf('tests/conformance/plans/progress-week-1.limber');
  expectToken(week, 3, 1, 'hold', 'keyword.other.step.limber');
  expectToken(week, 3, 6, 'cat_cow', 'variable.other.exercise.limber');
  expectToken(week, 3, 14, '20s', 'constant.numeric.duration.limber');
  expectToken(week, 3, 18, 'x2', 'constant.numeric.count.limber');
  expectToken(week, 3, 21, 'progress', 'keyword.control.limber');
  expectToken(week, 3, 30, '+5s', 'constant.numeric.duration.limber');
  expectToken(week, 3, 34, 'per', 'keyword.other.frequency.limber');
  expectToken(week, 3, 38, 'week', 'keyword.other.frequency.limber');
  expectToken(week, 3, 43, 'until', 'keyword.other.frequency.limber');
  expectToken(week, 3, 49, '30s', 'constant.numeric.duration.limber');

  // Sides before it, `unless` after it, a `-` step (the checker's error, not the highlighter's),
  // `per 1 weeks`, and another step after `;`.
  const tokens = tokenise(
    'hold figure_four 20s x2 each side progress rounds -1 per 1 weeks until 3 unless flare_up; rest 30s',
  );
  expectToken(tokens, 1, 25, 'each', 'keyword.other.side.limber');
  expectToken(tokens, 1, 35, 'progress', 'keyword.control.limber');
  expectToken(tokens, 1, 44, 'rounds', 'constant.language.progress.limber');
  expectToken(tokens, 1, 51, '-1', 'constant.numeric.decimal.limber');
  expectToken(tokens, 1, 58, '1', 'constant.numeric.decimal.limber');
  expectToken(tokens, 1, 60, 'weeks', 'keyword.other.frequency.limber');
  expectToken(tokens, 1, 72, '3', 'constant.numeric.decimal.limber');
  expectToken(tokens, 1, 74, 'unless', 'keyword.control.limber');
  expectToken(tokens, 1, 81, 'flare_up', 'variable.other.condition.limber');
  expectToken(tokens, 1, 89, ';', 'punctuation.terminator.statement.limber');
  expectToken(tokens, 1, 91, 'rest', 'keyword.other.step.limber');
  assert.ok(!tokenAt(tokens, 1, 74).scopes.includes('meta.progression.limber'), 'the progression ends before unless');
  // The words of a progression mean nothing in an exercise definition.
  const definition = tokenise('exercise x {\n  rounds 2..3\n}');
  expectToken(definition, 2, 3, 'rounds', 'support.type.property-name.limber');
});

test('use: a module name and a file', () => {
  const tokens = tokenise('use neck\nuse "shared/exercises.limber"\nhold 1min30s');
  expectToken(tokens, 1, 1, 'use', 'keyword.other.setting.use.limber');
  expectToken(tokens, 1, 5, 'neck', 'entity.name.namespace.module.limber');
  expectToken(tokens, 2, 6, 'shared/exercises.limber', 'string.quoted.double.limber');
  expectToken(tokens, 3, 6, '1min30s', 'constant.numeric.duration.limber');
});

// Every word the parser knows (each `word<...>` of grammar/rules.hpp), with a line that uses it
// and the scope it must get there. The words limber reads only to report them as a misspelt `say`
// (`note "..."`) are not the language's and are left out.
const KEYWORD_USES = {
  hold: ['hold cat_cow 30s', 'keyword.other.step.limber'],
  reps: ['reps pelvic_tilt 10', 'keyword.other.step.limber'],
  warmup: ['warmup march_in_place 1min', 'keyword.other.step.limber'],
  rest: ['rest 30s', 'keyword.other.step.limber'],
  switch: ['switch sides', 'keyword.other.step.limber'],
  sides: ['switch sides', 'keyword.other.step.limber'],
  say: ['say "Breathe."', 'keyword.other.step.limber'],
  section: ['section "Hips" {}', 'keyword.other.step.section.limber'],
  repeat: ['repeat 2 {}', 'keyword.control.limber'],
  optional: ['optional rest 30s', 'keyword.control.limber'],
  unless: ['rest 30s unless flare_up', 'keyword.control.limber'],
  if: ['if flare_up then scale 0.5', 'keyword.control.limber'],
  then: ['if flare_up then scale 0.5', 'keyword.control.limber'],
  else: ['if flare_up {} else {}', 'keyword.control.limber'],
  scale: ['if flare_up then scale 0.5', 'keyword.other.setting.limber'],
  set: ['set first_side right', 'keyword.other.setting.limber'],
  target: ['target 10min', 'keyword.other.setting.limber'],
  frequency: ['frequency 3 per week', 'keyword.other.setting.limber'],
  per: ['frequency 3 per week', 'keyword.other.frequency.limber'],
  week: ['frequency 3 per week', 'keyword.other.frequency.limber'],
  daily: ['frequency daily', 'constant.language.frequency.limber'],
  screen: ['screen urgent_care', 'keyword.other.setting.limber'],
  given: ['given flare_up', 'keyword.other.setting.limber'],
  each: ['hold figure_four 30s each side', 'keyword.other.side.limber'],
  side: ['hold figure_four 30s each side', 'keyword.other.side.limber'],
  on: ['hold figure_four 30s on left', 'keyword.other.side.limber'],
  left: ['hold figure_four 30s on left', 'constant.language.side.limber'],
  right: ['set first_side right', 'constant.language.side.limber'],
  use: ['use neck', 'keyword.other.setting.use.limber'],
  exercise: ['exercise x {\n}', 'storage.type.exercise.limber'],
  condition: ['condition c "Sore?"', 'storage.type.condition.limber'],
  routine: ['routine "R" {\n}', 'storage.type.routine.limber'],
  flag: ['screen s "S" {\n  flag "Hurt?"\n}', 'keyword.other.flag.limber'],
  reason: ['condition c "Sore?" {\n  reason "it is sore"\n}', 'support.type.property-name.limber'],
  acknowledge: ['condition c "Sore?" {\n  acknowledge "noted"\n}', 'support.type.property-name.limber'],
  progress: ['hold cat_cow 20s x2 progress +5s per week until 30s', 'keyword.control.limber'],
  until: ['hold cat_cow 20s x2 progress +5s per week until 30s', 'keyword.other.frequency.limber'],
  weeks: ['progress +5s per 2 weeks until 30s', 'keyword.other.frequency.limber'],
};
// Words that are also keys of an exercise's properties, in the other place they are used.
const KEYWORD_USES_ELSEWHERE = {
  rounds: ['progress rounds +1 per 2 weeks until 3', 'constant.language.progress.limber'],
  per: ['progress +5s per 2 weeks until 30s', 'keyword.other.frequency.limber'],
  week: ['reps pelvic_tilt 8 progress +2 per week until 12', 'keyword.other.frequency.limber'],
};
const PROPERTY_KEYS = ['kind', 'position', 'regions', 'mode', 'sided', 'optional_only', 'hold', 'rounds', 'reps',
  'risk', 'tempo', 'avoid_if', 'alt', 'equipment', 'cue', 'feel'];
const PROPERTY_VALUES = {
  kind: ['warmup', 'mobility', 'stretch', 'strength', 'stability'],
  position: ['standing', 'seated', 'supine', 'prone', 'quadruped', 'side_lying', 'kneeling'],
  mode: ['hold', 'reps'],
  risk: ['low', 'moderate', 'high'],
};

// The first scopes of the first token that is WORD in TEXT.
function scopeOfWord(text, word) {
  const token = tokenise(text).find((t) => t.text === word);
  assert.ok(token, `${JSON.stringify(word)} is one token in ${JSON.stringify(text)}`);
  return token.scopes.at(-1);
}

test('every word of grammar/rules.hpp is highlighted where it is used', () => {
  const rules = fs.readFileSync(path.join(repoRoot, 'grammar', 'rules.hpp'), 'utf8');
  const wordsIn = (text) =>
    new Set([...text.matchAll(/word<((?:'[^']',\s*)*'[^']')>/g)].map((m) => m[1].replace(/[',\s]/g, '')));
  const synonyms = rules.match(/struct say_synonym\b[\s\S]*?\{\};/);
  assert.ok(synonyms, 'rules.hpp has its say_synonym rule');
  const synonymWords = wordsIn(synonyms[0]);
  const allWords = wordsIn(rules);
  const known = new Set([...Object.keys(KEYWORD_USES), ...PROPERTY_KEYS, ...Object.values(PROPERTY_VALUES).flat()]);
  const languageWords = [...allWords].filter((w) => !synonymWords.has(w) || known.has(w));
  assert.ok(languageWords.length > 60, `rules.hpp gave ${languageWords.length} words`);
  assert.deepEqual(languageWords.filter((w) => !known.has(w)), [], 'words of rules.hpp this test does not know');

  for (const [word, [text, scope]] of [...Object.entries(KEYWORD_USES), ...Object.entries(KEYWORD_USES_ELSEWHERE)]) {
    assert.equal(scopeOfWord(text, word), scope, `${word} in ${JSON.stringify(text)}`);
  }
  for (const key of PROPERTY_KEYS) {
    const text = `exercise x {\n  ${key}\n}`;
    assert.equal(scopeOfWord(text, key), 'support.type.property-name.limber', `the property ${key}`);
  }
  for (const [key, values] of Object.entries(PROPERTY_VALUES)) {
    for (const value of values) {
      const tokens = tokenise(`exercise x {\n  ${key} ${value}\n}`);
      expectToken(tokens, 2, 4 + key.length, value, `constant.language.${key}.limber`);
    }
  }
});

test('breaking a scope in the grammar is caught', async () => {
  const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
  const durations = grammar.repository.values.patterns.find((p) => p.name === 'constant.numeric.duration.limber');
  durations.name = 'constant.numeric.limber';
  const broken = await corpusProblems(await createTokeniser(JSON.stringify(grammar)));
  assert.ok(broken.some((p) => p.includes('duration') && p.includes('is not constant.numeric.duration.limber')), broken.slice(0, 3).join('\n'));

  const withoutModifiers = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
  const statements = withoutModifiers.repository.statements.patterns;
  statements.splice(statements.findIndex((p) => p.include === '#modifiers'), 1);
  const unscoped = await corpusProblems(await createTokeniser(JSON.stringify(withoutModifiers)));
  assert.ok(unscoped.some((p) => p.includes('keyword if is not keyword-like')), unscoped.slice(0, 3).join('\n'));
});
