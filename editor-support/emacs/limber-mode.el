;;; limber-mode.el --- Major mode for limber routines -*- lexical-binding: t -*-

;; Author: The limber authors
;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages

;; This file is not part of GNU Emacs.

;;; Commentary:

;; A major mode for limber, the small language physical therapists write
;; exercise routines in:
;;
;;     hold cat_cow 30s x3; switch sides; if flare_up then scale 0.5
;;
;; It gives highlighting, indentation (two spaces per open brace: the
;; canonical layout of `limber fmt'), `#' comments, a Flymake backend that
;; runs `limber check', the command `limber-format-buffer' (`limber fmt'),
;; and registers `limber lsp' with Eglot.
;;
;; The keywords follow grammar/rules.hpp and docs/language.md of the limber
;; sources.  editor-support/emacs/README.md says how to install it.

;;; Code:

(require 'flymake)
(require 'json)
(require 'subr-x)

(defgroup limber nil
  "Editing limber exercise routines."
  :group 'languages
  :prefix "limber-")

(defcustom limber-indent-offset 2
  "Columns of indentation per open brace in limber code."
  :type 'integer
  :safe #'integerp)

(defcustom limber-program "limber"
  "The limber program that checks, formats and serves limber files."
  :type 'string)

;;;; Syntax

(defvar limber-mode-syntax-table
  (let ((table (make-syntax-table)))
    ;; A comment runs from `#' to the end of the line.
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    ;; Strings are double-quoted; `\"' and `\\' are their only escapes.
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    ;; Names are snake_case: `cat_cow' is one word, for motion and for the
    ;; highlighting rules alike.
    (modify-syntax-entry ?_ "w" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    ;; `+' and `-' are signs (a progression's `+5s'), not part of a name.
    (dolist (char '(?. ?, ?\; ?% ?- ?+ ?'))
      (modify-syntax-entry char "." table))
    table)
  "Syntax table of `limber-mode'.")

(defconst limber--unterminated-string-regexp
  "\\(\"\\)\\(?:[^\"\\\\\n]\\|\\\\.\\)*\\\\?$"
  "A double quote whose string is not closed on its line.")

(defun limber--syntax-propertize (start end)
  "End unterminated strings between START and END at the end of their line.
A limber string never spans lines, so a missing closing quote must not turn
the rest of the file into a string.  As the parser does, the text runs to
the end of its line: its opening quote and the line end become string
fences."
  (goto-char start)
  (while (re-search-forward limber--unterminated-string-regexp end t)
    (let ((quote-start (match-beginning 1))
          (line-end (match-end 0)))
      ;; A closing quote, or a quote in a comment, matches the pattern too:
      ;; only a quote that opens a string (outside any string or comment) is
      ;; changed.
      (unless (save-excursion
                (save-match-data (nth 8 (syntax-ppss quote-start))))
        (put-text-property quote-start (1+ quote-start) 'syntax-table
                           (string-to-syntax "|"))
        ;; A backslash just before the line end would escape the fence.
        (when (eq (char-before line-end) ?\\)
          (put-text-property (1- line-end) line-end 'syntax-table
                             (string-to-syntax ".")))
        (when (< line-end (point-max))
          (put-text-property line-end (1+ line-end) 'syntax-table
                             (string-to-syntax "|")))))))

;;;; Highlighting

(defconst limber--name-regexp "[a-z_][a-z0-9_]*\\(?:-[a-z0-9_]+\\)*"
  "A name as a routine may write it: snake_case, or with hyphens.
The checker reports a hyphen; it is read here so the name is coloured whole.")

(defconst limber--exercise-properties
  '("kind" "position" "regions" "mode" "sided" "optional_only" "hold" "rounds"
    "reps" "risk" "tempo" "avoid_if" "alt" "equipment" "cue" "feel")
  "The properties of an exercise definition.
They are `property_key_and_values' in grammar/rules.hpp.")

(defconst limber--property-values
  '("warmup" "mobility" "stretch" "strength" "stability"
    "standing" "seated" "supine" "prone" "quadruped" "side_lying" "kneeling"
    "hold" "reps"
    "low" "moderate" "high")
  "The fixed values of `kind', `position', `mode' and `risk'.")

(defconst limber--statement-keywords
  '("hold" "reps" "warmup" "rest" "say" "section"
    "if" "then" "else" "unless" "repeat" "optional" "progress"
    "exercise" "condition" "routine" "use" "flag" "reason" "acknowledge")
  "Words that begin a step, a modifier, a definition or a definition's line.")

