-- Headless test of editor-support/neovim/limber.lua: Neovim's built-in LSP client, started by
-- the snippet's FileType autocmd, talks to the real `limber lsp` about a broken routine and
-- gets back its diagnostics (code and line), a hover on an exercise, completion after `hold `
-- and the quick fix of a "did you mean".
--
-- Run by CTest (see CMakeLists.txt):
--   nvim --headless -u NONE -i NONE --cmd 'set rtp^=editor-support/vim'
--        --cmd 'let g:root = "…"' --cmd 'let g:limber_path = "…/limber"'
--        -c 'luafile lsp_test.lua' -c 'cquit 3'
-- It prints every failure and exits non-zero (cquit) on any.

local root = vim.g.root
local fixture = root .. '/tests/editors/neovim/fixtures/broken.limber'
-- Long enough for a slow CI machine; the server answers in milliseconds.
local wait_ms = 10000

local failures = {}
local function fail(message)
  table.insert(failures, message)
end

-- Every publishDiagnostics, as the server sent it, by document URI.
local published = {}

local function text_of(contents)
  if type(contents) == 'string' then
    return contents
  end
  if contents.value then
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == 'string' and part or part.value)
  end
  return table.concat(parts, '\n')
end

-- The one answer of the limber client to a request, or nil after reporting why there is none.
local function request(bufnr, method, params)
  local answers, err = vim.lsp.buf_request_sync(bufnr, method, params, wait_ms)
  if not answers then
    fail(method .. ': no answer (' .. tostring(err) .. ')')
    return nil
  end
  for _, answer in pairs(answers) do
    if answer.err then
      fail(method .. ': error ' .. vim.inspect(answer.err))
      return nil
    end
    return answer.result
  end
  fail(method .. ': no client answered')
  return nil
end

local function run()
  -- No log file in the test's home folder (0.7 has no OFF: keep errors only).
  vim.lsp.set_log_level(vim.log.levels.OFF or 'ERROR')
  local original = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    published[result.uri] = result.diagnostics
    return original(err, result, ctx, config)
  end

  local limber = dofile(root .. '/editor-support/neovim/limber.lua')
  limber.setup({ cmd = { vim.g.limber_path, 'lsp' } })

  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  if vim.bo[bufnr].filetype ~= 'limber' then
    return fail('filetype is "' .. vim.bo[bufnr].filetype .. '", not limber')
  end
  if not vim.wait(wait_ms, function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end) then
    return fail('no language server attached to ' .. fixture)
  end
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    -- Compared with symbolic links resolved: the source folder may be reached through one.
    local folder = vim.fn.resolve(vim.fn.fnamemodify(fixture, ':h'))
    if vim.fn.resolve(client.config.root_dir or '') ~= folder then
      fail('root_dir is ' .. tostring(client.config.root_dir) .. ', not the file\'s folder')
    end
  end

  -- Diagnostics: the codes and lines of `limber check`, nothing more.
  if not vim.wait(wait_ms, function() return published[uri] ~= nil end) then
    return fail('no diagnostics were published for ' .. uri)
  end
  local found = {}
  for _, d in ipairs(published[uri]) do
    table.insert(found, string.format('%s at line %d', tostring(d.code), d.range.start.line + 1))
  end
  table.sort(found)
  local expected = { 'needs-unit at line 6', 'unknown-exercise at line 4' }
  if not vim.deep_equal(found, expected) then
    fail('diagnostics: expected ' .. vim.inspect(expected) .. ', found ' .. vim.inspect(found))
  end
  if #vim.diagnostic.get(bufnr) ~= #published[uri] then
    fail('Neovim shows ' .. #vim.diagnostic.get(bufnr) .. ' diagnostics, the server sent '
      .. #published[uri])
  end

  -- Hover on `figure_four` in `  hold figure_four 30s x2 each side` (line 5).
  local hover = request(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri }, position = { line = 4, character = 10 } })
  if hover then
    local text = text_of(hover.contents)
    if not text:find('Figure Four Stretch', 1, true) then
      fail('hover on figure_four does not name "Figure Four Stretch": ' .. vim.inspect(text))
    end
  end

  -- The quick fix of `hold cat_cox` ("did you mean `cat_cow`?") replaces the name.
  local unknown
  for _, d in ipairs(published[uri]) do
    if d.code == 'unknown-exercise' then
      unknown = d
    end
  end
  if unknown then
    local actions = request(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri },
      range = unknown.range,
      context = { diagnostics = { unknown } },
    }) or {}
    local fixes = {}
    for _, action in ipairs(actions) do
      for _, edit in ipairs(((action.edit or {}).changes or {})[uri] or {}) do
        table.insert(fixes, { title = action.title, text = edit.newText,
          line = edit.range.start.line, from = edit.range.start.character,
          to = edit.range['end'].character })
      end
    end
    local fixed = false
    for _, fix in ipairs(fixes) do
      -- `cat_cox` is characters 7 to 14 of line 4 (0-based: line 3).
      if fix.text == 'cat_cow' and fix.line == 3 and fix.from == 7 and fix.to == 14 then
        fixed = true
      end
    end
    if not fixed then
      fail('no code action replaces cat_cox (3:7-3:14) with cat_cow; edits offered: '
        .. vim.inspect(fixes))
    end
  end

  -- Completion while typing a new step: `  hold ` on a new line before the closing brace.
  vim.api.nvim_buf_set_lines(bufnr, 6, 6, true, { '  hold ' })
  local completion = request(bufnr, 'textDocument/completion', {
    textDocument = { uri = uri }, position = { line = 6, character = 7 } })
  if completion then
    local labels = {}
    for _, item in ipairs(completion.items or completion) do
      labels[item.label] = true
    end
    if not labels['cat_cow'] then
      fail('completion after "hold " does not offer cat_cow; it offers '
        .. vim.inspect(vim.tbl_keys(labels)))
    end
  end
end

local ok, err = pcall(run)
if not ok then
  fail('the test itself failed: ' .. tostring(err))
end
for _, message in ipairs(failures) do
  io.stderr:write(message .. '\n')
end
if #failures > 0 then
  io.stderr:write(string.format('neovim lsp: %d failures\n', #failures))
  vim.cmd('cquit 1')
end
io.stdout:write('neovim lsp: diagnostics, hover, code action and completion as expected\n')
vim.cmd('qall!')
