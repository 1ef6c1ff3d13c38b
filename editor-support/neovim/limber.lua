-- limber for Neovim: the *.limber filetype and the `limber lsp` language server.
--
-- Put this file where your config can load it (for example ~/.config/nvim/lua/limber.lua) and
-- call, in init.lua:
--
--   require('limber').setup()
--   -- or, with options:
--   require('limber').setup({
--     cmd = { '/opt/limber/bin/limber', 'lsp' },   -- default: { vim.g.limber_path or 'limber', 'lsp' }
--     on_attach = function(client, bufnr) ... end, -- your key maps, as for any server
--   })
--
-- Or, without copying it: dofile('/path/to/editor-support/neovim/limber.lua').setup()
--
-- Highlighting, indentation and :make come from editor-support/vim: add that folder to
-- 'runtimepath' as well (see editor-support/vim/README.md).
--
-- Works on Neovim 0.7 and newer: vim.lsp.start (0.8+) when it exists, otherwise
-- vim.lsp.start_client and vim.lsp.buf_attach_client, with one client per folder.

local M = {}

local function client_config(options, root)
  return {
    name = 'limber',
    cmd = options.cmd or { vim.g.limber_path or 'limber', 'lsp' },
    -- A routine's imports (`use "clinic.limber"`) are found from its own folder, so that
    -- folder is the server's root.
    root_dir = root,
    on_attach = options.on_attach,
    capabilities = options.capabilities or vim.lsp.protocol.make_client_capabilities(),
  }
end

local function folder_of(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' then
    return vim.loop.cwd()
  end
  return vim.fn.fnamemodify(name, ':p:h')
end

-- Starts `limber lsp` for the buffer's folder, or joins the client already serving it.
-- Returns the client id, or nil when the server could not be started.
function M.start(bufnr, options)
  options = options or M.options or {}
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local config = client_config(options, folder_of(bufnr))
  -- <C-x><C-o> completes from the server; Neovim 0.7 does not set this by itself.
  if vim.bo[bufnr].omnifunc == '' then
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end

  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end

  -- Neovim 0.7: no vim.lsp.start, so reuse by hand the client of the same folder.
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == 'limber' and client.config.root_dir == config.root_dir
        and not client.is_stopped() then
      vim.lsp.buf_attach_client(bufnr, client.id)
      return client.id
    end
  end
  local id = vim.lsp.start_client(config)
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

function M.setup(options)
  M.options = options or {}
  local group = vim.api.nvim_create_augroup('limber', { clear = true })

  -- The filetype, also for a config without editor-support/vim on 'runtimepath'.
  vim.api.nvim_create_autocmd({ 'BufNewFile', 'BufRead' }, {
    group = group,
    pattern = '*.limber',
    command = 'setfiletype limber',
  })
  if vim.filetype and vim.filetype.add then
    vim.filetype.add({ extension = { limber = 'limber' } })
  end

  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'limber',
    callback = function(args)
      M.start(args.buf, M.options)
    end,
  })

  -- Buffers opened before setup ran.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.bo[bufnr].filetype == 'limber' then
      M.start(bufnr, M.options)
    end
  end
end

return M