(defconst limber--setting-keywords
  '("set" "target" "frequency" "scale" "given")
  "Words that begin a setting of a routine or a block.")

(defun limber--in-exercise-definition-p (pos)
  "Return non-nil if POS lies directly in an `exercise' definition's block."
  (save-excursion
    (save-match-data
      (let ((open (nth 1 (syntax-ppss pos))))
        (and open
             (progn (goto-char open)
                    (beginning-of-line)
                    (looking-at "[ \t]*exercise\\_>")))))))

(defun limber--property-matcher (keys)
  "Return a font-lock matcher for exercise definition lines starting with KEYS.
The matcher's group 1 is the key.  Outside an exercise definition `hold' and
`reps' are steps, so the block a key stands in decides."
  (let ((regexp (concat "^[ \t]*\\(" (regexp-opt keys) "\\)\\_>")))
    (lambda (limit)
      (let (found)
        (while (and (not found) (re-search-forward regexp limit t))
          (setq found (limber--in-exercise-definition-p (match-beginning 1))))
        found))))

(defun limber--to-line-end ()
  "Limit an anchored match to the current line, from the end of the key."
  (line-end-position))

(defconst limber-font-lock-keywords
  (let ((name limber--name-regexp)
        (number "[0-9]+\\(?:\\.[0-9]+\\)?")
        (unit "\\(?:sec\\|min\\|h\\|s\\)")
        (sign "[+-]?"))
    `(;; The properties of an exercise definition come first: there `hold'
      ;; and `reps' are keys, and `warmup' (a kind) and `hold' (a mode) are
      ;; values, not steps.
      (,(limber--property-matcher '("kind" "position" "mode" "risk"))
       (1 font-lock-builtin-face)
       (,(concat "\\_<" (regexp-opt limber--property-values) "\\_>")
        (limber--to-line-end) nil (0 font-lock-type-face)))
      (,(limber--property-matcher '("regions" "equipment"))
       (1 font-lock-builtin-face)
       (,(concat "\\_<" name "\\_>")
        (limber--to-line-end) nil (0 font-lock-type-face)))
      (,(limber--property-matcher '("avoid_if"))
       (1 font-lock-builtin-face)
       (,(concat "\\_<" name "\\_>")
        (limber--to-line-end) nil (0 font-lock-variable-name-face)))
      (,(limber--property-matcher '("alt"))
       (1 font-lock-builtin-face)
       (,(concat "\\_<" name "\\_>")
        (limber--to-line-end) nil (0 font-lock-function-name-face)))
      (,(limber--property-matcher limber--exercise-properties)
       (1 font-lock-builtin-face))
      ;; What a statement names, after the word that introduces it.
      (,(concat "\\_<\\(hold\\|reps\\|warmup\\)[ \t]+\\(" name "\\)")
       (1 font-lock-keyword-face) (2 font-lock-function-name-face))
      (,(concat "\\_<\\(exercise\\)[ \t]+\\(" name "\\)")
       (1 font-lock-keyword-face) (2 font-lock-function-name-face))
      (,(concat "\\_<\\(if\\|unless\\|condition\\)[ \t]+\\(" name "\\)")
       (1 font-lock-keyword-face) (2 font-lock-variable-name-face))
      (,(concat "\\_<\\(given\\)[ \t]+\\(" name "\\)")
       (1 font-lock-builtin-face) (2 font-lock-variable-name-face))
      ;; `screen NAME "Title" {' declares a checklist; `screen NAME' asks one.
      (,(concat "\\_<\\(screen\\)[ \t]+\\(" name "\\)[ \t]+\"")
       (1 font-lock-keyword-face) (2 font-lock-variable-name-face))
      (,(concat "\\_<\\(screen\\)[ \t]+\\(" name "\\)")
       (1 font-lock-builtin-face) (2 font-lock-variable-name-face))
      (,(concat "\\_<\\(use\\)[ \t]+\\(" name "\\)")
       (1 font-lock-keyword-face) (2 font-lock-type-face))
      (,(concat "\\_<\\(set\\)[ \t]+\\(" name "\\)"
                "\\(?:[ \t]+\\(left\\|right\\)\\_>\\)?")
       (1 font-lock-builtin-face) (2 font-lock-variable-name-face)
       (3 font-lock-constant-face nil t))
      ;; Words that only mean something together.
      ("\\_<switch[ \t]+sides\\_>" . font-lock-keyword-face)
      (,(concat "\\_<\\(?:each[ \t]+side\\|on[ \t]+\\(?:left\\|right\\)"
                "\\|per[ \t]+week\\)\\_>")
       . font-lock-constant-face)
      ;; A progression, `progress [rounds] +5s per 2 weeks until 30s': a
      ;; modifier like `unless', what it grows, and the words of `per week'.
      ("\\_<\\(progress\\)[ \t]+\\(rounds\\)\\_>"
       (1 font-lock-keyword-face) (2 font-lock-constant-face))
      ("\\_<\\(?:per\\|weeks?\\|until\\)\\_>" . font-lock-constant-face)
      ("\\_<frequency[ \t]+\\(daily\\)\\_>" (1 font-lock-constant-face))
      ;; The remaining keywords, wherever they stand.
      (,(concat "\\_<" (regexp-opt limber--statement-keywords) "\\_>")
       . font-lock-keyword-face)
      (,(concat "\\_<" (regexp-opt (cons "screen" limber--setting-keywords))
                "\\_>")
       . font-lock-builtin-face)
      ;; Values: durations (`30s', `1min30s', `45sec', `1h'), counts (`x3'),
      ;; percents and plain numbers.  A sign belongs to its number: a
      ;; progression's step is `+5s' or `+2'.
      (,(concat sign "\\_<" number unit "\\(?:" number unit "\\)*\\_>")
       . font-lock-constant-face)
      ("\\_<x[0-9]+\\_>" . font-lock-constant-face)
      (,(concat sign "\\_<" number "%") . font-lock-constant-face)
      (,(concat sign "\\_<" number "\\_>") . font-lock-constant-face)))
  "Highlighting rules of `limber-mode'.
Earlier rules win: a later rule never recolours what an earlier one
coloured.")

;;;; Indentation

(defun limber--indentation-of-line ()
  "Return the indentation of the current line: one step per open brace."
  (save-excursion
    (back-to-indentation)
    (let ((depth (car (syntax-ppss))))
      ;; A line that starts by closing a block stands at the level of the
      ;; line that opened it.
      (when (eq (char-after) ?})
        (setq depth (1- depth)))
      (* limber-indent-offset (max depth 0)))))

(defun limber-indent-line ()
  "Indent the current line of limber code to its block's level."
  (interactive)
  (let ((indentation (limber--indentation-of-line)))
    (if (> (current-column) (current-indentation))
        (save-excursion (indent-line-to indentation))
      (indent-line-to indentation))))

;;;; Flymake

(defvar-local limber--flymake-process nil
  "The `limber check' process of the buffer's latest Flymake check.")

(defun limber--json-parse-buffer ()
  "Read the JSON value after point as alists, with null and false as nil."
  (if (and (fboundp 'json-available-p) (json-available-p))
      (json-parse-buffer :object-type 'alist :array-type 'list
                         :null-object nil :false-object nil)
    (let ((json-object-type 'alist) (json-array-type 'list) (json-false nil))
      (json-read))))

(defun limber--position (line column)
  "Return the position of 1-based LINE and COLUMN (characters), clamped."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-min))
      (forward-line (1- (max (or line 1) 1)))
      (forward-char (min (1- (max (or column 1) 1))
                         (- (line-end-position) (point))))
      (point))))

(defun limber--diagnostic-region (line column end-line end-column)
  "Return (BEG . END) for a diagnostic from LINE:COLUMN to END-LINE:END-COLUMN.
The end is exclusive, as `limber check' gives it; a diagnostic without one
\(or an empty one) covers the character at its start, or its line's end."
  (let* ((beg (limber--position line column))
         (end (and end-line end-column (limber--position end-line end-column))))
    (if (and end (> end beg))
        (cons beg end)
      (save-excursion
        (goto-char beg)
        (cons beg (if (eolp) (line-end-position) (1+ beg)))))))

(defun limber--use-line-of (file)
  "Return the line number of the `use' in the buffer that names FILE, or 1."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char (point-min))
      (if (re-search-forward
           (concat "^[ \t]*use[ \t]+\""
                   (regexp-quote (file-name-nondirectory file)) "\"")
           nil t)
          (line-number-at-pos (match-beginning 0))
        1))))

