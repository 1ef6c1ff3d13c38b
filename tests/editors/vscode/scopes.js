// What the tokeniser tests ask of every line of a valid limber file, found by a lexer of its own
// (strings, escapes, comments, durations, counts, keywords) so that the grammar is not checked
// against itself.
'use strict';

// Words that are keywords wherever they stand outside strings and comments. Inside a definition
// some of them are property names (`hold 15s..30s`) or values (`mode hold`, `kind warmup`), so a
// keyword, a storage type, a property name or a fixed value are all keyword-like scopes.
const KEYWORDS = new Set([
  'hold', 'reps', 'warmup', 'rest', 'switch', 'sides', 'say', 'section', 'repeat', 'optional',
  'unless', 'if', 'then', 'else', 'scale', 'set', 'target', 'frequency', 'per', 'week', 'daily',
  'screen', 'given', 'each', 'side', 'on', 'left', 'right', 'use', 'exercise', 'condition',
  'routine', 'flag', 'reason', 'acknowledge', 'kind', 'position', 'regions', 'mode', 'sided',
  'optional_only', 'rounds', 'risk', 'tempo', 'avoid_if', 'alt', 'equipment', 'cue', 'feel',
  'progress', 'weeks', 'until',
]);
const KEYWORD_SCOPES = ['keyword.', 'storage.type.', 'support.type.property-name.', 'constant.language.'];

// A progression's step carries its sign (`+5s`, `+2`): the sign is part of the number's token.
const LEXEMES = [
  { kind: 'duration', pattern: /^\+?\d+(?:\.\d+)?(?:sec|min|h|s)(?:\d+(?:\.\d+)?(?:sec|min|h|s))*(?![\w%])/, scope: 'constant.numeric.duration.limber' },
  { kind: 'percent', pattern: /^\+?\d+(?:\.\d+)?%/, scope: 'constant.numeric.percent.limber' },
  { kind: 'count', pattern: /^x\d+(?!\w)/, scope: 'constant.numeric.count.limber' },
  { kind: 'number', pattern: /^\+?\d+(?:\.\d+)?(?![\w%])/, scope: 'constant.numeric.' },
  { kind: 'range', pattern: /^\.\./, scope: 'keyword.operator.range.limber' },
  { kind: 'word', pattern: /^[A-Za-z_][A-Za-z0-9_]*/ },
];

// The scopes of each character of a line, from the tokens of that line.
function scopesByColumn(lineTokens) {
  const byColumn = [];
  for (const token of lineTokens) {
    for (let i = 0; i < token.text.length; i++) byColumn[token.column - 1 + i] = token.scopes;
  }
  return byColumn;
}

// A scope other than the file's own and the meta.* scopes that only group: one that colours.
function colouring(scopes) {
  return scopes.filter((scope) => scope !== 'source.limber' && !scope.startsWith('meta.'));
}

function hasScope(scopes, wanted) {
  return scopes.some((scope) => scope === wanted || (wanted.endsWith('.') && scope.startsWith(wanted)));
}

// Everything wrong with the tokens of one valid file, as readable lines ("file:line:col ...").
function problems(file, lines, tokens) {
  const found = [];
  const byLine = new Map();
  for (const token of tokens) {
    if (!byLine.has(token.line)) byLine.set(token.line, []);
    byLine.get(token.line).push(token);
    const where = `${file}:${token.line}:${token.column}`;
    if (token.text.trim() && colouring(token.scopes).length === 0) {
      found.push(`${where} ${JSON.stringify(token.text)} has no scope (${token.scopes.join(' ')})`);
    }
    const invalid = token.scopes.find((scope) => scope.startsWith('invalid.'));
    if (invalid) found.push(`${where} ${JSON.stringify(token.text)} is ${invalid} in a valid file`);
  }
  lines.forEach((line, index) => {
    const scopes = scopesByColumn(byLine.get(index + 1) || []);
    const expect = (start, length, wanted, what) => {
      for (let i = start; i < start + length; i++) {
        if (!scopes[i] || !hasScope(scopes[i], wanted)) {
          found.push(
            `${file}:${index + 1}:${i + 1} ${what} ${JSON.stringify(line.slice(start, start + length))} ` +
              `is not ${wanted} (${(scopes[i] || []).join(' ')})`,
          );
          return;
        }
      }
    };
    let i = 0;
    while (i < line.length) {
      const rest = line.slice(i);
      if (line[i] === '#') {
        expect(i, line.length - i, 'comment.line.number-sign.limber', 'comment');
        break;
      }
      if (line[i] === '"') {
        let end = i + 1;
        while (end < line.length && line[end] !== '"') {
          if (line[end] === '\\') {
            expect(end, 2, 'constant.character.escape.limber', 'escape');
            end++;
          }
          end++;
        }
        expect(i, Math.min(end + 1, line.length) - i, 'string.quoted.double.limber', 'string');
        i = end + 1;
        continue;
      }
      const lexeme = /^[\w.+]/.test(line[i]) && LEXEMES.find(({ pattern }) => pattern.test(rest));
      if (lexeme) {
        const text = rest.match(lexeme.pattern)[0];
        if (lexeme.kind === 'word') {
          if (KEYWORDS.has(text) && !KEYWORD_SCOPES.some((scope) => hasScope(scopes[i] || [], scope))) {
            found.push(`${file}:${index + 1}:${i + 1} keyword ${text} is not keyword-like (${(scopes[i] || []).join(' ')})`);
          }
        } else {
          expect(i, text.length, lexeme.scope, lexeme.kind);
        }
        i += text.length;
        continue;
      }
      i++;
    }
  });
  return found;
}

module.exports = { problems };
