#!/usr/bin/env bash
# End-to-end test of the TUI: the release binary in a detached tmux session
# at 120×40 on data/, driven by keys as a person would, checking the screen
# (tmux capture-pane) after each step, then that the shell is back. The
# review goes to a fresh COUNTERCLAIM_DATA_DIR: a flag made in one run is
# there in the next, and undo works across the restart. Then two TUIs on
# one review, each undoing its own action, and TUIs ended by signals and
# by a file-size limit: the terminal is restored and nothing is lost.
#
#   tests/e2e_tui.sh [path/to/counterclaim]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-target/release/counterclaim}")
[ -x "$bin" ] || { echo "e2e: no binary at $bin (cargo build --release)"; exit 1; }
command -v tmux >/dev/null || { echo "e2e: tmux is not installed"; exit 1; }
# The progress counts every figure of the corpus: as many as extract prints.
total=$("$bin" extract --format jsonl data/ 2>/dev/null | wc -l)
# The list counts every article file; data/gold.jsonl beside them holds
# figures, which are skipped, so the sample can grow without this changing.
articles=$(find data/articles -name '*.txt' | wc -l)

# A server of our own, so no user session is touched; no user keymap.
sock="counterclaim-e2e-$$"
config=$(mktemp -d)
data=$(mktemp -d)
shared=$(mktemp -d)
t() { tmux -L "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$config" "$data" "$shared"; }
trap cleanup EXIT

# The session keys go to and screens are read from.
pane=e2e
screen() { t capture-pane -p -t "$pane"; }

passed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }

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
      ok "$step"
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
      ok "$step"
      return 0
    fi
    sleep 0.1
  done
  echo "FAIL $step: still showing [$gone]"
  screen
  exit 1
}

keys() { t send-keys -t "$pane" "$@"; sleep 0.15; }

# A shell in a new session named $1, with the review in $2.
session() {
  TERM=xterm-256color t new-session -d -s "$1" -x 120 -y 40 "env -i PATH=$PATH HOME=$HOME TERM=tmux-256color COUNTERCLAIM_CONFIG_DIR=$config COUNTERCLAIM_DATA_DIR=$2 bash --norc --noprofile"
  t set-option -t "$1" remain-on-exit on >/dev/null
  pane=$1
  keys "PS1='e2e-shell\$ '; cd $(pwd)" Enter
  keys clear Enter
  expect "shell is ready in $1" 'e2e-shell$'
}

# The terminal of $pane is back to the shell: main screen, no mouse
# reporting, bash in front.
restored() {
  [ "$(t display-message -p -t "$pane" '#{alternate_on}')" = 0 ] || { echo "FAIL $1: still on the alternate screen"; exit 1; }
  [ "$(t display-message -p -t "$pane" '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}')" = 0000 ] || { echo "FAIL $1: mouse reporting still on"; exit 1; }
  [ "$(t display-message -p -t "$pane" '#{pane_current_command}')" = bash ] || { echo "FAIL $1: the pane does not run the shell"; exit 1; }
  ok "$1: the terminal is back to the shell (main screen, no mouse reporting)"
}

session e2e "$data"
keys "$bin data/; echo counterclaim-exit=\$?" Enter

expect "opens on data/ with its $articles articles" "Articles $articles" "▶Kyiv bears brunt of record Russi" "Kyiv bears brunt of record Russian air attack" "Text · 01_kyiv_night_attack"
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

# Moving and finding: a jump to a night, a filter stacked from the
# selected figure's values, the sources.
keys :
t send-keys -t e2e -l "2025-06-16"; sleep 0.15
expect ": shows the day the date reads as" "go to night: 2025-06-16█  → Mon 16 Jun 2025"
keys Enter
expect ": Enter goes to the first article about the night" "night of Mon 16 Jun 2025: the first of" "Text · 07_kyiv_deadly_night_a" "· 2025-06-16"
keys ,
expect ", offers the selected figure's values" "Filter by a value of" "outlet   Kyiv Wire" "night    2025-06-16"
keys 5
expect ", 5 stacks the outlet filter, shown on top of the figures and counted on the list" \
  "filters: outlet==Kyiv Wire · Esc clears" "Articles 3/$articles · 1 filter"