(defun limber--flymake-diagnostic (source checked-file diagnostic)
  "Turn DIAGNOSTIC of `limber check --format json' into one for buffer SOURCE.
CHECKED-FILE is the file that was checked for SOURCE.  A finding in a file
it imports is shown on the `use' line of that file, its place named in the
text."
  (let-alist diagnostic
    (with-current-buffer source
      (let* ((folder (file-name-directory checked-file))
             (here (or (null .file)
                       (string= (expand-file-name .file folder)
                                (expand-file-name checked-file))))
             (region (if here
                         (limber--diagnostic-region
                          .line .column .end_line .end_column)
                       (limber--diagnostic-region
                        (limber--use-line-of .file) 1 nil nil)))
             (type (pcase .severity
                     ("error" :error)
                     ("warning" :warning)
                     (_ :note)))
             (text (concat (if here ""
                             (format "%s:%s:%s: "
                                     .file (or .line 1) (or .column 1)))
                           .message
                           (if .code (format " [%s]" .code) "")
                           (if .help (format " (help: %s)" .help) ""))))
        (flymake-make-diagnostic source (car region) (cdr region) type text)))))

(defun limber--flymake-file-to-check ()
  "Return (FILE . TEMPORARY), the file for `limber check' to read.
An unmodified buffer visiting a file is checked in place.  Otherwise the
buffer is written to a temporary file in its own folder, so that
`use \"x.limber\"' finds what it finds there; only when that folder cannot be
written is the system's temporary folder used."
  (if (and buffer-file-name (not (buffer-modified-p))
           (file-readable-p buffer-file-name))
      (cons buffer-file-name nil)
    (let* ((folder (if buffer-file-name
                       (file-name-directory buffer-file-name)
                     default-directory))
           (stem (concat "." (file-name-base (or buffer-file-name "routine"))
                         "-flymake-"))
           (text (save-restriction (widen) (buffer-string)))
           (coding-system-for-write 'utf-8-unix))
      (cons (condition-case nil
                (make-temp-file (expand-file-name stem folder)
                                nil ".limber" text)
              (file-error (make-temp-file stem nil ".limber" text)))
            t))))

(defun limber--flymake-report (output errors source checked-file report-fn)
  "Read the JSON in buffer OUTPUT, printed for SOURCE; give it to REPORT-FN.
CHECKED-FILE is the file that was checked; ERRORS holds what the check
wrote to stderr."
  (let ((parsed (condition-case err
                    (with-current-buffer output
                      (goto-char (point-min))
                      (cons 'ok (alist-get 'diagnostics
                                           (limber--json-parse-buffer))))
                  (error (cons 'failed (error-message-string err))))))
    (if (eq (car parsed) 'ok)
        (funcall report-fn
                 (mapcar (lambda (diagnostic)
                           (limber--flymake-diagnostic
                            source checked-file diagnostic))
                         (cdr parsed)))
      ;; Not JSON: a usage error or a crash, news for whoever set it up.
      (funcall report-fn :panic
               :explanation
               (format "%s check printed no diagnostics (%s): %s"
                       limber-program (cdr parsed)
                       (string-trim
                        (concat (with-current-buffer output (buffer-string))
                                (with-current-buffer errors
                                  (buffer-string)))))))))

(defun limber-flymake (report-fn &rest _options)
  "Flymake backend: run `limber check' on the buffer, findings to REPORT-FN."
  (unless (executable-find limber-program)
    (error "Cannot find the limber program %S (customise `limber-program')"
           limber-program))
  (when (process-live-p limber--flymake-process)
    (kill-process limber--flymake-process))
  (let* ((source (current-buffer))
         (target (limber--flymake-file-to-check))
         (checked-file (car target))
         (default-directory (file-name-directory checked-file))
         (output (generate-new-buffer " *limber-flymake*"))
         (errors (generate-new-buffer " *limber-flymake-stderr*")))
    (setq limber--flymake-process
          (make-process
           :name "limber-flymake"
           :noquery t
           :connection-type 'pipe
           :buffer output
           :stderr errors
           :coding 'utf-8-unix
           :command (list limber-program "check" "--format" "json"
                          (file-name-nondirectory checked-file))
           :sentinel
           (lambda (process _event)
             (when (memq (process-status process) '(exit signal))
               (unwind-protect
                   (when (and (buffer-live-p source)
                              (eq process (buffer-local-value
                                           'limber--flymake-process source)))
                     (limber--flymake-report
                      output errors source checked-file report-fn))
                 (when (cdr target)
                   (ignore-errors (delete-file checked-file)))
                 (kill-buffer output)
                 (let ((stderr-process (get-buffer-process errors)))
                   (when stderr-process (delete-process stderr-process)))
                 (kill-buffer errors))))))))

;;;; Formatting

(defun limber-format-buffer ()
  "Rewrite the buffer in the canonical layout of `limber fmt'.
When the buffer has a syntax error it is left as it is and the error is shown."
  (interactive)
  (let ((formatted (generate-new-buffer " *limber-fmt*"))
        (messages (make-temp-file "limber-fmt-")))
    (unwind-protect
        (let ((status (save-restriction
                        (widen)
                        (let ((coding-system-for-read 'utf-8-unix)
                              (coding-system-for-write 'utf-8-unix))
                          (call-process-region
                           (point-min) (point-max) limber-program
                           nil (list formatted messages) nil "fmt" "-")))))
          (if (eql status 0)
              (save-restriction
                (widen)
                ;; Replacing only what changed keeps point, marks and the undo
                ;; history useful.
                (replace-buffer-contents formatted))
            (user-error "Not formatted: %s"
                        (string-trim (with-temp-buffer
                                       (insert-file-contents messages)
                                       (buffer-string))))))
      (kill-buffer formatted)
      (delete-file messages))))

;;;; The mode

(defvar limber-mode-map
  (let ((map (make-sparse-keymap)))
    (define-key map (kbd "C-c C-f") #'limber-format-buffer)
    map)
  "Keymap of `limber-mode'.")

(defconst limber--imenu-expression
  `(("Routines" "^[ \t]*routine[ \t]+\"\\([^\"]*\\)\"" 1)
    ("Sections"
     "^[ \t]*\\(?:optional[ \t]+\\)?section[ \t]+\"\\([^\"]*\\)\"" 1)
    ("Exercises"
     ,(concat "^[ \t]*exercise[ \t]+\\(" limber--name-regexp "\\)") 1)
    ("Conditions"
     ,(concat "^[ \t]*condition[ \t]+\\(" limber--name-regexp "\\)") 1))
  "Where Imenu finds a file's routines, sections, exercises and conditions.")

;;;###autoload
(define-derived-mode limber-mode prog-mode "limber"
  "Major mode for limber exercise routines.

\\{limber-mode-map}"
  :syntax-table limber-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local font-lock-defaults '(limber-font-lock-keywords))
  (setq-local syntax-propertize-function #'limber--syntax-propertize)
  (setq-local indent-line-function #'limber-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars (cons ?} electric-indent-chars))
  (setq-local imenu-generic-expression limber--imenu-expression)
  (add-hook 'flymake-diagnostic-functions #'limber-flymake nil t))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.limber\\'" . limber-mode))

;; Eglot is built in from Emacs 29 only: register `limber lsp' whenever it
;; is loaded, and never require it.
(defvar eglot-server-programs)
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `(limber-mode . (,limber-program "lsp"))))

(provide 'limber-mode)

;;; limber-mode.el ends here
