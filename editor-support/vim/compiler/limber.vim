" Vim compiler file
" Compiler: limber check
"
" `:make` runs `limber check` on the current file and fills the quickfix list with its findings.
" Set g:limber_path (or b:limber_path) when limber is not on $PATH.

if exists('current_compiler')
  finish
endif
let current_compiler = 'limber'

" Older Vims define :CompilerSet only in their own compiler files.
if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

let s:program = get(b:, 'limber_path', get(g:, 'limber_path', 'limber'))
" The program's path is quoted for the shell and escaped for the :set command line; `%` is left
" for :make to replace with the current file, quoted too (`%:S`) so that a routine called
" "my routine.limber" still reaches limber as one argument.
execute 'CompilerSet makeprg=' . escape(shellescape(s:program), ' \|"%#') . '\ check\ %:S'
unlet s:program

" Each finding's first line is `file:line:col: error[code]: message` or the same with
" `warning`; the quickfix text keeps the code: `[unknown-exercise]: unknown exercise ...`.
" The lines after it (the source line `12 | ...`, the caret line `   | ^^^`, `   = help: ...`)
" the blank line between findings and the closing count (`1 error, 0 warnings`) are for a
" person reading a terminal, so they are dropped before they can become entries of their own.
" A file that cannot be read has no line or column: `file: error[cannot-read]: ...`.
CompilerSet errorformat=
      \%-G,
      \%-G%\\d%\\+\ \|%.%#,
      \%-G%[\ \\t]%.%#,
      \%-G%\\d%\\+\ error%.%#,
      \%f:%l:%c:\ %trror%m,
      \%f:%l:%c:\ %tarning%m,
      \%f:\ %trror%m

let &cpo = s:cpo_save
unlet s:cpo_save