keys Escape
expect_gone "Esc clears it" "filters: outlet==Kyiv Wire"
keys S
expect "S lists every outlet and speaker" "Sources · " "outlet  Kyiv Wire" "disputed: their figures that someone else"
keys Escape
expect_gone "Esc closes the sources" "Sources · "

# The timeline: opened on the night being read, a night gone to with :,
# the view written to a file that is read back, and the night's claims.
keys t
expect "t opens the timeline on the night being read" "Timeline · " "dr↑" "▶2025-06-16"
keys :
t send-keys -t e2e -l "2025-07-08"; sleep 0.15
keys Enter
expect ": in the timeline goes to the night" "▶2025-07-08" "Russian drones launched · night of 2025-07-08"
keys w
expect "w offers to write the timeline" "Write to a file" "File: counterclaim-timeline.csv█"
t send-keys -t e2e -N 60 BSpace; sleep 0.15
t send-keys -t e2e -l "$shared/timeline.csv"; sleep 0.15
keys Enter
expect "Enter writes it, back in the timeline" "timeline rows to $shared/timeline.csv" "Timeline · "
head -1 "$shared/timeline.csv" | grep -q '^night,matter,attacker,item,event,ua,ua_qualifier,ua_places,ru,' \
  || { echo "FAIL the timeline file's header"; head -1 "$shared/timeline.csv"; exit 1; }
grep -q '^2025-07-08,drones_launched,ru,drone,launched,728,exact,0,' "$shared/timeline.csv" \
  || { echo "FAIL the timeline file's rows"; cat "$shared/timeline.csv"; exit 1; }
ok "the timeline file has a row per night and matter, each side's figure in it"
keys h
keys Enter
expect "Enter on the night opens its claims" "Claims · night of 2025-07-08"
# Back to the flagged figure, where the next run is to start.
keys Tab
keys g
keys J
keys J
keys Enter
keys j
expect "back on the third article's flagged figure, in the text" "Text · 03_kharkiv_casualties" "▶ ≥17 person injured" "┏ Text"

keys q
expect "q quits with status 0" "counterclaim-exit=0"
expect_gone "the TUI is gone" "Articles $articles"
expect "the shell prompt is back" 'e2e-shell$'
restored "after q"
[ "$(wc -l <"$data/review.jsonl")" = 1 ] || { echo "FAIL the review log does not hold the one flag"; cat "$data/review.jsonl"; exit 1; }
ok "the flag is one line of $data/review.jsonl"

# The same review, a second run: the flag is still there, and undone.
keys clear Enter
expect "shell is ready again" 'e2e-shell$'
keys "$bin data/; echo counterclaim-exit=\$?" Enter
expect "opens again with the flag counted in the list and the progress" "Articles $articles" "⚑1 · 1/$total reviewed" "⚑1 ✓1"
expect "where the last run ended: the third article, its text, the same figure" \
  "Text · 03_kharkiv_casualties" "▶Kharkiv death toll climbs after" "▶ ≥17 person injured" "┏ Text"
expect "the flag mark is still on the figure, with its reason and note" \
  "At least ⚑17 people were injured" "⚑ wrong item: says 17, check the toll"
keys u
expect "u undoes the flag made in the previous run" \
  "At least 17 people were injured" "undone: 17 person injured is now not reviewed" "0/$total reviewed"
expect_gone "the flag mark is gone" "⚑17"
keys q
expect "q quits again with status 0" "counterclaim-exit=0"
[ "$(wc -l <"$data/review.jsonl")" = 2 ] || { echo "FAIL the undo is not in the review log"; cat "$data/review.jsonl"; exit 1; }
ok "the undo is the log's second line"

