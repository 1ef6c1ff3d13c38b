;;; limber-mode-test.el --- ERT tests of limber-mode -*- lexical-binding: t; coding: utf-8 -*-

;;; Commentary:

;; Run in batch against the sources and the real limber binary:
;;
;;   LIMBER_SOURCE_DIR=/path/to/limber LIMBER_BINARY=/path/to/limber \
;;     emacs --batch -Q -l tests/editors/emacs/limber-mode-test.el \
;;       -f ert-run-tests-batch-and-exit
;;
;; tests/editors/emacs/CMakeLists.txt registers one ctest test per group of
;; tests (the prefix of their names).  Positions are 1-based lines and
;; columns, as `limber check' prints them.

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'flymake)
(require 'package)

(eval-and-compile
  (defconst limber-test-source-dir
    (file-name-as-directory
     (or (getenv "LIMBER_SOURCE_DIR")
         (expand-file-name "../../.."
                           (file-name-directory
                            (or load-file-name buffer-file-name)))))
    "The limber source tree under test.")

  (defconst limber-test-mode-file
    (expand-file-name "editor-support/emacs/limber-mode.el"
                      limber-test-source-dir)
    "The file under test.")

  ;; The source, never a compiled copy: what the tests see is what is in the
  ;; tree.
  (load limber-test-mode-file nil t t))

(defconst limber-test-binary
  (or (getenv "LIMBER_BINARY")
      (expand-file-name "build/limber" limber-test-source-dir))
  "The limber binary the Flymake and formatting tests run.")

;; Defined by Eglot, or by the Eglot test when Eglot is not installed.
(defvar eglot-server-programs)

;;;; Helpers

(defun limber-test--source (relative)
  "Return the text of RELATIVE in the source tree."
  (with-temp-buffer
    (insert-file-contents (expand-file-name relative limber-test-source-dir))
    (buffer-string)))

(defmacro limber-test--with-text (text &rest body)
  "Run BODY in a `limber-mode' buffer holding TEXT, fully fontified."
  (declare (indent 1))
  `(with-temp-buffer
     (insert ,text)
     (limber-mode)
     (font-lock-ensure)
     (goto-char (point-min))
     ,@body))

(defun limber-test--goto (line column)
  "Move to 1-based LINE and COLUMN."
  (goto-char (point-min))
  (forward-line (1- line))
  (move-to-column (1- column)))

(defun limber-test--faces (expectations)
  "Check EXPECTATIONS, a list of (LINE COLUMN TEXT FACE), in this buffer.
TEXT must stand at LINE:COLUMN and every one of its characters have FACE
\(nil: no face at all).  Return the failures as readable strings."
  (let (failures)
    (dolist (expectation expectations)
      (cl-destructuring-bind (line column text face) expectation
        (limber-test--goto line column)
        (let* ((start (point))
               (found (buffer-substring-no-properties
                       start (min (point-max) (+ start (length text))))))
          (if (not (string= found text))
              (push (format "%d:%d: expected text %S, found %S"
                            line column text found)
                    failures)
            (let ((wrong (cl-loop for i below (length text)
                                  for actual = (get-text-property (+ start i)
                                                                  'face)
                                  unless (equal actual face)
                                  return (cons i actual))))
              (when wrong
                (push (format "%d:%d: %S has face %S at its character %d, not %S"
                              line column text (cdr wrong) (car wrong) face)
                      failures)))))))
    (nreverse failures)))

(defun limber-test--check-faces (text expectations)
  "Fontify TEXT in `limber-mode' and assert EXPECTATIONS (see above)."
  (limber-test--with-text text
    (should (equal (limber-test--faces expectations) nil))))

(defun limber-test--flatten (text)
  "Return TEXT with the leading whitespace of every line removed."
  (replace-regexp-in-string "^[ \t]+" "" text))

(defun limber-test--reindent (text)
  "Return TEXT indented by `indent-region' in `limber-mode'."
  (with-temp-buffer
    (insert text)
    (limber-mode)
    (indent-region (point-min) (point-max))
    (buffer-string)))

