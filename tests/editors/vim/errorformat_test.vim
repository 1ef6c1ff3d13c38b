" Headless test of editor-support/vim/compiler/limber.vim (set by the ftplugin): `:make` runs the
" real `limber check` (g:limber_path, passed by CTest) and its errorformat turns the findings
" into exactly the expected quickfix entries; the source, caret, help and count lines become
" no entries at all, not even invalid ones.
"
" Run by CTest (see CMakeLists.txt):
"   vim --clean -Nes --cmd 'set rtp^=editor-support/vim' --cmd 'let g:root = "…"'
"       --cmd 'let g:limber_path = "…/limber"' -S errorformat_test.vim

filetype plugin indent on
syntax on

" Copies a fixture to a fresh folder under a name with a space (so the test also proves that
" makeprg quotes the file name), opens it and runs :make. Returns the quickfix list.
function! s:Make(fixture) abort
  let folder = tempname()
  call mkdir(folder, 'p')
  let copy = folder . '/my ' . a:fixture
  call writefile(readfile(g:root . '/tests/editors/vim/fixtures/' . a:fixture), copy)
  execute 'edit!' fnameescape(copy)
  silent make!
  return [copy, getqflist()]
endfunction

" Compares the quickfix list with [line, column, type, text] rows, all in the copied file.
function! s:Compare(what, copy, entries, expected) abort
  let failures = []
  let found = map(copy(a:entries), {_, e -> [e.lnum, e.col, e.type, e.text, e.valid,
        \ bufname(e.bufnr)]})
  let wanted = map(copy(a:expected), {_, e -> e + [1, a:copy]})
  if found != wanted
    call add(failures, a:what . ': the quickfix list is not the expected one')
    call add(failures, '  expected: ' . string(wanted))
    call add(failures, '  found:    ' . string(found))
  endif
  return failures
endfunction

function! s:Check() abort
  let failures = []
  let [copy, entries] = s:Make('broken.limber')
  if &makeprg !~# '^' . escape(shellescape(g:limber_path), '\.*~[]^$') . ' check '
    call add(failures, 'makeprg does not start with g:limber_path: ' . &makeprg)
  endif
  let failures += s:Compare('broken.limber', copy, entries, [
        \ [2, 11, 'w', '[unused-condition]: the condition `knee_pain` is declared but never used'],
        \ [5, 8, 'e', '[unknown-exercise]: unknown exercise `cat_cox`'],
        \ [6, 16, 'e', '[needs-unit]: 30 needs a unit: is it 30s?'],
        \ ])

  " The source line shown under the finding holds text that looks like a finding itself.
  let [copy, entries] = s:Make('tricky-source-line.limber')
  let failures += s:Compare('tricky-source-line.limber', copy, entries, [
        \ [1, 74, 'e', '[expected-end-of-step]: expected the end of the step here'],
        \ ])

  " A file that cannot be read has a finding with no line or column.
  let missing = tempname() . '/missing.limber'
  execute 'edit!' fnameescape(missing)
  silent make!
  let failures += s:Compare('a missing file', missing, getqflist(), [
        \ [0, 0, 'e', printf("[cannot-read]: cannot read '%s': no such file", missing)],
        \ ])
  return failures
endfunction

try
  let s:failures = s:Check()
catch
  let s:failures = ['the test itself failed: ' . v:exception . ' at ' . v:throwpoint]
endtry
call writefile(s:failures, '/dev/stderr', 'a')
if empty(s:failures)
  call writefile(['vim errorformat: :make gives exactly the expected quickfix entries'],
        \ '/dev/stdout', 'a')
  qall!
endif
cquit 1
