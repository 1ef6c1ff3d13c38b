" Vim filetype plugin
" Language: limber (exercise routines for physical therapy)

if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

let s:cpo_save = &cpo
set cpo&vim

" Comments run from `#` to the line end; there are no block comments.
setlocal comments=:# commentstring=#\ %s
" Wrap comments while typing, never code: a statement must stay on its line.
setlocal formatoptions-=t formatoptions+=croql
" `limber fmt` indents by two spaces, never tabs.
setlocal expandtab shiftwidth=2 softtabstop=2
" `gf` on `use "clinic"` finds clinic.limber.
setlocal suffixesadd=.limber

" :make runs `limber check` on this file (g:limber_path names the program).
compiler limber

let b:undo_ftplugin = 'setlocal comments< commentstring< formatoptions< expandtab<'
      \ . ' shiftwidth< softtabstop< suffixesadd< makeprg< errorformat<'
      \ . ' | unlet! b:current_compiler'

let &cpo = s:cpo_save
unlet s:cpo_save