(defmacro limber-test--in-temp-folder (folder &rest body)
  "Run BODY with FOLDER bound to a fresh temporary folder, removed after."
  (declare (indent 1))
  `(let ((,folder (file-name-as-directory
                   (make-temp-file "limber-emacs-test-" t))))
     (unwind-protect (progn ,@body)
       (delete-directory ,folder t))))

(defun limber-test--write (file text)
  "Write TEXT to FILE."
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil file nil 'silent)))

(defun limber-test--run-backend ()
  "Run `limber-flymake' in this buffer; return what it reported.
The result is (diagnostics LIST) or (panic PLIST); it is an error if the
backend reports nothing within 30 seconds."
  (let ((report nil)
        (deadline (+ (float-time) 30)))
    (limber-flymake (lambda (diagnostics &rest options)
                      (setq report (if (eq diagnostics :panic)
                                       (list 'panic options)
                                     (list 'diagnostics diagnostics)))))
    (while (and (not report) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or report (error "The Flymake backend reported nothing in 30 s"))))

(defun limber-test--describe (diagnostic)
  "Return (LINE COLUMN END-LINE END-COLUMN TYPE TEXT) of a Flymake DIAGNOSTIC."
  (let ((beg (flymake-diagnostic-beg diagnostic))
        (end (flymake-diagnostic-end diagnostic)))
    (list (line-number-at-pos beg)
          (save-excursion (goto-char beg) (1+ (current-column)))
          (line-number-at-pos end)
          (save-excursion (goto-char end) (1+ (current-column)))
          (flymake-diagnostic-type diagnostic)
          (flymake-diagnostic-text diagnostic))))

(defun limber-test--diagnostics-of (file &optional edit)
  "Visit FILE in `limber-mode', apply EDIT (a function, unsaved), check it.
Return the descriptions of what the backend reported, in buffer order."
  (let ((buffer (find-file-noselect file)))
    (unwind-protect
        (with-current-buffer buffer
          (should (eq major-mode 'limber-mode))
          (when edit (funcall edit))
          (let* ((limber-program limber-test-binary)
                 (report (limber-test--run-backend)))
            (should (eq (car report) 'diagnostics))
            (sort (mapcar #'limber-test--describe (cadr report))
                  (lambda (a b) (or (< (car a) (car b))
                                    (and (= (car a) (car b))
                                         (< (cadr a) (cadr b))))))))
      (with-current-buffer buffer (set-buffer-modified-p nil))
      (kill-buffer buffer))))

;;;; Highlighting

(ert-deftest limber-font-lock/spine-mobility ()
  "Steps, settings, values and names of examples/spine-mobility.limber."
  (limber-test--check-faces
   (limber-test--source "examples/spine-mobility.limber")
   '((1 1 "# " font-lock-comment-delimiter-face)
     (1 3 "Simple 10-minute spine mobility routine" font-lock-comment-face)
     (2 1 "routine" font-lock-keyword-face)
     (2 9 "\"Spine Mobility\"" font-lock-string-face)
     (2 26 "{" nil)
     (3 3 "target" font-lock-builtin-face)
     (3 10 "10min" font-lock-constant-face)
     (4 3 "frequency" font-lock-builtin-face)
     (4 13 "3" font-lock-constant-face)
     (4 14 ".." nil)
     (4 16 "5" font-lock-constant-face)
     (4 18 "per week" font-lock-constant-face)
     (5 3 "screen" font-lock-builtin-face)
     (5 10 "urgent_care" font-lock-variable-name-face)
     (7 3 "warmup" font-lock-keyword-face)
     (7 10 "march_in_place" font-lock-function-name-face)
     (7 25 "1min" font-lock-constant-face)
     (9 3 "section" font-lock-keyword-face)
     (10 5 "hold" font-lock-keyword-face)
     (10 10 "cat_cow" font-lock-function-name-face)
     (10 18 "30s" font-lock-constant-face)
     (10 22 "x3" font-lock-constant-face)
     (11 5 "reps" font-lock-keyword-face)
     (11 10 "pelvic_tilt" font-lock-function-name-face)
     (11 22 "10" font-lock-constant-face)
     (14 29 "each side" font-lock-constant-face)
     (15 5 "optional" font-lock-keyword-face)
     (15 14 "hold" font-lock-keyword-face)
     (15 19 "pigeon" font-lock-function-name-face)
     (21 3 "optional" font-lock-keyword-face)
     (21 12 "section" font-lock-keyword-face)
     (27 3 "if" font-lock-keyword-face)
     (27 6 "flare_up" font-lock-variable-name-face)
     (27 15 "then" font-lock-keyword-face)
     (27 20 "scale" font-lock-builtin-face)
     (27 26 "0.5" font-lock-constant-face))))

(ert-deftest limber-font-lock/own-exercises ()
  "Definitions of examples/own-exercises.limber: properties and their values.
Inside an exercise `hold' is a property and `warmup' a kind; outside, both
are steps."
  (limber-test--check-faces
   (limber-test--source "examples/own-exercises.limber")
   '((4 1 "condition" font-lock-keyword-face)
     (4 11 "shoulder_pain" font-lock-variable-name-face)
     (6 1 "screen" font-lock-keyword-face)
     (6 8 "ready_to_play" font-lock-variable-name-face)
     (6 22 "\"Before you warm up\"" font-lock-string-face)
     (7 3 "flag" font-lock-keyword-face)
     (11 1 "exercise" font-lock-keyword-face)
     (11 10 "brisk_walk" font-lock-function-name-face)
     (11 21 "\"Brisk Walk\"" font-lock-string-face)
     (12 3 "kind" font-lock-builtin-face)
     (12 8 "warmup" font-lock-type-face)
     (13 3 "position" font-lock-builtin-face)
     (13 12 "standing" font-lock-type-face)
     (14 3 "regions" font-lock-builtin-face)
     (14 11 "legs" font-lock-type-face)
     (14 15 "," nil)
     (14 17 "hip" font-lock-type-face)
     (15 3 "mode" font-lock-builtin-face)
     (15 8 "hold" font-lock-type-face)
     (16 3 "hold" font-lock-builtin-face)
     (16 8 "2min" font-lock-constant-face)
     (16 14 "5min" font-lock-constant-face)
     (17 3 "risk" font-lock-builtin-face)
     (17 8 "low" font-lock-type-face)
     (18 3 "cue" font-lock-builtin-face)
     (18 7 "\"Walk" font-lock-string-face)
     (27 3 "reps" font-lock-builtin-face)
     (27 8 "8" font-lock-constant-face)
     (29 3 "tempo" font-lock-builtin-face)
     (29 9 "3s" font-lock-constant-face)
     (44 3 "avoid_if" font-lock-builtin-face)
     (44 12 "twisting_pain" font-lock-variable-name-face)
     (45 3 "equipment" font-lock-builtin-face)
     (45 13 "golf_club" font-lock-type-face)
     (55 3 "sided" font-lock-builtin-face)
     (73 3 "alt" font-lock-builtin-face)
     (73 7 "side_bend" font-lock-function-name-face)
     (80 3 "screen" font-lock-builtin-face)
     (81 10 "ready_to_play" font-lock-variable-name-face)
     (83 3 "warmup" font-lock-keyword-face)
     (83 10 "brisk_walk" font-lock-function-name-face)
     (87 5 "else" font-lock-keyword-face)
     (93 30 "unless" font-lock-keyword-face)
     (93 37 "twisting_pain" font-lock-variable-name-face))))

(ert-deftest limber-font-lock/flare-up-day ()
  "Settings, percents and a trailing comment of examples/flare-up-day.limber."
  (limber-test--check-faces
   (limber-test--source "examples/flare-up-day.limber")
   '((5 3 "given" font-lock-builtin-face)
     (5 9 "flare_up" font-lock-variable-name-face)
     (8 3 "set" font-lock-builtin-face)
     (8 7 "transition" font-lock-variable-name-face)
     (8 18 "10s" font-lock-constant-face)
     (11 3 "say" font-lock-keyword-face)
     (11 7 "\"Today is about gentle movement." font-lock-string-face)
     (19 5 "scale" font-lock-builtin-face)
     (19 11 "0.5" font-lock-constant-face)
     (28 5 "scale" font-lock-builtin-face)
     (28 11 "50%" font-lock-constant-face)
     (29 38 "unless" font-lock-keyword-face)
     (29 45 "flexion_pain" font-lock-variable-name-face)
     (34 3 "rest" font-lock-keyword-face)
     (34 8 "1min" font-lock-constant-face)
     (34 13 "# " font-lock-comment-delimiter-face)
     (34 15 "lie on your back" font-lock-comment-face))))

(ert-deftest limber-font-lock/prelude ()
  "The standard library's prelude: condition texts and the screening checklist."
  (limber-test--check-faces
   (limber-test--source "stdlib/prelude.limber")
   '((8 1 "condition" font-lock-keyword-face)
     (8 11 "flare_up" font-lock-variable-name-face)
     (8 20 "\"Is your back pain worse" font-lock-string-face)
     (9 3 "reason" font-lock-keyword-face)
     (9 10 "\"your back is flaring up\"" font-lock-string-face)
     (10 3 "acknowledge" font-lock-keyword-face)
     (53 1 "screen" font-lock-keyword-face)
     (53 8 "urgent_care" font-lock-variable-name-face)
     (54 3 "flag" font-lock-keyword-face)
     (63 1 "exercise" font-lock-keyword-face)
     (63 10 "march_in_place" font-lock-function-name-face)
     (64 3 "kind" font-lock-builtin-face)
     (64 8 "warmup" font-lock-type-face)
     (68 3 "hold" font-lock-builtin-face)
     (68 8 "1min" font-lock-constant-face)
     (68 14 "3min" font-lock-constant-face)
     (69 3 "rounds" font-lock-builtin-face)
     (69 10 "1" font-lock-constant-face))))

(ert-deftest limber-font-lock/progression ()
  "Progressions of tests/conformance/plans/progress-block.limber, after a dose
and as statements of a section: `progress' a modifier, its step with its sign."
  (limber-test--check-faces
   (limber-test--source "tests/conformance/plans/progress-block.limber")
   '((4 3 "progress" font-lock-keyword-face)
     (4 12 "+5s" font-lock-constant-face)
     (4 15 " " nil)
     (4 16 "per" font-lock-constant-face)
     (4 20 "2" font-lock-constant-face)
     (4 22 "weeks" font-lock-constant-face)
     (4 28 "until" font-lock-constant-face)
     (4 34 "30s" font-lock-constant-face)
     (5 3 "progress" font-lock-keyword-face)
     (5 12 "rounds" font-lock-constant-face)
     (5 19 "+1" font-lock-constant-face)
     (5 22 "per" font-lock-constant-face)
     (5 28 "weeks" font-lock-constant-face)
     (5 34 "until" font-lock-constant-face)
     (5 40 "3" font-lock-constant-face)
     (6 3 "hold" font-lock-keyword-face)
     (7 3 "reps" font-lock-keyword-face)
     (7 8 "pelvic_tilt" font-lock-function-name-face)
     (7 20 "8" font-lock-constant-face)
     (7 22 "x2" font-lock-constant-face)
     (7 25 "progress" font-lock-keyword-face)
     (7 34 "+2" font-lock-constant-face)
     (7 37 "per week" font-lock-constant-face)
     (7 46 "until" font-lock-constant-face)
     (7 52 "12" font-lock-constant-face)))
  (limber-test--check-faces
   (concat "hold figure_four 20s x2 each side progress +5s per week until 30s"
           " unless flare_up; rest 30s\n"
           "reps pelvic_tilt 8 x2 progress -2 per 1 weeks until 12\n")
   '((1 25 "each side" font-lock-constant-face)
     (1 35 "progress" font-lock-keyword-face)
     (1 44 "+5s" font-lock-constant-face)
     (1 48 "per week" font-lock-constant-face)
     (1 57 "until" font-lock-constant-face)
     (1 63 "30s" font-lock-constant-face)
     (1 67 "unless" font-lock-keyword-face)
     (1 74 "flare_up" font-lock-variable-name-face)
     (1 84 "rest" font-lock-keyword-face)
     (2 23 "progress" font-lock-keyword-face)
     (2 32 "-2" font-lock-constant-face)
     (2 35 "per" font-lock-constant-face)
     (2 39 "1" font-lock-constant-face)
     (2 41 "weeks" font-lock-constant-face)
     (2 53 "12" font-lock-constant-face))))

(ert-deftest limber-font-lock/values-and-fixed-words ()
  "Every duration spelling, counts, percents, sides and the words of `set'."
  (limber-test--check-faces
   (concat "use neck\n"
           "hold figure_four 1min30s x2 on left\n"
           "hold side_plank2 45sec on right\n"
           "rest 1h; switch sides\n"
           "frequency daily\n"
           "set first_side right\n"
           "say \"hold cat_cow # not a comment\" # a comment: hold 30s\n"
           "reps hip-hinge 10\n")
   '((1 1 "use" font-lock-keyword-face)
     (1 5 "neck" font-lock-type-face)
     (2 18 "1min30s" font-lock-constant-face)
     (2 26 "x2" font-lock-constant-face)
     (2 29 "on left" font-lock-constant-face)
     (3 6 "side_plank2" font-lock-function-name-face)
     (3 18 "45sec" font-lock-constant-face)
     (3 24 "on right" font-lock-constant-face)
     (4 1 "rest" font-lock-keyword-face)
     (4 6 "1h" font-lock-constant-face)
     (4 8 ";" nil)
     (4 10 "switch sides" font-lock-keyword-face)
     (5 1 "frequency" font-lock-builtin-face)
     (5 11 "daily" font-lock-constant-face)
     (6 1 "set" font-lock-builtin-face)
     (6 5 "first_side" font-lock-variable-name-face)
     (6 16 "right" font-lock-constant-face)
     (7 5 "\"hold cat_cow # not a comment\"" font-lock-string-face)
     (7 36 "# " font-lock-comment-delimiter-face)
     (7 38 "a comment: hold 30s" font-lock-comment-face)
     (8 6 "hip-hinge" font-lock-function-name-face))))

(ert-deftest limber-font-lock/unterminated-string-stays-on-its-line ()
  "A text missing its closing quote ends with its line, as the parser reads it."
  (limber-test--check-faces
   (concat "say \"breathe # out {\nhold cat_cow 30s x3\n"
           "say \"a \\\" quote\"\nsay \"ends in \\\nrest 30s\n")
   '((1 5 "\"breathe # out {" font-lock-string-face)
     (2 1 "hold" font-lock-keyword-face)
     (2 6 "cat_cow" font-lock-function-name-face)
     (2 14 "30s" font-lock-constant-face)
     (3 5 "\"a \\\" quote\"" font-lock-string-face)
     (4 5 "\"ends in \\" font-lock-string-face)
     (5 1 "rest" font-lock-keyword-face)
     (5 6 "30s" font-lock-constant-face))))

;;;; Indentation

(defconst limber-test-canonical-files
  (append (directory-files (expand-file-name "examples" limber-test-source-dir)
                           t "\\.limber\\'")
          (directory-files (expand-file-name "stdlib" limber-test-source-dir)
                           t "\\.limber\\'"))
  "Canonically formatted files: every example and the standard library.")

(ert-deftest limber-indent/every-example-and-library-file ()
  "Flattened, then `indent-region': every canonical file comes back unchanged."
  (should (>= (length limber-test-canonical-files) 12))
  (dolist (file limber-test-canonical-files)
    (let* ((original (with-temp-buffer
                       (insert-file-contents file)
                       (buffer-string)))
           (flattened (limber-test--flatten original)))
      ;; A file without indentation would prove nothing.
      (when (string-match-p "examples/\\(spine\\|own\\)" file)
        (should-not (string= flattened original)))
      (should (equal (list file (limber-test--reindent flattened))
                     (list file original)))
      (should (equal (list file (limber-test--reindent original))
                     (list file original))))))

(ert-deftest limber-indent/offset-else-and-closing-brace ()
  "`limber-indent-offset' sets the step; `}' and `} else {' outdent."
  (let ((limber-indent-offset 4))
    (should (equal (limber-test--reindent
                    (concat "routine \"A\" {\nif flare_up {\nsay \"x\" # }\n"
                            "} else {\n\"{\" \n}\n}\n"))
                   (concat "routine \"A\" {\n    if flare_up {\n"
                           "        say \"x\" # }\n    } else {\n"
                           "        \"{\" \n    }\n}\n")))))

(ert-deftest limber-indent/after-unterminated-string ()
  "A broken text on one line does not shift the lines after it."
  (should (equal (limber-test--reindent
                  "section \"S\" {\nsay \"oops {\nhold cat_cow 30s\n}\n")
                 "section \"S\" {\n  say \"oops {\n  hold cat_cow 30s\n}\n")))

(ert-deftest limber-indent/typing-a-closing-brace-outdents ()
  "With `electric-indent-mode', typing `}' moves it to its block's level."
  (with-temp-buffer
    (limber-mode)
    (electric-indent-local-mode 1)
    (insert "routine \"A\" {\n  rest 30s\n  ")
    (let ((last-command-event ?}))
      (call-interactively #'self-insert-command))
    (should (equal (buffer-string) "routine \"A\" {\n  rest 30s\n}"))))

;;;; Syntax and the mode

(ert-deftest limber-syntax/comment-region-uses-hash-space ()
  "`comment-region' writes `# ', `uncomment-region' takes it away again."
  (limber-test--with-text "hold cat_cow 30s x3\nrest 30s\n"
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "# hold cat_cow 30s x3\n# rest 30s\n"))
    (uncomment-region (point-min) (point-max))
    (should (equal (buffer-string) "hold cat_cow 30s x3\nrest 30s\n"))))

(ert-deftest limber-syntax/strings-comments-and-words ()
  "`#' starts a comment outside strings only; `_' joins a name into one word."
  (limber-test--with-text "say \"a # b \\\" c\" # note\nhold cat_cow 30s\n"
    (limber-test--goto 1 9)              ; the # inside the text
    (should (nth 3 (syntax-ppss)))
    (should-not (nth 4 (syntax-ppss)))
    (limber-test--goto 1 15)             ; after the escaped quote: still text
    (should (nth 3 (syntax-ppss)))
    (limber-test--goto 1 22)             ; in the comment after the text
    (should (nth 4 (syntax-ppss)))
    (limber-test--goto 2 6)
    (forward-word)
    (should (equal (buffer-substring (line-beginning-position) (point))
                   "hold cat_cow"))))

(ert-deftest limber-mode/auto-mode-alist-and-settings ()
  "A .limber file opens in `limber-mode', a `prog-mode' with `#' comments."
  (should (member '("\\.limber\\'" . limber-mode) auto-mode-alist))
  (limber-test--in-temp-folder folder
    (let* ((file (expand-file-name "morning.limber" folder))
           (buffer (progn (limber-test--write file "rest 30s\n")
                          (find-file-noselect file))))
      (unwind-protect
          (with-current-buffer buffer
            (should (eq major-mode 'limber-mode))
            (should (derived-mode-p 'prog-mode))
            (should (equal comment-start "# "))
            (should (eq indent-line-function #'limber-indent-line))
            (should (memq #'limber-flymake flymake-diagnostic-functions)))
        (kill-buffer buffer)))))

;;;; Flymake

(defconst limber-test-broken-routine
  (concat "routine \"Broken\" {\n"
          "  hold cat_cow x3\n"
          "  say \"breathe out\n"
          "  rest 30s please\n"
          "  say \"Café ✓\" now\n"
          "}\n")
  "A routine with four syntax errors, one after text that is not ASCII.")

(ert-deftest limber-flymake/syntax-errors-of-a-saved-file ()
  "Each diagnostic of `limber check' at its place, with severity and message."
  (limber-test--in-temp-folder folder
    (let ((file (expand-file-name "broken.limber" folder)))
      (limber-test--write file limber-test-broken-routine)
      (should
       (equal
        (limber-test--diagnostics-of file)
        '((2 16 2 18 :error
             "expected a duration such as 30s after the exercise name [expected-duration] (help: a hold looks like: hold cat_cow 30s x3)")
          (3 7 3 19 :error
             "this text has no closing quote [unterminated-string] (help: add \" at the end of the text; a text cannot continue onto the next line)")
          (4 12 4 18 :error
             "expected the end of the step here [expected-end-of-step] (help: put each step on its own line, or separate steps with ;)")
          ;; Columns count characters (code points), not bytes.
          (5 16 5 19 :error
             "expected the end of the step here [expected-end-of-step] (help: put each step on its own line, or separate steps with ;)"))))
      ;; A saved buffer is checked in place: nothing else appears in its folder.
      (should (equal (directory-files folder nil "\\`[^.]\\|\\`\\.[^.]")
                     '("broken.limber"))))))

(ert-deftest limber-flymake/unsaved-buffer-resolves-relative-use ()
  "An edited buffer is checked as a copy in its folder, so `use \"x\"' works.
The copy is gone afterwards and the warning lands on the edited text."
  (limber-test--in-temp-folder folder
    (let ((file (expand-file-name "week.limber" folder)))
      (limber-test--write
       (expand-file-name "clinic.limber" folder)
       (concat "exercise wall_lean \"Wall Lean\" {\n  kind stretch\n  mode hold\n"
               "  hold 15s..30s\n  rounds 2..3\n  feel \"A stretch.\"\n}\n"))
      (limber-test--write file "rest 30s\n")
      (should
       (equal
        (limber-test--diagnostics-of
         file
         (lambda ()
           (erase-buffer)
           (insert "use \"clinic.limber\"\nroutine \"Checked\" {\n"
                   "  warmup march_in_place 1min\n  hold wall_lean 20s x2\n"
                   "  hold figure_four 30s x2\n}\n")))
        '((5 8 5 19 :warning
             "`figure_four` is one-sided but is done on one side only [one-side-only] (help: add `each side`, or say which with `on left` / `on right`)"))))
      (should (equal (directory-files folder nil "\\`[^.]\\|\\`\\.[^.]")
                     '("clinic.limber" "week.limber")))
      ;; What is on disk was never checked: there, `wall_lean' is unknown.
      (should (equal (mapcar (lambda (d) (nth 4 d))
                             (limber-test--diagnostics-of file))
                     nil)))))

(ert-deftest limber-flymake/finding-in-an-imported-file ()
  "A finding in an imported file is shown on the `use' line that imports it."
  (limber-test--in-temp-folder folder
    (let ((file (expand-file-name "week.limber" folder)))
      (limber-test--write
       (expand-file-name "clinic.limber" folder)
       (concat "exercise wall_lean \"Wall Lean\" {\n  kind stretch\n  mode hold\n"
               "  hold 15s..30s\n  rounds 2..3\n}\n"))
      (limber-test--write
       file
       (concat "# Week one\nuse \"clinic.limber\"\nroutine \"Checked\" {\n"
               "  warmup march_in_place 1min\n  hold wall_lean 20s x2\n}\n"))
      (should
       (equal
        (limber-test--diagnostics-of file)
        '((2 1 2 2 :warning
             "clinic.limber:1:10: exercise `wall_lean` does not say what the patient should feel [missing-feel] (help: add a line such as: feel \"A gentle stretch in the back of the thigh, never a sharp pain.\")")))))))

(ert-deftest limber-flymake/output-that-is-not-json-panics ()
  "A program that prints no JSON makes the backend panic with what it said."
  (with-temp-buffer
    (limber-mode)
    (insert "rest 30s\n")
    (let* ((default-directory temporary-file-directory)
           (limber-program (executable-find "echo"))
           (report (limber-test--run-backend)))
      (should (eq (car report) 'panic))
      (should (string-match-p "printed no diagnostics.*check --format json"
                              (plist-get (cadr report) :explanation))))))

;;;; Formatting

(ert-deftest limber-format/buffer-gets-the-canonical-layout ()
  "`limber-format-buffer' runs `limber fmt -' and keeps point on its step."
  (with-temp-buffer
    (limber-mode)
    (insert "routine \"A\" {\n warmup  march_in_place 1min\n\n\n"
            "hold cat_cow   45sec x2; rest 30s\n}\n")
    (goto-char (point-min))
    (search-forward "rest")
    (let ((limber-program limber-test-binary))
      (limber-format-buffer))
    (should (equal (buffer-string)
                   (concat "routine \"A\" {\n  warmup march_in_place 1min\n\n"
                           "  hold cat_cow 45s x2\n  rest 30s\n}\n")))
    (should (looking-back "  rest" (line-beginning-position)))))

(ert-deftest limber-format/syntax-error-leaves-buffer-alone ()
  "On a syntax error the buffer is unchanged and the error is signalled."
  (with-temp-buffer
    (limber-mode)
    (insert "hold  cat_cow  x3\n")
    (let* ((limber-program limber-test-binary)
           (err (should-error (limber-format-buffer) :type 'user-error)))
      (should (string-match-p "1:16: error\\[expected-duration\\]"
                              (cadr err))))
    (should (equal (buffer-string) "hold  cat_cow  x3\n"))))

;;;; Eglot

(ert-deftest limber-eglot/server-registered-when-eglot-loads ()
  "Loading Eglot (or, before Emacs 29 without it, providing it) adds `limber lsp'."
  (should-not (featurep 'eglot))
  (if (locate-library "eglot")
      (require 'eglot)
    (defvar eglot-server-programs nil)
    (provide 'eglot))
  (should (equal (assq 'limber-mode eglot-server-programs)
                 '(limber-mode "limber" "lsp"))))

;;;; Packaging

(ert-deftest limber-package/byte-compiles-without-warnings ()
  "The mode byte-compiles with warnings as errors, in a folder of its own."
  (limber-test--in-temp-folder folder
    (let ((copy (expand-file-name "limber-mode.el" folder))
          (byte-compile-error-on-warn t)
          (byte-compile-log-warning-function #'ignore))
      (copy-file limber-test-mode-file copy)
      (should (byte-compile-file copy))
      (should (file-exists-p (concat copy "c")))))
  (should-not (file-exists-p (concat limber-test-mode-file "c"))))

(ert-deftest limber-package/headers ()
  "The package headers name the package, its version and what it needs."
  (with-temp-buffer
    (insert-file-contents limber-test-mode-file)
    (let ((description (package-buffer-info)))
      (should (eq (package-desc-name description) 'limber-mode))
      (should (equal (package-desc-version description) '(0 1 0)))
      (should (equal (package-desc-reqs description) '((emacs (27 1))))))))

(ert-deftest limber-package/install-file-and-autoload ()
  "`package-install-file' installs it; its autoloads open a .limber file."
  (limber-test--in-temp-folder folder
    (let* ((packages (expand-file-name "elpa" folder))
           (routine (expand-file-name "morning.limber" folder))
           (emacs (expand-file-name invocation-name invocation-directory))
           (setup (format "(progn (setq package-user-dir %S) (package-initialize))"
                          packages)))
      (limber-test--write routine "rest 30s\n")
      (with-temp-buffer
        (should (eql 0 (call-process
                        emacs nil t nil "--batch" "-Q" "--eval" setup
                        "--eval" (format "(package-install-file %S)"
                                         limber-test-mode-file)))))
      ;; A fresh Emacs, which only knows the package's autoloads.
      (with-temp-buffer
        (should (eql 0 (call-process
                        emacs nil t nil "--batch" "-Q" "--eval" setup
                        "--eval"
                        (format "(progn (find-file %S) (princ major-mode))"
                                routine))))
        (should (string-match-p "^limber-mode\\'"
                                (car (last (split-string (buffer-string)
                                                         "\n" t)))))))))

(provide 'limber-mode-test)

;;; limber-mode-test.el ends here
