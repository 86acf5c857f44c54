#!/usr/bin/env bash
# The recipes' checks: the Dask recipe gives the figures of one local run,
# and recipes/timeline.sql in DuckDB gives the bytes of `counterclaim
# timeline --format csv`. Installs what it needs into a virtual environment
# under target/.
#
#   bash recipes/ci.sh [BINARY]      (default: target/release/counterclaim)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-target/release/counterclaim}
venv=${RECIPES_VENV:-target/recipes-venv}

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r recipes/requirements.txt
py="$venv/bin/python"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The sample corpus 30 times over, ids <stem>#<k>: repeats of one claim
# across articles and outlets, as a large corpus has them.
python3 recipes/articles.py data/articles --repeat 30 > "$work/sample30.jsonl"

"$py" recipes/check_dask.py "$binary" --articles data/articles --repeat 40 --partitions 6
real=tests/real/dev/articles,tests/real/holdout/articles,tests/real/uk-ru-dev/articles,tests/real/uk-ru-holdout/articles,tests/real/fresh/articles
"$py" recipes/check_timeline.py "$binary" data/articles "$real" recipes/edges "$work/sample30.jsonl"
