#!/usr/bin/env bash
# End-to-end test of the TUI: the release binary in a detached tmux session
# at 120×40 on data/, driven by keys as a person would, checking the screen
# (tmux capture-pane) after each step, then that the shell is back. The
# review goes to a fresh COUNTERCLAIM_DATA_DIR: a flag made in one run is
# there in the next, and undo works across the restart.
#
#   tests/e2e_tui.sh [path/to/counterclaim]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/counterclaim}")
# The progress counts every figure of the corpus: as many as extract prints.
total=$("$bin" extract --format jsonl data/ 2>/dev/null | wc -l)
[ -x "$bin" ] || { echo "e2e: no binary at $bin (cargo build --release)"; exit 1; }
command -v tmux >/dev/null || { echo "e2e: tmux is not installed"; exit 1; }

# A server of our own, so no user session is touched; no user keymap.
sock="counterclaim-e2e-$$"
config=$(mktemp -d)
data=$(mktemp -d)
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$config" "$data"; }
trap cleanup EXIT

screen() { t capture-pane -p -t e2e; }

# Wait until the screen shows every string given, or fail showing it.
expect() {
  local step=$1; shift
  for _ in $(seq 100); do
    local s ok=1
    s=$(screen)
    for want in "$@"; do
      grep -qF -- "$want" <<<"$s" || { ok=0; break; }
    done
    if [ $ok = 1 ]; then
      echo "ok   $step"
      return 0
    fi
    sleep 0.1
  done
  echo "FAIL $step: expected $(printf '[%s] ' "$@")"
  screen
  exit 1
}

# Wait until the screen no longer shows a string.
expect_gone() {
  local step=$1 gone=$2
  for _ in $(seq 100); do
    if ! screen | grep -qF -- "$gone"; then
      echo "ok   $step"
      return 0
    fi
    sleep 0.1
  done
  echo "FAIL $step: still showing [$gone]"
  screen
  exit 1
}

keys() { t send-keys -t e2e "$@"; sleep 0.15; }

TERM=xterm-256color t new-session -d -s e2e -x 120 -y 40 "env -i PATH=$PATH HOME=$HOME TERM=tmux-256color COUNTERCLAIM_CONFIG_DIR=$config COUNTERCLAIM_DATA_DIR=$data bash --norc --noprofile"
t set-option -t e2e remain-on-exit on >/dev/null
keys "PS1='e2e-shell\$ '; cd $(pwd)" Enter
keys clear Enter
expect "shell is ready" 'e2e-shell$'
keys "$bin data/; echo counterclaim-exit=\$?" Enter

expect "opens on data/ with 18 articles" "Articles 18" "▶Kyiv bears brunt of record Russi" "Kyiv bears brunt of record Russian air attack" "Text · 01_kyiv_night_attack"
expect "the first figure is selected and described" "▶ 550 drone_or_missile launched"
expect "help and quit are named from the first frame, beside the loading warning" "? help  q quit"

keys x
expect "a review key in the articles pane changes nothing and says why" "select a figure first: Enter" "0/$total reviewed"

keys J
keys J
expect "J J moves to the third article" "▶Kharkiv death toll climbs after" "Kharkiv death toll climbs after glide-bomb raid" "Text · 03_kharkiv_casualties" "▶ 4 person killed"

keys Tab
keys j
expect "Tab j selects the next figure in the text" "▶ ≥17 person injured" "claimed by ua"

# A paste is text, never keys (tmux sends it bracketed, as the app asks):
# with no prompt open it is ignored, so pasted a's accept nothing; in the
# search prompt it is the pattern.
paste() { t set-buffer -b e2e-paste -- "$1"; t paste-buffer -p -b e2e-paste -t e2e; sleep 0.15; }
paste aaa
expect "a paste with no prompt open is ignored and accepts nothing" "paste ignored: no text field open" "0/$total reviewed"
keys /
paste $'glide\nbomb'
expect "a paste into the search prompt is its pattern, on one line" "/glide bomb█"
keys Escape
expect_gone "Esc closes the prompt" "/glide bomb█"
expect "the figure is still selected" "▶ ≥17 person injured"

keys f
expect "f opens the flag dialog on it" "Flag a figure" "≥17 person injured · claimed by ua" "1 wrong value" "8 other"
keys 2
t send-keys -t e2e -l "says 17, check the toll"; sleep 0.15
keys Enter
expect "2 + note + Enter flags it: marks in text, detail, list and status" \
  "At least ⚑17 people were injured" "⚑ wrong item: says 17, check the toll" "flagged 17 person injured: wrong item" "⚑1 · 1/$total reviewed"

keys '?'
expect "? opens the help" "Keys · Esc closes" "flag the selected figure: a reason (1-8) and a note" "undo the latest review action" "J/]"
keys q
expect_gone "q closes the help" "Keys · Esc closes"
expect "the flag is still shown" "At least ⚑17 people were injured"

keys q
expect "q quits with status 0" "counterclaim-exit=0"
expect_gone "the TUI is gone" "Articles 18"
expect "the shell prompt is back" 'e2e-shell$'
[ "$(t display-message -p -t e2e '#{alternate_on}')" = 0 ] || { echo "FAIL the terminal is still on the alternate screen"; exit 1; }
[ "$(t display-message -p -t e2e '#{pane_current_command}')" = bash ] || { echo "FAIL the pane does not run the shell"; exit 1; }
echo "ok   the terminal is back to the shell (main screen, bash in front)"
[ "$(wc -l <"$data/review.jsonl")" = 1 ] || { echo "FAIL the review log does not hold the one flag"; cat "$data/review.jsonl"; exit 1; }
echo "ok   the flag is one line of $data/review.jsonl"

# The same review, a second run: the flag is still there, and undone.
keys clear Enter
expect "shell is ready again" 'e2e-shell$'
keys "$bin data/; echo counterclaim-exit=\$?" Enter
expect "opens again with the flag counted in the list and the progress" "Articles 18" "⚑1 · 1/$total reviewed" "⚑1 ✓1"
keys J
keys J
keys Tab
keys j
expect "the flag mark is still on the figure, with its reason and note" \
  "At least ⚑17 people were injured" "⚑ wrong item: says 17, check the toll"
keys u
expect "u undoes the flag made in the previous run" \
  "At least 17 people were injured" "undone: 17 person injured is now not reviewed" "0/$total reviewed"
expect_gone "the flag mark is gone" "⚑17"
keys q
expect "q quits again with status 0" "counterclaim-exit=0"
[ "$(wc -l <"$data/review.jsonl")" = 2 ] || { echo "FAIL the undo is not in the review log"; cat "$data/review.jsonl"; exit 1; }
echo "ok   the undo is the log's second line"
echo "e2e: 28 passed, 0 failed"
