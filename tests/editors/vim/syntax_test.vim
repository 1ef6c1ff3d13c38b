" Headless test of editor-support/vim/syntax/limber.vim: at chosen positions of the examples, a
" standard-library file and a fixture of the lexical forms the examples lack, the syntax group
" under the cursor is the expected one, it links straight to the expected standard group, and
" synIDtrans() (what a colour scheme finally paints) agrees with that standard group.
"
" Run by CTest (see CMakeLists.txt):
"   vim --clean -Nes --cmd 'set rtp^=editor-support/vim' --cmd 'let g:root = "…"' -S syntax_test.vim
" It reports every mismatch with its file, line and column, and exits non-zero (cquit) on any.

" Ex mode skips the usual start-up, so switch on what a user's vimrc would.
filetype plugin indent on
syntax on

" [file from the source root, line, column, the text that starts there, limber group, standard
" group it links to]. The text guards the position: an edited example fails loudly here instead
" of silently testing some other word.
let s:expected = [
      \ ['examples/spine-mobility.limber', 1, 1, '#', 'limberComment', 'Comment'],
      \ ['examples/spine-mobility.limber', 1, 10, '10-minute', 'limberComment', 'Comment'],
      \ ['examples/spine-mobility.limber', 2, 1, 'routine', 'limberDefinition', 'Keyword'],
      \ ['examples/spine-mobility.limber', 2, 9, '"Spine', 'limberTitle', 'Title'],
      \ ['examples/spine-mobility.limber', 2, 26, '{', 'limberBrace', 'Delimiter'],
      \ ['examples/spine-mobility.limber', 3, 3, 'target', 'limberSetting', 'Keyword'],
      \ ['examples/spine-mobility.limber', 3, 10, '10min', 'limberDuration', 'Number'],
      \ ['examples/spine-mobility.limber', 4, 3, 'frequency', 'limberSetting', 'Keyword'],
      \ ['examples/spine-mobility.limber', 4, 13, '3..', 'limberNumber', 'Number'],
      \ ['examples/spine-mobility.limber', 4, 14, '..', 'limberRange', 'Operator'],
      \ ['examples/spine-mobility.limber', 4, 18, 'per week', 'limberSetting', 'Keyword'],
      \ ['examples/spine-mobility.limber', 5, 3, 'screen', 'limberSetting', 'Keyword'],
      \ ['examples/spine-mobility.limber', 5, 10, 'urgent_care', 'limberScreenRef', 'Identifier'],
      \ ['examples/spine-mobility.limber', 7, 3, 'warmup', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 7, 10, 'march_in_place', 'limberExerciseRef', 'Identifier'],
      \ ['examples/spine-mobility.limber', 7, 25, '1min', 'limberDuration', 'Number'],
      \ ['examples/spine-mobility.limber', 9, 3, 'section', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 9, 18, 'Mobility"', 'limberTitle', 'Title'],
      \ ['examples/spine-mobility.limber', 10, 5, 'hold', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 10, 10, 'cat_cow', 'limberExerciseRef', 'Identifier'],
      \ ['examples/spine-mobility.limber', 10, 18, '30s', 'limberDuration', 'Number'],
      \ ['examples/spine-mobility.limber', 10, 22, 'x3', 'limberCount', 'Number'],
      \ ['examples/spine-mobility.limber', 11, 5, 'reps', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 11, 22, '10', 'limberNumber', 'Number'],
      \ ['examples/spine-mobility.limber', 14, 29, 'each side', 'limberSide', 'Special'],
      \ ['examples/spine-mobility.limber', 15, 5, 'optional', 'limberOptional', 'Conditional'],
      \ ['examples/spine-mobility.limber', 15, 14, 'hold', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 21, 3, 'optional', 'limberOptional', 'Conditional'],
      \ ['examples/spine-mobility.limber', 21, 12, 'section', 'limberStep', 'Statement'],
      \ ['examples/spine-mobility.limber', 25, 3, '}', 'limberBrace', 'Delimiter'],
      \ ['examples/spine-mobility.limber', 27, 3, 'if', 'limberConditional', 'Conditional'],
      \ ['examples/spine-mobility.limber', 27, 6, 'flare_up', 'limberConditionRef', 'Identifier'],
      \ ['examples/spine-mobility.limber', 27, 15, 'then', 'limberConditional', 'Conditional'],
      \ ['examples/spine-mobility.limber', 27, 20, 'scale', 'limberSetting', 'Keyword'],
      \ ['examples/spine-mobility.limber', 27, 26, '0.5', 'limberNumber', 'Number'],
      \ ['examples/spine-mobility.limber', 27, 27, '.5', 'limberNumber', 'Number'],
      \ ['examples/flare-up-day.limber', 5, 3, 'given', 'limberSetting', 'Keyword'],
      \ ['examples/flare-up-day.limber', 5, 9, 'flare_up', 'limberConditionRef', 'Identifier'],
      \ ['examples/flare-up-day.limber', 8, 3, 'set', 'limberSetting', 'Keyword'],
      \ ['examples/flare-up-day.limber', 8, 7, 'transition', 'limberSettingName', 'Identifier'],
      \ ['examples/flare-up-day.limber', 11, 3, 'say', 'limberStep', 'Statement'],
      \ ['examples/flare-up-day.limber', 11, 7, '"Today', 'limberString', 'String'],
      \ ['examples/flare-up-day.limber', 11, 124, 'pain."', 'limberString', 'String'],
      \ ['examples/flare-up-day.limber', 28, 11, '50%', 'limberPercent', 'Number'],
      \ ['examples/flare-up-day.limber', 28, 13, '%', 'limberPercent', 'Number'],
      \ ['examples/flare-up-day.limber', 29, 38, 'unless', 'limberConditional', 'Conditional'],
      \ ['examples/flare-up-day.limber', 29, 45, 'flexion_pain', 'limberConditionRef', 'Identifier'],
      \ ['examples/flare-up-day.limber', 34, 3, 'rest', 'limberStep', 'Statement'],
      \ ['examples/flare-up-day.limber', 34, 13, '# lie', 'limberComment', 'Comment'],
      \ ['examples/beginner-core.limber', 13, 5, 'repeat', 'limberRepeat', 'Repeat'],
      \ ['examples/beginner-core.limber', 13, 12, '2', 'limberNumber', 'Number'],
      \ ['examples/one-liner.limber', 1, 20, ';', 'limberSemicolon', 'Delimiter'],
      \ ['examples/one-liner.limber', 1, 22, 'switch sides', 'limberStep', 'Statement'],
      \ ['examples/one-liner.limber', 1, 29, 'sides', 'limberStep', 'Statement'],
      \ ['examples/desk-neck.limber', 5, 1, 'exercise', 'limberDefinition', 'Keyword'],
      \ ['examples/desk-neck.limber', 5, 10, 'shoulder_rolls', 'limberExerciseName', 'Function'],
      \ ['examples/desk-neck.limber', 5, 25, '"Shoulder', 'limberDisplayName', 'Title'],
      \ ['examples/desk-neck.limber', 6, 3, 'kind', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 6, 8, 'warmup', 'limberKindValue', 'Constant'],
      \ ['examples/desk-neck.limber', 7, 3, 'position', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 7, 12, 'seated', 'limberPositionValue', 'Constant'],
      \ ['examples/desk-neck.limber', 8, 3, 'regions', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 8, 22, 'upper_back', 'limberNameList', 'Constant'],
      \ ['examples/desk-neck.limber', 9, 3, 'mode', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 9, 8, 'hold', 'limberModeValue', 'Constant'],
      \ ['examples/desk-neck.limber', 10, 3, 'hold', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 10, 8, '30s', 'limberDuration', 'Number'],
      \ ['examples/desk-neck.limber', 10, 11, '..', 'limberRange', 'Operator'],
      \ ['examples/desk-neck.limber', 10, 13, '2min', 'limberDuration', 'Number'],
      \ ['examples/desk-neck.limber', 11, 3, 'risk', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 11, 8, 'low', 'limberRiskValue', 'Constant'],
      \ ['examples/desk-neck.limber', 12, 3, 'cue', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 12, 7, '"Sit', 'limberString', 'String'],
      \ ['examples/desk-neck.limber', 13, 3, 'feel', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 14, 1, '}', 'limberBrace', 'Delimiter'],
      \ ['examples/desk-neck.limber', 21, 3, 'reps', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 21, 8, '8', 'limberNumber', 'Number'],
      \ ['examples/desk-neck.limber', 34, 3, 'sided', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 90, 3, 'avoid_if', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 90, 12, 'extension_pain', 'limberConditionList', 'Identifier'],
      \ ['examples/desk-neck.limber', 91, 3, 'equipment', 'limberProperty', 'Type'],
      \ ['examples/desk-neck.limber', 91, 13, 'chair', 'limberNameList', 'Constant'],
      \ ['examples/desk-neck.limber', 98, 3, 'frequency', 'limberSetting', 'Keyword'],
      \ ['examples/desk-neck.limber', 98, 13, 'daily', 'limberSetting', 'Keyword'],
      \ ['examples/desk-neck.limber', 101, 3, 'warmup', 'limberStep', 'Statement'],
      \ ['examples/desk-neck.limber', 104, 5, 'reps', 'limberStep', 'Statement'],
      \ ['examples/own-exercises.limber', 4, 1, 'condition', 'limberDefinition', 'Keyword'],
      \ ['examples/own-exercises.limber', 4, 11, 'shoulder_pain', 'limberConditionName', 'Function'],
      \ ['examples/own-exercises.limber', 4, 25, '"Does', 'limberQuestion', 'String'],
      \ ['examples/own-exercises.limber', 6, 1, 'screen', 'limberDefinition', 'Keyword'],
      \ ['examples/own-exercises.limber', 6, 8, 'ready_to_play', 'limberScreenName', 'Function'],
      \ ['examples/own-exercises.limber', 6, 22, '"Before', 'limberScreenTitle', 'Title'],
      \ ['examples/own-exercises.limber', 7, 3, 'flag', 'limberFlag', 'Keyword'],
      \ ['examples/own-exercises.limber', 7, 8, '"Has', 'limberString', 'String'],
      \ ['examples/own-exercises.limber', 73, 3, 'alt', 'limberProperty', 'Type'],
      \ ['examples/own-exercises.limber', 73, 7, 'side_bend', 'limberExerciseRef', 'Identifier'],
      \ ['examples/own-exercises.limber', 80, 3, 'screen', 'limberSetting', 'Keyword'],
      \ ['examples/own-exercises.limber', 81, 10, 'ready_to_play', 'limberScreenRef', 'Identifier'],
      \ ['examples/own-exercises.limber', 87, 5, 'else', 'limberConditional', 'Conditional'],
      \ ['stdlib/prelude.limber', 8, 1, 'condition', 'limberDefinition', 'Keyword'],
      \ ['stdlib/prelude.limber', 8, 11, 'flare_up', 'limberConditionName', 'Function'],
      \ ['stdlib/prelude.limber', 9, 3, 'reason', 'limberConditionText', 'Keyword'],
      \ ['stdlib/prelude.limber', 9, 10, '"your', 'limberString', 'String'],
      \ ['stdlib/prelude.limber', 10, 3, 'acknowledge', 'limberConditionText', 'Keyword'],
      \ ['stdlib/prelude.limber', 53, 8, 'urgent_care', 'limberScreenName', 'Function'],
      \ ['stdlib/prelude.limber', 54, 3, 'flag', 'limberFlag', 'Keyword'],
      \ ['stdlib/prelude.limber', 127, 3, 'optional_only', 'limberProperty', 'Type'],
      \ ['stdlib/prelude.limber', 132, 7, 'figure_four', 'limberExerciseRef', 'Identifier'],
      \ ['stdlib/neck.limber', 13, 10, 'chin_tuck', 'limberExerciseName', 'Function'],
      \ ['stdlib/neck.limber', 18, 8, '8..12', 'limberNumber', 'Number'],
      \ ['stdlib/neck.limber', 19, 3, 'tempo', 'limberProperty', 'Type'],
      \ ['stdlib/neck.limber', 19, 9, '4s', 'limberDuration', 'Number'],
      \ ['stdlib/neck.limber', 5, 5, 'reps', 'limberComment', 'Comment'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 1, 43, 'TODO', 'limberTodo', 'Todo'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 2, 1, 'use', 'limberUse', 'Include'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 2, 5, 'neck', 'limberModuleName', 'Identifier'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 3, 5, '"clinic', 'limberString', 'String'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 5, 12, '\"quoted', 'limberEscape', 'SpecialChar'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 5, 23, 'title"', 'limberTitle', 'Title'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 5, 30, '{', 'limberBrace', 'Delimiter'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 6, 10, '\"quoted', 'limberEscape', 'SpecialChar'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 6, 12, 'quoted\"', 'limberString', 'String'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 6, 29, '\\', 'limberEscape', 'SpecialChar'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 6, 46, '# not', 'limberString', 'String'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 6, 54, 'comment"', 'limberString', 'String'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 7, 14, '\n', 'limberBadEscape', 'Error'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 8, 16, '1min30s', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 8, 20, '30s', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 8, 24, 'on left', 'limberSide', 'Special'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 9, 16, '45sec', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 9, 25, 'right', 'limberSide', 'Special'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 10, 8, '1h', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 11, 19, '{ in', 'limberTitle', 'Title'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 12, 43, '} in', 'limberComment', 'Comment'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 14, 10, 'x2', 'limberCount', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 15, 10, 'cat-cow', 'limberExerciseRef', 'Identifier'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 15, 13, '-cow', 'limberExerciseRef', 'Identifier'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 3, 'progress', 'limberProgress', 'Conditional'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 12, 'rounds', 'limberProgressOf', 'Constant'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 19, '+1', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 20, '1', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 22, 'per', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 26, '2', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 28, 'weeks', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 34, 'until', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 17, 40, '3', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 20, 'x2', 'limberCount', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 23, 'progress', 'limberProgress', 'Conditional'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 32, '+5s', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 36, 'per week', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 40, 'week', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 45, 'until', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 51, '30s', 'limberDuration', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 55, 'unless', 'limberConditional', 'Conditional'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 18, 62, 'flare_up', 'limberConditionRef', 'Identifier'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 8, 'pelvic_tilt', 'limberExerciseRef', 'Identifier'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 25, 'progress', 'limberProgress', 'Conditional'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 34, '-2', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 37, 'per', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 41, '1', 'limberNumber', 'Number'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 43, 'weeks', 'limberSetting', 'Keyword'],
      \ ['tests/editors/vim/fixtures/lexical.limber', 19, 55, '12', 'limberNumber', 'Number'],
      \ ]