# Two TUIs on one review: each one's undo takes back its own action, and
# each takes in what the other wrote.
keys clear Enter
keys "$bin --data-dir $shared data/; echo counterclaim-exit=\$?" Enter
expect "the first window opens on the shared review" "▶ 550 drone_or_missile launched"
session e2e2 "$shared"
keys "$bin --data-dir $shared data/; echo counterclaim-exit=\$?" Enter
expect "the second window opens on it too" "▶ 550 drone_or_missile launched"
pane=e2e
keys Tab
keys a
expect "the first window accepts 550" "accepted 550 drone_or_missile launched"
pane=e2e2
expect "the second window takes the accept in" "1 decision from another window taken in" "1/$total reviewed"
keys Tab
keys j
keys j
keys a
expect "the second window accepts 11" "accepted 11 missile launched" "2/$total reviewed"
pane=e2e
expect "the first window takes that in" "1 decision from another window taken in" "2/$total reviewed"
keys u
expect "u in the first window undoes its own 550, not the other's 11" \
  "undone: 550 drone_or_missile launched is now not reviewed" "1/$total reviewed"
pane=e2e2
expect "the second window takes the undo in" "1 decision from another window taken in" "1/$total reviewed"
keys q
expect "the second window quits with status 0" "counterclaim-exit=0"
pane=e2e
keys q
expect "the first window quits with status 0" "counterclaim-exit=0"
keys clear Enter
keys "$bin --data-dir $shared data/; echo counterclaim-exit=\$?" Enter
keys Tab
expect "after a restart 550 is still undone" "▶ 550 drone_or_missile launched" "overnight with 550 drones" "1/$total reviewed"
keys j
keys j
expect "and 11 is still accepted" "▶ 11 missile launched" "✓ accepted" "and ✓11 missiles"
keys q
expect "q quits with status 0" "counterclaim-exit=0"

# SIGTERM in the middle of a review: the terminal is restored, what was
# saved is in the log, and with nothing unsaved the status is 0.
# Each starts at the top: the position the last one left is forgotten.
run_as() { rm -f "$shared/position.json"; keys clear Enter; keys "sh -c 'echo \$\$ > $shared/pid; $1 exec $bin --data-dir $shared data/' 2> >(cat > $shared/err); echo counterclaim-exit=\$?" Enter; }
run_as ""
# Keys typed before the TUI reads them are lost when it takes the
# terminal: wait for the whole corpus first.
expect "the corpus is loaded (SIGTERM)" "/$total reviewed"
keys Tab
keys j
keys j
keys j
keys a
expect "a figure is accepted" "accepted 268 drone intercepted"
kill -TERM "$(cat "$shared/pid")"
expect "SIGTERM ends the TUI with status 0: everything was saved" "counterclaim-exit=0"
restored "after SIGTERM"
grep -q '"value":268' "$shared/review.jsonl" || { echo "FAIL the accept is not in the log"; exit 1; }
ok "the accept made before SIGTERM is in the log"

# A file-size limit: the action is not saved, the TUI is not killed and
# says so; quitting, or a SIGHUP, prints the action to append by hand and
# ends with status 1.
lines=$(wc -l <"$shared/review.jsonl")
for end in q HUP; do
  run_as "ulimit -f 0;"
  # The loader's last warning (data/gold.jsonl) must not land on the
  # status line after the accept's message: wait for the whole corpus.
  expect "the corpus is loaded ($end)" "/$total reviewed"
  keys Tab
  keys a
  expect "past the file-size limit the action is kept in memory ($end)" "accepted 550 drone_or_missile launched" "review kept in memory, NOT SAVED (1 unsaved)"
  if [ $end = q ]; then keys q; else kill -HUP "$(cat "$shared/pid")"; fi
  expect "the TUI ends with status 1 ($end)" "counterclaim-exit=1"
  restored "after $end with an action unsaved"
  for _ in $(seq 50); do grep -q 'not saved (printed above)' "$shared/err" && break; sleep 0.1; done
  grep -q '"action":"accept".*"value":550' "$shared/err" && grep -q '1 review actions not saved (printed above)' "$shared/err" \
    || { echo "FAIL the unsaved action is not on stderr"; cat "$shared/err"; exit 1; }
  ok "the unsaved accept is printed on stderr, to append by hand ($end)"
  [ "$(wc -l <"$shared/review.jsonl")" = "$lines" ] || { echo "FAIL the log changed"; exit 1; }
