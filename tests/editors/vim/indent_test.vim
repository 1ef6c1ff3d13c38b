" Headless test of editor-support/vim/indent/limber.vim: every example, every standard-library
" file and the lexical fixture (braces inside texts and comments) are laid out by `limber fmt`,
" so re-indenting them (gg=G) must give each line back exactly. Each is re-indented twice: as
" it is, and with all its indentation removed first, so the test cannot pass by leaving lines
" alone.
"
" Run by CTest (see CMakeLists.txt):
"   vim --clean -Nes --cmd 'set rtp^=editor-support/vim' --cmd 'let g:root = "…"' -S indent_test.vim

filetype plugin indent on
syntax on

function! s:Reindent(file, flatten) abort
  execute 'edit!' fnameescape(a:file)
  if &filetype !=# 'limber' || &indentexpr !=# 'LimberIndent(v:lnum)'
    return [printf('%s: filetype "%s", indentexpr "%s"', a:file, &filetype, &indentexpr)]
  endif
  let original = getline(1, '$')
  if a:flatten
    silent keeppatterns %substitute/^\s\+//e
  endif
  silent normal! gg=G
  let result = getline(1, '$')
  let how = a:flatten ? 'with its indentation removed' : 'as it is'
  for i in range(len(original))
    if result[i] !=# original[i]
      return [printf('%s:%d: re-indented %s gives %s, the file has %s', a:file, i + 1, how,
            \ string(result[i]), string(original[i]))]
    endif
  endfor
  return []
endfunction

function! s:Check() abort
  let files = glob(g:root . '/examples/*.limber', 1, 1)
        \ + glob(g:root . '/stdlib/*.limber', 1, 1)
        \ + [g:root . '/tests/editors/vim/fixtures/lexical.limber']
  " Guard against a moved folder turning this into a test of nothing.
  if len(files) < 8
    return ['only ' . len(files) . ' files found under ' . g:root]
  endif
  let failures = []
  for file in files
    let failures += s:Reindent(file, 0) + s:Reindent(file, 1)
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
  call writefile(['vim indent: every file re-indents to itself'], '/dev/stdout', 'a')
  qall!
endif
cquit 1