function! s:Check() abort
  let failures = []
  let current = ''
  for [file, lnum, col, text, group, standard] in s:expected
    let where = printf('%s:%d:%d', file, lnum, col)
    if file !=# current
      execute 'edit' fnameescape(g:root . '/' . file)
      let current = file
      if &filetype !=# 'limber' || get(b:, 'current_syntax', '') !=# 'limber'
        call add(failures, where . ': filetype is "' . &filetype . '", not limber')
        continue
      endif
    endif
    let found_text = strpart(getline(lnum), col - 1, strlen(text))
    if found_text !=# text
      call add(failures, printf('%s: expected the text %s here, found %s', where,
            \ string(text), string(found_text)))
      continue
    endif
    let id = synID(lnum, col, 1)
    let name = synIDattr(id, 'name')
    let info = hlget(name)
    let links_to = empty(info) ? '' : get(info[0], 'linksto', '')
    let painted = synIDattr(synIDtrans(id), 'name')
    let expected_painted = synIDattr(synIDtrans(hlID(standard)), 'name')
    if name !=# group || links_to !=# standard || painted !=# expected_painted
      call add(failures, printf('%s (%s): expected %s -> %s (painted %s), found %s -> %s (painted %s)',
            \ where, string(text), group, standard, expected_painted,
            \ name ==# '' ? 'no group' : name, links_to, painted))
    endif
  endfor
  return failures
endfunction

try
  let s:failures = s:Check()
catch
  let s:failures = ['the test itself failed: ' . v:exception . ' at ' . v:throwpoint]
endtry
call writefile(s:failures, '/dev/stderr', 'a')
if empty(s:failures)
  call writefile([printf('vim syntax: all %d positions have their expected groups',
        \ len(s:expected))], '/dev/stdout', 'a')
  qall!
endif
call writefile([printf('vim syntax: %d of %d positions wrong', len(s:failures),
      \ len(s:expected))], '/dev/stderr', 'a')
cquit 1