done
# Nowhere to print them either (stderr as hung up as the terminal): the
# status still says so, rather than that of a crash.
keys clear Enter
keys "sh -c 'ulimit -f 0; exec $bin --data-dir $shared data/' 2>$shared/err-full; echo counterclaim-exit=\$?" Enter
expect "the corpus is loaded (stderr past the limit)" "/$total reviewed"
keys Tab
keys a
expect "an action unsaved, and stderr a file past the limit" "review kept in memory, NOT SAVED (1 unsaved)"
keys q
expect "the TUI still ends with status 1" "counterclaim-exit=1"
grep -q "ended by SIGHUP" "$shared/err" || { echo "FAIL the signal is not named"; cat "$shared/err"; exit 1; }
ok "stderr names the signal"
# A terminal closed under the TUI: it ends, with what it saved kept,
# rather than spinning on a terminal that is gone.
hung="$shared/hung"
mkdir -p "$hung"
TERM=xterm-256color t new-session -d -s e2e3 -x 120 -y 40 "exec $bin --data-dir $hung data/"
pane=e2e3
expect "a TUI opens in a terminal of its own" "▶ 550 drone_or_missile launched"
keys Tab
keys a
expect "it accepts a figure" "accepted 550 drone_or_missile launched"
t kill-session -t e2e3
for _ in $(seq 50); do pgrep -f -- "--data-dir $hung" >/dev/null || break; sleep 0.1; done
if pgrep -f -- "--data-dir $hung" >/dev/null; then
  echo "FAIL the TUI outlived its terminal"; pkill -f -- "--data-dir $hung"; exit 1
fi
ok "the TUI ends when its terminal is closed"
grep -q '"value":550' "$hung/review.jsonl" || { echo "FAIL the accept is not in the log"; exit 1; }
ok "what it saved before is in the log"
# Sources as analysts keep them: a Telegram export, feeds and saved pages
# in one folder, each article headed by its kind, channel and link, and
# the filter finding a channel.
formats="$shared/formats"
mkdir -p "$formats"
TERM=xterm-256color t new-session -d -s e2e4 -x 120 -y 40 "exec $bin --data-dir $formats tests/formats/"
pane=e2e4
expect "the folder opens with every kind of source" "Articles" "Збито 36 з 62 ворожих дронів"
keys '&'
t send-keys -t e2e4 -l "kind:telegram"; sleep 0.15
keys Enter
expect "& kind:telegram keeps the posts" "& kind:telegram"
keys g
expect "a post's header names its kind, channel and link" "Telegram · Повітряні Сили ЗС України" "https://t.me/kpszsu/9202" "Posted: 2025-01-21 09:12"
keys Escape
keys '&'
t send-keys -t e2e4 -l "kind:page"; sleep 0.15
keys Enter
expect "& kind:page keeps the pages, with their outlet" "& kind:page" "page · "
keys q
t kill-session -t e2e4 2>/dev/null || true

