" Routines are plain text files ending in .limber (docs/language.md, "Files").
autocmd BufNewFile,BufRead *.limber setfiletype limber
