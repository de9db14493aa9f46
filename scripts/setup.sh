#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine: the system packages
# (Java for the HermiT reasoner, Raptor's rapper for the export tests, Chromium for the
# browser tests, npm for the front-end libraries, Virtuoso for the remote-store test against
# it), the front-end libraries of package.json
# (copied from node_modules into the git-ignored web/static/vendor/, so that the package built
# next includes them), and the Python package with its test tools, into .venv beside this
# script's repository.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource-7-bin)
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The front-end libraries, exactly as package-lock.json pins them (no install scripts run);
# only their browser builds are served. Without them the pages work as before, unenhanced.
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
rm -rf web/static/vendor
mkdir -p web/static/vendor/yasgui web/static/vendor/cytoscape
cp node_modules/@zazuko/yasgui/build/yasgui.min.{js,css} web/static/vendor/yasgui/
cp node_modules/cytoscape/dist/cytoscape.min.js node_modules/cytoscape/LICENSE web/static/vendor/cytoscape/

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check ".[test]"
echo "setup: done ($(.venv/bin/kgqa --version))"
