# Source this file (`. scripts/use-node24.sh`) to run the project on Node 24.
# When the machine's Node is older than 24, it installs Node 24 from the npm registry's `node`
# package into ~/.cache/msp-kit/node24 (once) and puts it first on PATH for this shell.
msp_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$msp_node_major" -lt 24 ]; then
  msp_node_dir="${MSP_NODE24_DIR:-$HOME/.cache/msp-kit/node24}"
  if [ ! -x "$msp_node_dir/node_modules/.bin/node" ]; then
    echo "msp-kit: Node $msp_node_major found; installing Node 24 into $msp_node_dir" >&2
    mkdir -p "$msp_node_dir"
    npm install --prefix "$msp_node_dir" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$msp_node_dir/node_modules/.bin:$PATH"
fi
unset msp_node_major msp_node_dir
echo "msp-kit: using Node $(node --version)" >&2
