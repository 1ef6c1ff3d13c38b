" Vim syntax file
" Language: limber (exercise routines for physical therapy)
" Filenames: *.limber
"
" The words and shapes follow grammar/rules.hpp and docs/language.md. A word can mean different
" things in different places (`hold` is a step in a routine and a property in an exercise
" definition, `screen` asks a checklist in a routine and declares one at the top level), so the
" definitions' blocks are regions of their own, entered only through the header that opens them,
" and everything that depends on its neighbour is a `nextgroup` of that neighbour.

if exists('b:current_syntax')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" Names are [a-z_][a-z0-9_]*; the hyphen is not a name character (`cat-cow` is an error that
" the checker corrects), so the defaults of 'iskeyword' are what \< and \> need.
syn iskeyword @,48-57,_,192-255
syn case match

" Files are short, and an exercise block can be long: always parse from the top so a block
" opened far above is never lost.
syn sync fromstart

" ---------------------------------------------------------------- lexical

syn keyword limberTodo contained TODO FIXME XXX NOTE
syn match limberComment /#.*$/ contains=limberTodo,@Spell

" Only \" and \\ are escapes; any other backslash is the bad-escape error.
syn match limberEscape contained /\\["\\]/
syn match limberBadEscape contained /\\[^"\\]/
" A text never continues onto the next line: an unterminated one ends at the line end.
syn region limberString start=/"/ skip=/\\./ end=/"/ end=/$/ oneline
      \ contains=limberEscape,limberBadEscape,@Spell
" Titles the patient sees as headings: routines, sections, checklists.
syn region limberTitle contained start=/"/ skip=/\\./ end=/"/ end=/$/ oneline
      \ contains=limberEscape,limberBadEscape,@Spell

syn match limberBrace /[{}]/
syn match limberSemicolon /;/

" ---------------------------------------------------------------- values

" Defined from the most general to the most specific: at one position the last that matches wins.
" A sign belongs to its number: a progression's step is `+5s` or `+2` (`-5s` is the checker's
" error, still a number here); a `-` right after a name or a number is not a sign.
syn match limberNumber /\%(\%(\w\|\.\)\@1<![+-]\)\=\<\d\+\%(\.\d\+\)\=\>/
syn match limberPercent /\%(\%(\w\|\.\)\@1<![+-]\)\=\<\d\+\%(\.\d\+\)\=%/
" Every piece carries its unit: 30s, 45sec, 2min, 1min30s, 1h.
syn match limberDuration
      \ /\%(\%(\w\|\.\)\@1<![+-]\)\=\<\%(\d\+\%(\.\d\+\)\=\%(sec\|min\|h\|s\)\)\+\>/
syn match limberCount /\<x\d\+\>/
syn match limberRange /\.\./

syn match limberSide /\<each\s\+side\>/
syn match limberSide /\<on\s\+\%(left\|right\)\>/

syn cluster limberValue contains=limberNumber,limberPercent,limberDuration,limberCount,
      \limberRange,limberString,limberComment

" ---------------------------------------------------------------- steps

" Names a step refers to; written with hyphens they are still read whole, as the parser does.
syn match limberExerciseRef contained /\<[a-z_][a-z0-9_]*\%(-[a-z0-9_]\+\)*\>/
syn match limberConditionRef contained /\<[a-z_][a-z0-9_]*\%(-[a-z0-9_]\+\)*\>/
syn match limberScreenRef contained /\<[a-z_][a-z0-9_]*\>/

syn match limberStep /\<\%(hold\|reps\|warmup\)\>/ nextgroup=limberExerciseRef skipwhite
syn match limberStep /\<\%(rest\|say\)\>/
syn match limberStep /\<switch\s\+sides\>/
syn match limberStep /\<section\>/ nextgroup=limberTitle skipwhite

syn match limberConditional /\<\%(if\|unless\)\>/ nextgroup=limberConditionRef skipwhite
syn match limberConditional /\<\%(then\|else\)\>/
syn match limberOptional /\<optional\>/
syn match limberRepeat /\<repeat\>/

" `progress [rounds] +STEP per week until GOAL` (or `per N weeks`): after a step's dose, a
" modifier like `unless`; alone, a statement of its block. Its `per`, `week(s)` and `until` are
" the words of `per week` below; STEP and GOAL are numbers and durations as anywhere.
syn match limberProgress /\<progress\>/ nextgroup=limberProgressOf skipwhite
syn match limberProgressOf contained /\<rounds\>/

" Settings and the routine's own statements.
syn match limberSetting /\<set\>/ nextgroup=limberSettingName skipwhite
syn match limberSettingName contained
      \ /\<\%(transition\|round_rest\|switch_time\|tempo\|first_side\|language\)\>/
      \ nextgroup=limberSideValue skipwhite
syn match limberSideValue contained /\<\%(left\|right\)\>/
syn match limberSetting /\<\%(target\|frequency\|scale\)\>/
" A progression's `per 2 weeks ... until`; `per week` stays one match, defined after.
syn match limberSetting /\<\%(per\|weeks\|until\)\>/
syn match limberSetting /\<\%(per\s\+week\|daily\)\>/
syn match limberSetting /\<given\>/ nextgroup=limberConditionRef skipwhite
syn match limberSetting /\<screen\>/ nextgroup=limberScreenRef skipwhite

" ---------------------------------------------------------------- definitions

syn match limberUse /\<use\>/ nextgroup=limberModuleName,limberString skipwhite
syn match limberModuleName contained /\<[a-z_][a-z0-9_]*\>/

syn match limberDefinition /\<routine\>/ nextgroup=limberTitle skipwhite

" A definition's header names it; its block holds only what that definition may say.
" exercise NAME ["Display Name"] { properties }
syn match limberDefinition /\<exercise\>/ nextgroup=limberExerciseName skipwhite
syn match limberExerciseName contained /\<[a-z_][a-z0-9_]*\>/
      \ nextgroup=limberDisplayName,limberExerciseBlock skipwhite
syn region limberDisplayName contained start=/"/ skip=/\\./ end=/"/ end=/$/ oneline
      \ contains=limberEscape,limberBadEscape,@Spell nextgroup=limberExerciseBlock skipwhite
syn region limberExerciseBlock contained matchgroup=limberBrace start=/{/ end=/}/
      \ contains=limberProperty,@limberValue

" condition NAME "Question?" [{ reason "…" / acknowledge "…" }]
syn match limberDefinition /\<condition\>/ nextgroup=limberConditionName skipwhite
syn match limberConditionName contained /\<[a-z_][a-z0-9_]*\>/
      \ nextgroup=limberQuestion skipwhite
syn region limberQuestion contained start=/"/ skip=/\\./ end=/"/ end=/$/ oneline
      \ contains=limberEscape,limberBadEscape,@Spell nextgroup=limberConditionBlock skipwhite
syn region limberConditionBlock contained matchgroup=limberBrace start=/{/ end=/}/
      \ contains=limberConditionText,limberString,limberComment
syn match limberConditionText contained /^\s*\zs\<\%(reason\|acknowledge\)\>/

" screen NAME "Title" { flag "…" }: a declaration only when a name and a title follow; a bare
" `screen NAME` is the routine's setting above. Defined after it, so it wins where both match.
syn match limberDefinition /\<screen\ze\s\+[a-z_][a-z0-9_]*\s\+"/
      \ nextgroup=limberScreenName skipwhite
syn match limberScreenName contained /\<[a-z_][a-z0-9_]*\>/ nextgroup=limberScreenTitle skipwhite
syn region limberScreenTitle contained start=/"/ skip=/\\./ end=/"/ end=/$/ oneline
      \ contains=limberEscape,limberBadEscape,@Spell nextgroup=limberScreenBlock skipwhite
syn region limberScreenBlock contained matchgroup=limberBrace start=/{/ end=/}/
      \ contains=limberFlag,limberString,limberComment
syn match limberFlag contained /^\s*\zs\<flag\>/

" ---------------------------------------------------------------- exercise properties

" Each property starts its line; those with a fixed set of values name them.
syn match limberProperty contained /^\s*\zs\<kind\>/ nextgroup=limberKindValue skipwhite
syn match limberProperty contained /^\s*\zs\<position\>/ nextgroup=limberPositionValue skipwhite
syn match limberProperty contained /^\s*\zs\<mode\>/ nextgroup=limberModeValue skipwhite
syn match limberProperty contained /^\s*\zs\<risk\>/ nextgroup=limberRiskValue skipwhite
syn match limberProperty contained /^\s*\zs\<\%(regions\|equipment\)\>/
      \ nextgroup=limberNameList skipwhite
syn match limberProperty contained /^\s*\zs\<avoid_if\>/ nextgroup=limberConditionList skipwhite
syn match limberProperty contained /^\s*\zs\<alt\>/ nextgroup=limberExerciseRef skipwhite
syn match limberProperty contained
      \ /^\s*\zs\<\%(sided\|optional_only\|hold\|rounds\|reps\|tempo\|cue\|feel\)\>/

syn keyword limberKindValue contained warmup mobility stretch strength stability
syn keyword limberPositionValue contained standing seated supine prone quadruped side_lying
      \ kneeling
syn keyword limberModeValue contained hold reps
syn keyword limberRiskValue contained low moderate high
syn match limberNameList contained
      \ /\<[a-z_][a-z0-9_]*\>\%(\s*,\s*\<[a-z_][a-z0-9_]*\>\)*/
syn match limberConditionList contained
      \ /\<[a-z_][a-z0-9_-]*\>\%(\s*,\s*\<[a-z_][a-z0-9_-]*\>\)*/

" ---------------------------------------------------------------- links

hi def link limberTodo Todo
hi def link limberComment Comment
hi def link limberString String
hi def link limberEscape SpecialChar
hi def link limberBadEscape Error
hi def link limberTitle Title
hi def link limberDisplayName Title
hi def link limberScreenTitle Title
hi def link limberQuestion String
hi def link limberBrace Delimiter
hi def link limberSemicolon Delimiter

hi def link limberNumber Number
hi def link limberPercent Number
hi def link limberDuration Number
hi def link limberCount Number
hi def link limberRange Operator
hi def link limberSide Special

hi def link limberStep Statement
hi def link limberConditional Conditional
hi def link limberOptional Conditional
hi def link limberRepeat Repeat
hi def link limberProgress Conditional
hi def link limberProgressOf Constant
hi def link limberSetting Keyword
hi def link limberSettingName Identifier
hi def link limberSideValue Constant

hi def link limberExerciseRef Identifier
hi def link limberConditionRef Identifier
hi def link limberScreenRef Identifier
hi def link limberModuleName Identifier

hi def link limberUse Include
hi def link limberDefinition Keyword
hi def link limberExerciseName Function
hi def link limberConditionName Function
hi def link limberScreenName Function
hi def link limberConditionText Keyword
hi def link limberFlag Keyword

hi def link limberProperty Type
hi def link limberKindValue Constant
hi def link limberPositionValue Constant
hi def link limberModeValue Constant
hi def link limberRiskValue Constant
hi def link limberNameList Constant
hi def link limberConditionList Identifier

let b:current_syntax = 'limber'

let &cpo = s:cpo_save
unlet s:cpo_save
