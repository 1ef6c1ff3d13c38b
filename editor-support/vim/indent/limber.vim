" Vim indent file
" Language: limber (exercise routines for physical therapy)
"
" The layout is `limber fmt`'s: one level (shiftwidth, two spaces by default) for each open
" brace, and a line that starts with `}` (`}` or `} else {`) one level out. A statement never
" spans lines, so the line above is all the context needed.

if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=LimberIndent(v:lnum)
setlocal indentkeys=0},0#,!^F,o,O
setlocal autoindent

let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent<'

if exists('*LimberIndent')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" The code of a line with its texts and comment taken out, so that a `{` in
" `say "press {start}"` or `# }` opens and closes nothing.
function! s:Code(lnum) abort
  let line = getline(a:lnum)
  " A text left open at the line end (an error) runs to the end of the line.
  let line = substitute(line, '"\%(\\.\|[^"\\]\)*\%("\|$\)', '""', 'g')
  return substitute(line, '#.*$', '', '')
endfunction

function! s:Count(text, char) abort
  return len(split(a:text, '\V' . a:char, 1)) - 1
endfunction

function! LimberIndent(lnum) abort
  let current = s:Code(a:lnum)
  let outdent = current =~# '^\s*}' ? shiftwidth() : 0

  let above = prevnonblank(a:lnum - 1)
  if above == 0
    return 0
  endif
  let code = s:Code(above)
  " Braces the line above leaves open. Its own leading `}` already moved that line out, so it
  " does not move this one out again.
  let open = s:Count(code, '{') - s:Count(code, '}')
  if code =~# '^\s*}'
    let open += 1
  endif
  return max([0, indent(above) + open * shiftwidth() - outdent])
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