# Taking it elsewhere: the figures written to a file with w, the rest of
# an article accepted with A and taken back with one u, a citation copied
# through the terminal (OSC 52, which tmux takes into a buffer), the
# article's link handed to the program COUNTERCLAIM_OPENER names, and the
# same article there at the next start.
hand="$shared/hand"
mkdir -p "$hand/review" "$hand/out"
printf '#!/bin/sh\nprintf "%%s" "$1" > %s/opened\n' "$hand" > "$hand/opener"
chmod +x "$hand/opener"
t set-option -g set-clipboard on
elsewhere() { TERM=xterm-256color t new-session -d -s e2e5 -x 120 -y 40 "env COUNTERCLAIM_CONFIG_DIR=$config COUNTERCLAIM_CLIPBOARD=osc52 COUNTERCLAIM_OPENER=$hand/opener $bin --data-dir $hand/review data/; sleep 30"; pane=e2e5; }
elsewhere
expect "a TUI opens on a review of its own" "▶ 550 drone_or_missile launched"
keys J
keys J
keys w
expect "w offers to write the figures table" "Write to a file" "Writes the 6 figures of 03_kharkiv_casualties, in text order" "File: counterclaim-figures-03_kharkiv_casualties.csv█"
t send-keys -t e2e5 -N 60 BSpace; sleep 0.15
t send-keys -t e2e5 -l "$hand/out/figures.csv"; sleep 0.15
keys Enter
expect "Enter writes it and says where" "wrote 6 figures to $hand/out/figures.csv"
head -1 "$hand/out/figures.csv" | grep -qx 'article,text,value,qualifier,item,event,attacker,claimant,source,weapon,cumulative,start,end,date,language,subset_of,location,confidence,rule,sentence,review' \
  || { echo "FAIL the file's header"; head -1 "$hand/out/figures.csv"; exit 1; }
grep -q '^03_kharkiv_casualties,17,17,at_least,person,injured,ru,ua,Syniehubov,' "$hand/out/figures.csv" \
  || { echo "FAIL the file's rows"; cat "$hand/out/figures.csv"; exit 1; }
[ "$(wc -l < "$hand/out/figures.csv")" = 7 ] || { echo "FAIL not 6 rows"; cat "$hand/out/figures.csv"; exit 1; }
ok "the file has the extract columns, the review's, and a row per figure"
keys w
t send-keys -t e2e5 -N 60 BSpace; sleep 0.15
t send-keys -t e2e5 -l "$hand/out/figures.csv"; sleep 0.15
keys Enter
expect "a file there already is asked about" "that file is there already: overwrite it? y/n"
keys n
expect "n keeps it, the prompt open" "not overwritten: change the name, or Enter and y"
keys Escape
expect "Esc closes the prompt" "nothing written"
keys A
expect "A asks first" "accept the 6 figures of this article nobody has reviewed? y/n"
keys y
expect "y accepts the six" "accepted the 6 figures of 03_kharkiv_casualties nobody had reviewed" "6/$total reviewed"
keys Tab
keys u
expect "one u takes the six back" "undone: the 6 figures accepted together are not reviewed again" "0/$total reviewed"
keys j
keys y
expect "y copies the selected figure as a citation" "copied the citation (OSC 52)"
t show-buffer | grep -qF '≥17 people injured in a Russian attack, Ukrainian side (Syniehubov), Eastern Front Daily, 2025-06-11, https://example.org/kharkiv/2025/06/12/strike-17-update-3 — "At least 17 people were injured,' \
  || { echo "FAIL the terminal's clipboard"; t show-buffer; exit 1; }
ok "the citation reached the terminal's clipboard"
keys b
expect "b hands the link to the opener" "opened https://example.org/kharkiv/2025/06/12/strike-17-update-3 with"
for _ in $(seq 50); do [ -s "$hand/opened" ] && break; sleep 0.1; done
[ "$(cat "$hand/opened")" = "https://example.org/kharkiv/2025/06/12/strike-17-update-3" ] || { echo "FAIL the opener got: $(cat "$hand/opened" 2>/dev/null)"; exit 1; }
ok "the opener got the article's link as its argument"
keys q
t kill-session -t e2e5 2>/dev/null || true
elsewhere
expect "started again, the same article and figure are there" "Text · 03_kharkiv_casualties" "▶Kharkiv death toll climbs after" "▶ ≥17 person injured"
keys q
t kill-session -t e2e5 2>/dev/null || true

echo "e2e: $passed passed, 0 failed"
