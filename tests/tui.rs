//! The TUI, driven as a user drives it: keys in, screens out.
//!
//! Screens are rendered into ratatui's `TestBackend` and pinned as insta
//! snapshots under `tests/snapshots/` (review them as text: they are what a
//! user sees). State tests feed keys through the real keymap and check the
//! state each key is documented to change. Keys are written as a string,
//! as gitu's tests do: `"jjf"`, with `<tab>`, `<esc>`, `<enter>` and the
//! like for named keys.

use counterclaim::corpus::{self, parse_text};
use counterclaim::model::Figure;
use counterclaim::review::{Reason, Review};
use counterclaim::store::Store;
use counterclaim::tui::action::{Action, Handover, LoadEvent, Prepared};
use counterclaim::tui::app::{App, Facet, Modal, Pane, ScopeKind, SortKey};
use counterclaim::tui::keymap::{ACTIONS, Key, Keymap, config_path};
use counterclaim::tui::theme::Theme;
use counterclaim::tui::ui::draw;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

// ----- helpers -----

/// The sample corpus with its hand-checked figures (`data/gold.jsonl`)
/// rather than the engine's, so that these screens change when the UI
/// does, not when the engine improves; without colour (snapshots hold
/// text). Where the gold accepts several answers, the first is taken;
/// gold gives no sentence, rule or date, so the fixture fills them in.
fn app() -> App {
    let articles = corpus::sample();
    let mut by_article: std::collections::HashMap<String, Vec<Figure>> = Default::default();
    for line in include_str!("../data/gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        let obj = v.as_object_mut().unwrap();
        for value in obj.values_mut() {
            if let serde_json::Value::Array(options) = value {
                *value = options.first().cloned().unwrap_or(serde_json::Value::Null);
            }
        }
        let a = articles
            .iter()
            .find(|a| a.id == obj["article"].as_str().unwrap())
            .unwrap();
        let (start, end) = (
            obj["start"].as_u64().unwrap() as usize,
            obj["end"].as_u64().unwrap() as usize,
        );
        // The sentence: from the previous full stop or line break to the next.
        let s0 = a.text[..start].rfind(['.', '\n']).map_or(0, |i| i + 1);
        let s1 = a.text[end..]
            .find(['.', '\n'])
            .map_or(a.text.len(), |i| end + i + 1);
        obj.insert("sentence".into(), a.text[s0..s1].trim().into());
        obj.insert("sentence_start".into(), s0.into());
        obj.insert("sentence_end".into(), s1.into());
        // Read directly off the text (so not "inferred"), dated by the
        // article (the README's rule for figures without a time word).
        obj.insert(
            "rule".into(),
            "item:noun event:verb-before attacker:actor claimant:speaker".into(),
        );
        obj.insert("date".into(), serde_json::to_value(a.date).unwrap());
        let f: Figure = serde_json::from_value(v).unwrap();
        by_article.entry(f.article.to_string()).or_default().push(f);
    }
    let extracted = articles
        .into_iter()
        .map(|a| {
            let mut figures = by_article.remove(&a.id).unwrap_or_default();
            figures.sort_by_key(|f| f.start);
            (a, figures)
        })
        .collect();
    App::new(
        Store::from_extracted(extracted),
        Keymap::default(),
        Theme::plain(),
    )
}

fn app_with(texts: &[(&str, &str)]) -> App {
    let articles = texts
        .iter()
        .map(|(id, t)| parse_text(id, id, t.to_string()))
        .collect();
    App::new(Store::build(articles), Keymap::default(), Theme::plain())
}

/// The ids of the articles the filters let through, in order.
fn visible(a: &App) -> Vec<&str> {
    a.visible
        .iter()
        .map(|&i| a.store.article(i).id.as_str())
        .collect()
}

/// Parse a key string: plain characters, and `<tab>`, `<s-tab>`, `<esc>`,
/// `<enter>`, `<down>`, `<up>`, `<left>`, `<right>`, `<pgdn>`, `<pgup>`,
/// `<home>`, `<end>`, `<bs>`, `<c-c>`, `<c-r>`; a space is Space.
fn keys(s: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            let (code, mods) = match name {
                "tab" => (KeyCode::Tab, KeyModifiers::NONE),
                "s-tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
                "esc" => (KeyCode::Esc, KeyModifiers::NONE),
                "enter" => (KeyCode::Enter, KeyModifiers::NONE),
                "down" => (KeyCode::Down, KeyModifiers::NONE),
                "up" => (KeyCode::Up, KeyModifiers::NONE),
                "left" => (KeyCode::Left, KeyModifiers::NONE),
                "right" => (KeyCode::Right, KeyModifiers::NONE),
                "pgdn" => (KeyCode::PageDown, KeyModifiers::NONE),
                "pgup" => (KeyCode::PageUp, KeyModifiers::NONE),
                "home" => (KeyCode::Home, KeyModifiers::NONE),
                "end" => (KeyCode::End, KeyModifiers::NONE),
                "bs" => (KeyCode::Backspace, KeyModifiers::NONE),
                "c-c" => (KeyCode::Char('c'), KeyModifiers::CONTROL),
                "c-r" => (KeyCode::Char('r'), KeyModifiers::CONTROL),
                other => panic!("unknown key <{other}>"),
            };
            out.push(KeyEvent::new(code, mods));
            rest = &rest[end + 1..];
            continue;
        }
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        out.push(KeyEvent::new(KeyCode::Char(c), mods));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Tick until the search under way has landed.
fn land(app: &mut App) {
    let start = std::time::Instant::now();
    while app.searching().is_some() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "the search never landed"
        );
        app.tick();
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

fn press(app: &mut App, s: &str) {
    for k in keys(s) {
        app.on_key(k);
    }
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap()
}

/// Draw and return the buffer.
fn buffer(app: &App, w: u16, h: u16) -> Buffer {
    let mut t = terminal(w, h);
    t.draw(|f| draw(f, app)).unwrap();
    t.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces cut, the user's
/// config path (which depends on the machine) redacted.
fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buf[(x, y)];
            line.push_str(cell.symbol());
            skip = unicode_width(cell.symbol()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    match config_path() {
        Some(p) => out.replace(&p.display().to_string(), "<config>/keymap.txt"),
        None => out,
    }
}

fn unicode_width(s: &str) -> usize {
    use ratatui::buffer::CellWidth;
    s.cell_width() as usize
}

fn screen(app: &App, w: u16, h: u16) -> String {
    text(&buffer(app, w, h))
}

/// Draw once, so that the app knows its pane sizes (as after a first frame).
fn drawn(app: &App, w: u16, h: u16) {
    let _ = buffer(app, w, h);
}

fn figure_value(app: &App) -> u64 {
    app.store
        .figure(app.figure.expect("a figure is selected"))
        .value
}

fn current_id(app: &App) -> &str {
    &app.store.article(app.current().unwrap()).id
}

/// How many articles the sample holds, so that counts on screen are
/// checked against the corpus rather than against its size when a test
/// was written.
fn sample_articles() -> usize {
    corpus::sample().len()
}

/// How many figures `app()` holds: one per line of the gold.
fn gold_figures() -> usize {
    include_str!("../data/gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count()
}

// ----- rendering -----

mod screens {
    use super::*;

    #[test]
    fn main_view_medium_120x40() {
        let mut a = app();
        press(&mut a, "JJ");
        insta::assert_snapshot!("main_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn main_view_wide_200x50() {
        let a = app();
        insta::assert_snapshot!("main_200x50", screen(&a, 200, 50));
    }

    #[test]
    fn narrow_shows_one_pane_with_tabs() {
        let mut a = app();
        let mut shots = String::new();
        for pane in ["articles", "text", "figures", "claims"] {
            shots.push_str(&format!("== {pane}\n{}", screen(&a, 60, 20)));
            press(&mut a, "<tab>");
        }
        insta::assert_snapshot!("narrow_60x20_each_pane", shots);
    }

    #[test]
    fn each_pane_focused_medium() {
        let mut a = app();
        press(&mut a, "JJ");
        let mut shots = String::new();
        for _ in 0..4 {
            shots.push_str(&format!("== {:?}\n{}", a.focus, screen(&a, 100, 30)));
            press(&mut a, "<tab>");
        }
        insta::assert_snapshot!("each_pane_focused_100x30", shots);
    }

    #[test]
    fn help_overlay() {
        let mut a = app();
        press(&mut a, "?");
        insta::assert_snapshot!("help_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn too_small() {
        let a = app();
        insta::assert_snapshot!("too_small_39x11", screen(&a, 39, 11));
    }

    #[test]
    fn summary_sheet() {
        let mut a = app();
        press(&mut a, "s");
        insta::assert_snapshot!("summary_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn flag_dialog() {
        let mut a = app();
        press(&mut a, "JJ<tab>jf");
        insta::assert_snapshot!("flag_dialog_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn flagged_figure_is_marked_in_text_table_and_list() {
        let mut a = app();
        press(&mut a, "JJ<tab>jf2");
        for k in keys("source?") {
            a.on_key(k);
        }
        press(&mut a, "<enter>");
        let s = screen(&a, 120, 40);
        assert!(s.contains("At least ⚑17? people"), "{s}");
        assert!(s.contains("⚑ wrong item: source?"), "{s}");
        insta::assert_snapshot!("flagged_figure_120x40", s);
    }

    #[test]
    fn doubted_figure_is_marked() {
        // 07 gives 440 drones for the night of the 17th, 08 gives 472.
        let mut a = app();
        press(&mut a, "JJJJJJ<tab>j");
        let s = screen(&a, 120, 40);
        assert!(s.contains("440? drones"), "{s}");
        assert!(
            s.contains("? conflicting_values: For the same night others give 472"),
            "{s}"
        );
        insta::assert_snapshot!("doubted_figure_120x40", s);
    }

    #[test]
    fn claims_by_night_and_corpus() {
        let mut a = app();
        press(&mut a, "JJJJJ<tab><tab><tab>");
        drawn(&a, 120, 40);
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Night);
        let night = screen(&a, 120, 40);
        press(&mut a, "c");
        let corpus = screen(&a, 120, 40);
        insta::assert_snapshot!(
            "claims_night_and_corpus",
            format!("== night\n{night}== corpus\n{corpus}")
        );
    }

    #[test]
    fn search_prompt_and_hits() {
        let mut a = app();
        press(&mut a, "/shot down");
        let typing = screen(&a, 120, 40);
        assert!(typing.contains("/shot down█"), "{typing}");
        press(&mut a, "<enter>");
        insta::assert_snapshot!("search_hit_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn filter_line() {
        let mut a = app();
        press(&mut a, "&kyiv");
        insta::assert_snapshot!("filter_kyiv_120x40", screen(&a, 120, 40));
    }

    /// Colour is not the only signal: without it, figures are underlined,
    /// the selected one reversed, and flags and doubts carry markers.
    #[test]
    fn no_color_keeps_figures_distinguishable() {
        let mut a = app();
        press(&mut a, "<tab>");
        let buf = buffer(&a, 120, 40);
        let s = text(&buf);
        let row = s
            .lines()
            .position(|l| l.contains("Russia attacked Ukraine overnight with 550"))
            .unwrap() as u16;
        let x = s.lines().nth(row as usize).unwrap().find("550").unwrap();
        // Byte index to column: the row is ASCII up to here but for the borders.
        let col = s.lines().nth(row as usize).unwrap()[..x].chars().count() as u16;
        let selected = &buf[(col, row)];
        assert!(
            selected.modifier.contains(Modifier::REVERSED),
            "{selected:?}"
        );
        let row2 = s
            .lines()
            .position(|l| l.contains("made up of 539"))
            .unwrap() as u16;
        let line2 = s.lines().nth(row2 as usize).unwrap();
        let col2 = line2[..line2.find("539").unwrap()].chars().count() as u16;
        let other = &buf[(col2, row2)];
        assert!(
            other.modifier.contains(Modifier::UNDERLINED)
                && !other.modifier.contains(Modifier::REVERSED),
            "{other:?}"
        );
        assert_eq!(other.fg, ratatui::style::Color::Reset);
    }

    /// With colour, each claimant side has its own.
    #[test]
    fn colour_by_claimant_side() {
        let mut a = app_with(&[(
            "a",
            "Ukraine's air force said it shot down 40 Russian drones. Russia's defence ministry said it destroyed 20 Ukrainian drones.",
        )]);
        a.theme = Theme { color: true };
        let buf = buffer(&a, 120, 30);
        let s = text(&buf);
        let find = |needle: &str| {
            let row = s.lines().position(|l| l.contains(needle)).unwrap();
            let line = s.lines().nth(row).unwrap();
            let col = line[..line.find(needle).unwrap()].chars().count();
            buf[(col as u16, row as u16)].clone()
        };
        let ua = find("40 Russian");
        let ru = find("20 Ukrainian");
        assert_eq!(ru.bg, ratatui::style::Color::Red);
        // The first figure is selected (reversed), its colours kept.
        assert_eq!(ua.bg, ratatui::style::Color::Blue);
        assert_ne!(ua.bg, ru.bg);
    }

    /// Untrusted text never reaches the terminal as control characters.
    #[test]
    fn control_characters_are_placeholders_and_tabs_expand() {
        let a = app_with(&[(
            "evil",
            "Title: Evil \u{1b}[31mtitle\n\nRussia launched 100 drones\tovernight, \u{1b}]0;pwned\u{7} Ukraine's air force said.\u{202e}x\u{9b}y\n",
        )]);
        let buf = buffer(&a, 120, 30);
        for cell in buf.content() {
            assert!(
                !cell
                    .symbol()
                    .chars()
                    .any(|c| c.is_control() || c == '\u{202e}'),
                "{:?}",
                cell.symbol()
            );
        }
        let s = text(&buf);
        assert!(s.contains("Evil ␛[31mtitle"), "{s}");
        assert!(
            s.contains("100 drones  overnight, ␛]0;pwned␇ Ukraine's"),
            "{s}"
        );
        assert!(s.contains("said.�x�y"), "{s}");
    }

    /// Highlights stay on their figure across wrapped lines with wide
    /// characters and emoji before it.
    #[test]
    fn highlights_survive_wrapping_with_wide_characters() {
        let body = "東京都庁舎 🚀🚀 東京都庁舎 🚀🚀 東京都庁舎 東京都庁舎: Russia launched 130 drones overnight, Ukraine's air force said.";
        let mut a = app_with(&[("wide", body)]);
        press(&mut a, "<tab>");
        // The narrow layout: the text pane is the screen's width.
        for w in [41u16, 47, 52, 61, 77, 99] {
            let buf = buffer(&a, w, 30);
            let s = text(&buf);
            let (row, line) = s
                .lines()
                .enumerate()
                .find(|(_, l)| l.contains("130"))
                .unwrap_or_else(|| panic!("{s}"));
            let col = line[..line.find("130").unwrap()]
                .chars()
                .map(|c| unicode_width(c.encode_utf8(&mut [0; 4])))
                .sum::<usize>();
            for dx in 0..3 {
                let cell = &buf[(col as u16 + dx, row as u16)];
                assert!(
                    cell.modifier.contains(Modifier::UNDERLINED),
                    "width {w}: {cell:?}\n{s}"
                );
            }
        }
    }

    #[test]
    fn any_size_renders_without_panic() {
        let mut a = app();
        press(&mut a, "JJ<tab>jf");
        for w in [1u16, 2, 10, 39, 40, 41, 59, 60, 99, 100, 159, 160, 250] {
            for h in [1u16, 2, 11, 12, 13, 20, 40, 60] {
                let _ = buffer(&a, w, h);
            }
        }
        press(&mut a, "<esc>?");
        for (w, h) in [(40, 12), (120, 13), (300, 5)] {
            let _ = buffer(&a, w, h);
        }
    }
}

// ----- state: every key does what the help says -----

mod keys_change_state {
    use super::*;

    #[test]
    fn down_and_up_move_in_the_focused_pane() {
        let mut a = app();
        press(&mut a, "j");
        assert_eq!(a.article, 1, "articles: next article");
        press(&mut a, "k<down>");
        assert_eq!(a.article, 1, "↓ too");
        press(&mut a, "<up><tab>");
        assert_eq!(a.focus, Pane::Text);
        assert_eq!(figure_value(&a), 550);
        press(&mut a, "j");
        assert_eq!(figure_value(&a), 539, "text: next figure in text order");
        press(&mut a, "<tab>j");
        assert_eq!(a.focus, Pane::Figures);
        assert_eq!(figure_value(&a), 11, "figures: next row");
        press(&mut a, "<tab>j");
        assert_eq!(a.claim, 1, "claims: next row");
        press(&mut a, "k");
        assert_eq!(a.claim, 0);
    }

    #[test]
    fn top_and_bottom() {
        let mut a = app();
        press(&mut a, "G");
        assert_eq!(a.article, a.visible.len() - 1);
        press(&mut a, "g");
        assert_eq!(a.article, 0);
        press(&mut a, "<end>");
        assert_eq!(a.article, a.visible.len() - 1);
        press(&mut a, "<home><tab><tab>G");
        assert_eq!(a.figure, a.rows.last().copied());
        press(&mut a, "g");
        assert_eq!(a.figure, a.rows.first().copied());
    }

    #[test]
    fn page_keys_move_by_a_screen() {
        let mut a = app();
        drawn(&a, 120, 40);
        press(&mut a, "<pgdn>");
        assert!(a.article > 5, "{}", a.article);
        press(&mut a, "<pgup>");
        assert_eq!(a.article, 0);
        // In the text, a page scrolls.
        let mut a = app_with(&[(
            "long",
            &"Russia launched 100 drones overnight, Ukraine's air force said. ".repeat(80),
        )]);
        press(&mut a, "<tab>");
        drawn(&a, 120, 40);
        press(&mut a, "<pgdn>");
        drawn(&a, 120, 40);
        assert!(a.view.text_scroll.get() > 5, "{}", a.view.text_scroll.get());
    }

    #[test]
    fn next_and_previous_article_from_any_pane() {
        let mut a = app();
        press(&mut a, "<tab><tab>J");
        assert_eq!((a.article, a.focus), (1, Pane::Figures));
        press(&mut a, "]]");
        assert_eq!(a.article, 3);
        press(&mut a, "K[");
        assert_eq!(a.article, 1);
        // The first figure of the new article is selected.
        assert_eq!(a.figure, Some(a.store.article_figures(1).start));
    }

    #[test]
    fn tab_and_shift_tab_cycle_the_panes() {
        let mut a = app();
        let mut seen = vec![a.focus];
        for _ in 0..4 {
            press(&mut a, "<tab>");
            seen.push(a.focus);
        }
        assert_eq!(
            seen,
            [
                Pane::Articles,
                Pane::Text,
                Pane::Figures,
                Pane::Claims,
                Pane::Articles
            ]
        );
        press(&mut a, "<s-tab>");
        assert_eq!(a.focus, Pane::Claims);
        press(&mut a, "hl");
        assert_eq!(a.focus, Pane::Claims);
    }

    #[test]
    fn enter_opens_and_jumps() {
        let mut a = app();
        press(&mut a, "<enter>");
        assert_eq!(a.focus, Pane::Text, "articles: read the article");
        // A figure: Enter shows it in the text.
        press(&mut a, "<tab>jj<enter>");
        assert_eq!(a.focus, Pane::Text);
        assert_eq!(figure_value(&a), 11);
    }

    /// Enter on a claims row shows its mentions one by one, from the first,
    /// and the focus stays on the claims so the next Enter goes on.
    #[test]
    fn enter_on_a_claims_row_shows_its_mentions_in_turn() {
        let mut a = app();
        drawn(&a, 200, 50);
        press(&mut a, "JJJJJJ<tab><tab><tab>cc");
        assert_eq!(a.scope, ScopeKind::Corpus);
        let rows = a.claim_rows();
        let pos = rows
            .iter()
            .position(|r| {
                r.cells()
                    .iter()
                    .flat_map(|c| c.iter())
                    .map(|c| c.figures.len())
                    .sum::<usize>()
                    > 1
            })
            .expect("a row of several mentions");
        let mentions: Vec<u32> = rows[pos]
            .cells()
            .iter()
            .flat_map(|c| c.iter().flat_map(|c| c.figures.iter().copied()))
            .collect();
        a.claim = pos;
        for (i, &id) in mentions.iter().chain(mentions.first()).enumerate() {
            press(&mut a, "<enter>");
            assert_eq!(a.focus, Pane::Claims);
            assert_eq!(a.figure, Some(id), "mention {i}");
            assert_eq!(*a.store.figure(id).article, *current_id(&a));
            let n = i % mentions.len() + 1;
            assert_eq!(
                a.message.as_deref(),
                Some(format!("mention {n} of {} (Enter: next)", mentions.len()).as_str())
            );
            // Shown under the claims, with its article and sentence.
            let s = screen(&a, 200, 50);
            assert!(
                s.contains(&format!("mention {n} of {}", mentions.len())),
                "{s}"
            );
        }
        // Any other key moves on: back on the row, Enter starts again from
        // the first mention.
        press(&mut a, "jk");
        assert_eq!(a.mention(), None);
        press(&mut a, "<enter>");
        assert_eq!(a.mention().map(|m| (m.id, m.index)), Some((mentions[0], 0)));
        // `+` adds to the mention's article, whatever the list shows.
        press(&mut a, "+");
        if let Modal::Pick(p) = &a.modal {
            assert_eq!(p.article, a.owner(mentions[0]));
        }
        press(&mut a, "<esc>");
        a.focus = Pane::Claims;
        // Another row: nothing shown, so a review key says what to do.
        press(&mut a, "j");
        assert_eq!(a.mention(), None);
        let before = a.review.entries().len();
        press(&mut a, "a");
        assert_eq!(a.review.entries().len(), before);
        assert_eq!(a.message.as_deref(), Some("select a figure first: Enter"));
    }

    #[test]
    fn esc_clears_search_then_filters() {
        let mut a = app();
        press(&mut a, "/drones<enter>F");
        assert!(a.search.is_some() && a.filters.only_flagged);
        press(&mut a, "<esc>");
        assert!(a.search.is_none() && a.filters.only_flagged);
        press(&mut a, "<esc>");
        assert!(!a.filters.only_flagged);
        assert_eq!(a.visible.len(), sample_articles());
    }

    #[test]
    fn search_runs_a_regex_over_every_article_and_n_moves() {
        let mut a = app();
        press(&mut a, "/");
        assert_eq!(a.modal, Modal::Search(String::new()));
        press(&mut a, "shot d<bs>down<enter>");
        assert_eq!(a.modal, Modal::None);
        let s = a.search.as_ref().unwrap();
        assert!(s.hits.len() > 3);
        let first = s.current.unwrap();
        let art = a.current().unwrap();
        assert_eq!(s.hits[first].article, art);
        press(&mut a, "n");
        assert_eq!(a.search.as_ref().unwrap().current, Some(first + 1));
        press(&mut a, "N");
        assert_eq!(a.search.as_ref().unwrap().current, Some(first));
        // Upper case makes it case-sensitive; a bad regex keeps the prompt.
        press(&mut a, "/Shot down<enter>");
        assert!(
            a.search.as_ref().unwrap().hits.is_empty()
                || a.search.as_ref().unwrap().pattern == "Shot down"
        );
        press(&mut a, "/(<enter>");
        assert!(matches!(a.modal, Modal::Search(_)));
        assert!(a.message.as_deref().unwrap_or("").contains("bad pattern"));
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
    }

    #[test]
    fn a_large_corpus_is_searched_on_a_thread_and_the_hits_come_in() {
        // Told that this corpus is large: its search goes to a thread.
        let mut a = app();
        a.background_search_bytes = 0;
        let mut same = app();
        press(&mut same, "/shot down<enter>");
        press(&mut a, "/shot down<enter>");
        assert_eq!(a.modal, Modal::None);
        // Enter returns at once; the hits come on a later turn.
        assert_eq!(
            (a.searching(), a.search.is_none()),
            (Some("shot down"), true)
        );
        assert!(screen(&a, 120, 40).contains("/shot down/ searching…"));
        land(&mut a);
        let (s, t) = (a.search.as_ref().unwrap(), same.search.as_ref().unwrap());
        assert_eq!((&s.hits, s.current), (&t.hits, t.current));
        assert_eq!(a.current(), same.current());
        // `n` pressed before the hits are in waits for them and shows the
        // first; `N` the last before the selection, as after a jump.
        press(&mut a, "<esc>/drones<enter>n");
        press(&mut same, "<esc>/drones<enter>");
        assert_eq!(a.searching(), None);
        let (s, t) = (a.search.as_ref().unwrap(), same.search.as_ref().unwrap());
        assert!(s.pattern == "drones" && s.hits.len() > 3);
        assert_eq!((&s.hits, s.current), (&t.hits, t.current));
        press(&mut a, "<esc>/missile<enter>N");
        press(&mut same, "<esc>/missile<enter>N");
        let (s, t) = (a.search.as_ref().unwrap(), same.search.as_ref().unwrap());
        assert!(s.pattern == "missile" && s.hits.len() > 3);
        assert_eq!((&s.hits, s.current), (&t.hits, t.current));
        assert_eq!(a.current(), same.current());
        // Esc while it runs drops it.
        press(&mut a, "<esc>/missile<enter>");
        assert_eq!(a.searching(), Some("missile"));
        press(&mut a, "<esc>");
        assert_eq!((a.searching(), a.search.is_none()), (None, true));
    }

    /// Hits that come after the analyst has moved on leave the selection
    /// where it is, and wait for `n`.
    #[test]
    fn hits_that_come_late_do_not_move_the_selection() {
        let mut a = app();
        a.background_search_bytes = 0;
        press(&mut a, "/drones<enter>J");
        let moved = (a.current(), a.figure);
        land(&mut a);
        assert_eq!((a.current(), a.figure), moved);
        let s = a.search.as_ref().unwrap();
        assert!(s.hits.len() > 3 && s.current.is_none());
        let message = a.message.clone().unwrap_or_default();
        assert!(message.contains("n goes to the next"), "{message}");
        // `n` goes to the first hit from the selection on.
        let here = a.current().unwrap();
        press(&mut a, "n");
        let s = a.search.as_ref().unwrap();
        assert!(
            s.hits[s.current.unwrap()].article >= here || s.hits.iter().all(|h| h.article < here)
        );
    }

    #[test]
    fn filter_line_filters_as_typed_and_esc_restores() {
        let mut a = app();
        press(&mut a, "&kyiv");
        assert!(a.visible.len() < sample_articles() && !a.visible.is_empty());
        let n = a.visible.len();
        press(&mut a, "<enter>");
        assert_eq!((a.modal.clone(), a.visible.len()), (Modal::None, n));
        press(&mut a, "&x<esc>");
        assert_eq!(a.filters.text, "kyiv");
        assert_eq!(a.visible.len(), n);
    }

    #[test]
    fn flag_picks_a_reason_and_takes_a_note() {
        let mut a = app();
        press(&mut a, "<tab>f");
        let Modal::Flag(d) = &a.modal else {
            panic!("no dialog")
        };
        assert_eq!((d.reason, d.on_note), (0, false));
        press(&mut a, "jj");
        let Modal::Flag(d) = &a.modal else { panic!() };
        assert_eq!(d.reason, 2);
        press(&mut a, "<tab>jk q<enter>");
        assert_eq!(flag(&a), Some((Reason::WrongEvent, "jk q".into())));
        // The dialog opens on the flag there is; a digit picks another
        // reason and moves to the note.
        press(&mut a, "f");
        let Modal::Flag(d) = &a.modal else { panic!() };
        assert_eq!((d.reason, d.note.as_str(), d.flagged), (2, "jk q", true));
        press(&mut a, "7<enter>");
        assert_eq!(flag(&a).unwrap().0, Reason::NeedsSource);
        // Esc leaves things as they were.
        let entries = a.review.entries().len();
        press(&mut a, "f<esc>");
        assert!(a.review.entries().len() == entries && a.modal == Modal::None);
    }

    #[test]
    fn only_flagged_and_only_doubted() {
        let mut a = app();
        press(&mut a, "d");
        assert!(a.filters.only_doubted);
        assert!(a.visible.len() < sample_articles());
        assert!(a.rows.iter().all(|&id| !a.store.doubts(id).is_empty()));
        press(&mut a, "d<tab>f<enter>F");
        assert!(a.filters.only_flagged);
        assert_eq!(a.visible.len(), 1);
        assert_eq!(a.rows.len(), 1);
        press(&mut a, "F");
        assert_eq!(a.visible.len(), sample_articles());
        // Not a figure is a flag too; accepting takes the flag away.
        press(&mut a, "JxF");
        assert_eq!(a.visible.len(), 2);
        press(&mut a, "a");
        assert_eq!(a.visible.len(), 1);
    }

    #[test]
    fn c_cycles_the_comparison_scope() {
        let mut a = app();
        drawn(&a, 200, 50);
        let article = a.claim_rows();
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Night);
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Corpus);
        assert!(a.claim_rows().len() > article.len());
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Article);
    }

    #[test]
    fn an_undated_article_is_a_night_of_its_own() {
        let mut a = app_with(&[
            ("a", "Russia launched 100 drones, Ukraine's air force said."),
            ("b", "Russia launched 120 drones, Ukraine's air force said."),
        ]);
        drawn(&a, 200, 50);
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Night);
        let values = |a: &App| -> Vec<(String, Vec<u64>)> {
            a.claim_rows()
                .iter()
                .map(|r| (r.scope.clone(), r.ua.iter().map(|c| c.value).collect()))
                .collect()
        };
        assert_eq!(values(&a), [("undated · a".to_string(), vec![100])]);
        press(&mut a, "J");
        assert_eq!(values(&a), [("undated · b".to_string(), vec![120])]);
        press(&mut a, "<tab><tab><tab>");
        let s = screen(&a, 120, 40);
        assert!(s.contains("Claims · undated · b"), "{s}");
    }

    #[test]
    fn o_cycles_the_sort_column() {
        let mut a = app();
        drawn(&a, 200, 50);
        press(&mut a, "o");
        assert_eq!(a.sort, SortKey::Value);
        let values: Vec<u64> = a.rows.iter().map(|&i| a.store.figure(i).value).collect();
        let mut sorted = values.clone();
        sorted.sort_by(|x, y| y.cmp(x));
        assert_eq!(values, sorted);
        press(&mut a, "oooooo");
        assert_eq!(a.sort, SortKey::Position);
    }

    /// With the figures table in the lower pane, `c` brings up the claims
    /// as they are before it changes their scope; `o` does the same the
    /// other way.
    #[test]
    fn c_and_o_act_on_the_pane_on_screen() {
        let mut a = app();
        drawn(&a, 120, 40);
        assert!(a.shows(Pane::Figures) && !a.shows(Pane::Claims));
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Article, "the hidden scope is unchanged");
        let s = screen(&a, 120, 40);
        assert!(a.shows(Pane::Claims), "{s}");
        assert!(s.contains("claims for the article (c again: night)"), "{s}");
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Night);
        press(&mut a, "o");
        assert_eq!(a.sort, SortKey::Position, "the hidden sort is unchanged");
        drawn(&a, 120, 40);
        press(&mut a, "o");
        assert_eq!(a.sort, SortKey::Value);
    }

    #[test]
    fn s_opens_the_summary_and_enter_filters() {
        let mut a = app();
        press(&mut a, "s");
        let Modal::Summary(s) = &a.modal else {
            panic!("no summary")
        };
        assert_eq!(s.total, a.store.figures().len());
        assert_eq!(
            s.rows[s.selected].facet,
            Some(Facet::Claimant(counterclaim::model::Claimant::Ua))
        );
        press(&mut a, "j<enter>");
        assert_eq!(
            a.filters.columns.expression(),
            "claimant=ru",
            "the sheet's filter is one of the stacked column filters"
        );
        assert!(
            a.rows
                .iter()
                .all(|&i| a.store.figure(i).claimant == counterclaim::model::Claimant::Ru)
        );
        // The same row again lifts the filter.
        press(&mut a, "s<enter>");
        assert!(a.filters.columns.is_empty());
    }

    #[test]
    fn help_opens_and_closes() {
        let mut a = app();
        press(&mut a, "?");
        assert_eq!(a.modal, Modal::Help);
        press(&mut a, "j");
        assert_eq!(a.view.help_offset.get(), 1);
        press(&mut a, "q");
        assert_eq!(a.modal, Modal::None);
        assert!(!a.quit, "q in an overlay closes it");
    }

    #[test]
    fn q_quits_and_ctrl_c_quits_from_anywhere() {
        let mut a = app();
        press(&mut a, "q");
        assert!(a.quit);
        let mut a = app();
        press(&mut a, "/typing<c-c>");
        assert!(a.quit);
    }

    /// Every action of the keymap, pressed by its first default key in a
    /// place where it applies, changes what the app shows.
    #[test]
    fn every_key_in_the_keymap_changes_state() {
        let fingerprint = |a: &App| {
            format!(
                "{:?} {} {:?} {:?} {:?} {:?} {:?} {:?} {} {} {} {} {:?} {:?} {:?}",
                a.focus,
                a.article,
                a.figure,
                a.scope,
                a.sort,
                a.modal,
                a.filters,
                a.search.as_ref().map(|s| s.current),
                a.claim,
                a.quit,
                a.review.entries().len(),
                a.view.text_scroll.get(),
                a.settings,
                a.clipboard.last(),
                a.opener.kept()
            )
        };
        for info in ACTIONS {
            let mut a = app();
            // Where each action has something to do.
            let setup = match info.name {
                "up" | "top" | "prev_article" | "page_up" | "prev_unreviewed" => "JJJ",
                "next_hit" | "prev_hit" => "/drones<enter>",
                "cancel" => "F",
                "accept" | "not_a_figure" | "flag" | "correct" | "add_figure" => "<tab>",
                "undo" | "clear" => "<tab>a",
                "redo" => "<tab>au",
                _ => "",
            };
            press(&mut a, setup);
            drawn(&a, 120, 40);
            let key = a.keymap.keys_of(info.name)[0];
            let before = fingerprint(&a);
            a.on_key(KeyEvent::new(key.code, key.mods));
            assert_ne!(
                before,
                fingerprint(&a),
                "{} ({}) changed nothing",
                info.name,
                key.label()
            );
        }
    }

    #[test]
    fn mouse_click_selects_and_wheel_moves() {
        let mut a = app();
        let s = screen(&a, 120, 40);
        let row = s
            .lines()
            .position(|l| l.contains("Kharkiv death toll"))
            .unwrap() as u16;
        a.apply(Action::Click { col: 5, row });
        assert_eq!(current_id(&a), "03_kharkiv_casualties");
        // A click on a figure in the text selects it.
        let s = screen(&a, 120, 40);
        let row = s.lines().position(|l| l.contains("At least 17")).unwrap();
        let line = s.lines().nth(row).unwrap();
        let col = line[..line.find("17").unwrap()].chars().count() as u16;
        a.apply(Action::Click {
            col,
            row: row as u16,
        });
        assert_eq!((a.focus, figure_value(&a)), (Pane::Text, 17));
        a.apply(Action::ScrollDown { col: 5, row: 5 });
        assert_eq!(current_id(&a), "04_belgorod_governor");
    }
}

// ----- loading -----

#[test]
fn usable_as_soon_as_the_first_articles_are_in() {
    let mut a = App::loading(Keymap::default(), Theme::plain());
    let s = screen(&a, 120, 40);
    assert!(s.contains("loading: 0 articles read, 0 extracted"), "{s}");
    let sample = corpus::sample();
    let batch: Vec<_> = sample
        .iter()
        .take(3)
        .map(|art| (art.clone(), counterclaim::extract::extract(art)))
        .collect();
    a.apply(Action::Load(LoadEvent::Read(sample.len())));
    a.apply(Action::Load(LoadEvent::Batch(batch)));
    let s = screen(&a, 120, 40);
    assert!(
        s.contains(&format!(
            "loading: {} articles read, 3 extracted",
            sample.len()
        )),
        "{s}"
    );
    assert!(s.contains("Kyiv bears brunt"), "{s}");
    press(&mut a, "jj");
    assert_eq!(a.article, 2);
    let rest: Vec<_> = sample
        .iter()
        .skip(3)
        .map(|art| (art.clone(), counterclaim::extract::extract(art)))
        .collect();
    a.apply(Action::Load(LoadEvent::Batch(rest.clone())));
    a.apply(Action::Load(LoadEvent::Done));
    assert!(a.loading.done && a.checking);
    let mut twin = Store::default();
    for art in sample.iter().take(3) {
        twin.push(art.clone(), counterclaim::extract::extract(art));
    }
    for (art, figs) in rest {
        twin.push(art, figs);
    }
    let prepared = Prepared::of(&twin);
    let doubts = prepared.doubts.clone();
    a.apply(Action::Load(LoadEvent::Checked(Handover::new(prepared))));
    assert!(!a.checking);
    assert_eq!(a.store.figures().len(), twin.figures().len());
    assert_eq!(doubts.len(), twin.figures().len());
    assert!(
        (0..doubts.len() as u32).any(|id| !doubts.of(id).is_empty()),
        "the sample has doubts"
    );
    for id in 0..doubts.len() as u32 {
        let shown: Vec<_> = a
            .store
            .doubts(id)
            .iter()
            .map(|d| (d.kind, d.related().to_vec()))
            .collect();
        let worked_out: Vec<_> = doubts
            .of(id)
            .iter()
            .map(|d| (d.kind, d.related().to_vec()))
            .collect();
        assert_eq!(shown, worked_out, "doubts of figure {id}");
    }
    a.scope = ScopeKind::Corpus;
    assert_eq!(
        *a.claim_rows(),
        counterclaim::compare::compare(&twin, counterclaim::compare::Scope::Corpus),
        "the corpus's claims as handed over"
    );
    assert_eq!(a.article, 2, "the selection survives the handover");
}

// ----- keymap -----

mod keymap {
    use super::*;

    #[test]
    fn overrides_replace_an_actions_keys_and_take_them_from_others() {
        let map = Keymap::with_overrides("# mine\ndown = n, ctrl-n\n", "keymap.txt").unwrap();
        let n = Key::parse("n").unwrap();
        assert_eq!(map.action(&n), Some(Action::Down));
        assert_eq!(
            map.action(&Key::parse("j").unwrap()),
            None,
            "j no longer moves down"
        );
        assert!(
            map.keys_of("next_hit").is_empty(),
            "n was taken from next_hit"
        );
        let mut a = app();
        a.keymap = map;
        press(&mut a, "n");
        assert_eq!(a.article, 1);
    }

    #[test]
    fn a_bad_line_is_named_and_the_defaults_stay() {
        let err = Keymap::with_overrides(
            "down = j\nup = kk\n",
            "/home/me/.config/counterclaim/keymap.txt",
        )
        .unwrap_err();
        assert_eq!(err.line, 2);
        assert_eq!(
            err.to_string(),
            "/home/me/.config/counterclaim/keymap.txt, line 2: unknown key \"kk\"; using the default keys"
        );
        let err = Keymap::with_overrides("teleport = j", "k.txt").unwrap_err();
        assert!(
            err.to_string()
                .contains("line 1: unknown action \"teleport\""),
            "{err}"
        );
        let err = Keymap::with_overrides("down j", "k.txt").unwrap_err();
        assert!(
            err.to_string().contains("expected `action = key, key`"),
            "{err}"
        );
        // Ctrl-C always quits: giving it to an action would do nothing.
        let err = Keymap::with_overrides("up = k\ndown = j, ctrl-C", "k.txt").unwrap_err();
        assert_eq!(
            err.to_string(),
            "k.txt, line 2: \"ctrl-C\" always quits and cannot be given to down; using the default keys"
        );
        let err = Keymap::with_overrides("down = x\nup = x", "k.txt").unwrap_err();
        assert!(
            err.to_string()
                .contains("line 2: \"x\" is already bound to down"),
            "{err}"
        );
    }

    #[test]
    fn the_help_lists_every_action_with_its_keys() {
        let a = app();
        let lines = counterclaim::tui::keymap::ACTIONS;
        let mut a2 = app();
        press(&mut a2, "?");
        let s = screen(&a2, 120, 80);
        for info in lines {
            assert!(s.contains(info.help), "{} missing from help", info.name);
        }
        assert!(s.contains(&a.keymap.label("next_article")));
    }
}

// ----- review -----

/// The flag on the selected figure.
fn flag(app: &App) -> Option<(Reason, String)> {
    app.decision(app.figure?)?.flag.clone()
}

/// A fresh folder for a review, removed when dropped.
fn data_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// The ids of the current article's figures, in text order.
fn figures_here(app: &App) -> Vec<u32> {
    app.figures_of(app.current().unwrap())
}

mod review {
    use super::*;
    use counterclaim::model::{Claimant, Event, Item};
    use counterclaim::review::{Correction, Saving};
    use counterclaim::tui::reviewed::{Mark, is_added};

    /// Every figure in the claims rows now shown.
    fn claimed(app: &App) -> Vec<u32> {
        app.claim_rows()
            .iter()
            .flat_map(|r| {
                r.cells()
                    .into_iter()
                    .flat_map(|c| c.iter().flat_map(|c| c.figures.clone()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// At 80×24 on the articles tab no figure is in sight: every review
    /// key changes nothing and says what to do; so does one in the claims
    /// pane before Enter has shown a mention.
    #[test]
    fn review_keys_act_only_on_a_figure_in_sight() {
        let mut a = app();
        press(&mut a, "<tab>a<s-tab>");
        drawn(&a, 80, 24);
        let before = a.review.entries().len();
        for (key, says) in [
            ("a", "select a figure first: Enter"),
            ("x", "select a figure first: Enter"),
            ("f", "select a figure first: Enter"),
            ("e", "select a figure first: Enter"),
            ("+", "add a figure: open the text first: Enter"),
            ("u", "undo: open the text first: Enter"),
        ] {
            press(&mut a, "jj");
            press(&mut a, key);
            assert_eq!(a.review.entries().len(), before, "{key} changed the review");
            assert!(matches!(a.modal, Modal::None), "{key} opened {:?}", a.modal);
            assert_eq!(a.focus, Pane::Articles);
            assert_eq!(a.message.as_deref(), Some(says), "{key}");
            assert!(screen(&a, 80, 24).contains(says));
        }
        press(&mut a, "<s-tab>");
        assert_eq!(a.focus, Pane::Claims);
        for key in ["a", "x", "f", "e"] {
            press(&mut a, key);
            assert_eq!(a.review.entries().len(), before, "{key} in the claims");
            assert_eq!(a.message.as_deref(), Some("select a figure first: Enter"));
        }
        press(&mut a, "u");
        assert_eq!(
            a.message.as_deref(),
            Some("undo: go to the text or figures first: S-Tab")
        );
        // Shown, the mention is what `a` accepts.
        press(&mut a, "<enter>a");
        let id = a.mention().expect("a mention shown").id;
        assert_eq!(a.review.entries().len(), before + 1);
        assert!(a.decision(id).is_some_and(|d| d.accepted));
    }

    /// The pane's main keys, help and quit are named from the first frame,
    /// while the articles are still loading; help and quit stay beside a
    /// long message on a narrow screen.
    #[test]
    fn key_hints_show_from_the_first_frame() {
        let a = App::loading(Keymap::default(), Theme::plain());
        let s = screen(&a, 80, 24);
        let status = s.lines().last().unwrap();
        for hint in ["j/k article", "Enter read", "? help", "q quit"] {
            assert!(status.contains(hint), "{hint}: {status}");
        }
        let mut a = app();
        drawn(&a, 60, 20);
        press(&mut a, "c");
        assert!(a.message.as_deref().unwrap().len() > 30);
        let s = screen(&a, 60, 20);
        let status = s.lines().last().unwrap();
        assert!(
            status.contains("claims for the") && status.contains("? help"),
            "{status}"
        );
    }

    #[test]
    fn a_accepts_the_selected_figure() {
        let mut a = app();
        press(&mut a, "<tab>a");
        let id = a.figure.unwrap();
        let d = a.decision(id).expect("a decision");
        assert!(d.accepted && d.flag.is_none());
        assert_eq!(a.mark(id), Some(Mark::Accepted));
        assert_eq!(a.counts(0).reviewed, 1);
        let s = screen(&a, 120, 40);
        assert!(s.contains("✓550 drones and missiles"), "{s}");
        assert!(s.contains(&format!("1/{} reviewed", gold_figures())), "{s}");
        // Accepting a flagged figure takes the flag away.
        press(&mut a, "jf1<enter>");
        assert!(flag(&a).is_some());
        press(&mut a, "a");
        assert!(flag(&a).is_none());
        assert_eq!(a.counts(0).reviewed, 2);
    }

    #[test]
    fn x_marks_it_not_a_figure_kept_in_view_but_out_of_the_claims() {
        let mut a = app();
        press(&mut a, "<tab>");
        let id = a.figure.unwrap();
        assert!(claimed(&a).contains(&id));
        press(&mut a, "x");
        assert_eq!(flag(&a), Some((Reason::NotAFigure, String::new())));
        assert_eq!(a.mark(id), Some(Mark::NotAFigure));
        assert!(a.rows.contains(&id), "still in the table, struck through");
        assert!(!claimed(&a).contains(&id), "no longer a claim");
        let s = screen(&a, 120, 40);
        assert!(s.contains("✗550"), "{s}");
        press(&mut a, "s");
        let Modal::Summary(sheet) = &a.modal else {
            panic!()
        };
        assert_eq!(sheet.total, a.store.figures().len() - 1);
    }

    #[test]
    fn f_a_digit_picks_the_reason_then_a_note() {
        let mut a = app();
        press(&mut a, "JJ<tab>jf3");
        let Modal::Flag(d) = &a.modal else { panic!() };
        assert_eq!((d.reason, d.on_note), (2, true));
        press(&mut a, "a second source says 15<enter>");
        assert_eq!(
            flag(&a),
            Some((Reason::WrongEvent, "a second source says 15".into()))
        );
        assert_eq!(a.mark(a.figure.unwrap()), Some(Mark::Flagged));
        assert_eq!(a.reviewed.flagged(), 1);
    }

    #[test]
    fn e_corrects_only_the_changed_fields_and_the_correction_shows_everywhere() {
        let mut a = app();
        press(&mut a, "<tab>");
        let id = a.figure.unwrap();
        assert_eq!(a.fig(id).value, 550);
        press(&mut a, "e");
        assert!(matches!(a.modal, Modal::Correct(_)));
        // Typing: the value, then ↓ ↓ to the item and → to the next one.
        press(&mut a, "<bs><bs><bs>600<down><down><right>");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(
            form.summary(),
            "value 550 → 600 · item drone_or_missile → person"
        );
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::None);
        let d = a.decision(id).unwrap();
        assert_eq!(
            d.correction,
            Some(Correction {
                value: Some(600),
                item: Some(Item::Person),
                ..Correction::default()
            })
        );
        // The corrected figure everywhere, the engine's answer beside it.
        assert_eq!((a.fig(id).value, a.engine(id).unwrap().value), (600, 550));
        assert_eq!(a.mark(id), Some(Mark::Corrected));
        let rows = a.claim_rows();
        assert!(
            rows.iter()
                .any(|r| r.matter.item == Item::Person && r.ua.iter().any(|c| c.value == 600))
        );
        let s = screen(&a, 120, 40);
        assert!(s.contains("600 (engine 550)"), "{s}");
        assert!(s.contains("▶ 600 person launched"), "{s}");
        assert!(s.contains("engine: 550, item drone_or_missile"), "{s}");
        // Nothing changed, nothing saved.
        let n = a.review.entries().len();
        press(&mut a, "e<enter>");
        assert_eq!(a.review.entries().len(), n);
        // Letters choose by name; an empty value does not save.
        press(&mut a, "e<down><down><down><down><down>un<enter>");
        assert_eq!(a.fig(id).claimant, Claimant::Unknown);
        press(&mut a, "e<bs><bs><bs><enter>");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.error.as_deref(), Some("type a value"));
    }

    #[test]
    fn u_undoes_and_ctrl_r_redoes() {
        let mut a = app();
        press(&mut a, "<tab>a");
        let id = a.figure.unwrap();
        press(&mut a, "jj");
        press(&mut a, "u");
        assert!(a.decision(id).is_none());
        assert_eq!(a.figure, Some(id), "undo shows the figure it undid");
        assert!(a.message.as_deref().unwrap().contains("not reviewed"));
        press(&mut a, "<c-r>");
        assert!(a.decision(id).is_some());
        press(&mut a, "<c-r>");
        assert_eq!(a.message.as_deref(), Some("nothing to redo"));
        press(&mut a, "uu");
        assert_eq!(a.message.as_deref(), Some("nothing to undo"));
    }

    #[test]
    fn space_and_backspace_go_to_unreviewed_figures_across_articles() {
        let mut a = app();
        press(&mut a, "<tab>");
        let first = figures_here(&a);
        assert_eq!(first.len(), 6);
        // Review all but the last figure of the first article.
        press(&mut a, "ajajajajax");
        assert_eq!(a.figure, Some(first[4]));
        press(&mut a, " ");
        assert_eq!(a.figure, Some(first[5]));
        press(&mut a, " ");
        assert_eq!(a.article, 1);
        assert_eq!(a.figure, Some(figures_here(&a)[0]));
        press(&mut a, "<bs>");
        assert_eq!((a.article, a.figure), (0, Some(first[5])));
        // Before the first unreviewed figure: round to the end.
        press(&mut a, "<bs>");
        assert_eq!(a.article, a.visible.len() - 1);
        assert!(a.message.as_deref().unwrap().starts_with("from the end"));
        // n and N still go through search hits.
        press(&mut a, "/drones<enter>n");
        assert!(a.message.as_deref().unwrap().starts_with("hit "));
    }

    #[test]
    fn plus_picks_a_number_in_the_text_and_adds_it() {
        let mut a = app();
        press(&mut a, "JJ<tab>");
        assert_eq!(figure_value(&a), 4);
        let before = figures_here(&a).len();
        press(&mut a, "+");
        let Modal::Pick(p) = &a.modal else {
            panic!("no pick mode")
        };
        // From the selected figure on: a girl named once, with no number
        // ("a man's body" is no count of men; 17 is a figure).
        let text = &a.store.article(p.article).text;
        assert_eq!(&text[p.current().unwrap().clone()], "a 7-year-old girl");
        press(&mut a, "jk");
        press(&mut a, "<enter>");
        let Modal::Correct(form) = &a.modal else {
            panic!("no form")
        };
        assert!(form.is_new());
        assert_eq!(
            (form.value.as_str(), form.before.text.as_str()),
            ("1", "a 7-year-old girl")
        );
        // Who speaks, from the sentence's figure; what it counts, to say.
        assert_eq!((form.claimant, form.item), (Claimant::Ua, Item::Other));
        press(
            &mut a,
            "<down><down>ch<down>inj<down><down><down><down><down><down>a girl, for the test<enter>",
        );
        let id = a.figure.unwrap();
        assert!(is_added(id));
        let f = a.fig(id);
        assert_eq!(
            (f.value, f.item, f.event, &f.text[..]),
            (1, Item::Child, Event::Injured, "a 7-year-old girl")
        );
        assert_eq!(a.mark(id), Some(Mark::Added));
        assert_eq!(a.decision(id).unwrap().note, "a girl, for the test");
        assert_eq!(figures_here(&a).len(), before + 1);
        assert_eq!(a.total_figures(), a.store.figures().len() + 1);
        assert!(claimed(&a).contains(&id));
        let s = screen(&a, 120, 40);
        assert!(s.contains("+a 7-year-old girl"), "{s}");
        // j/k in the text go through it in text order.
        press(&mut a, "k");
        assert_eq!(figure_value(&a), 17);
        press(&mut a, "j");
        assert_eq!(a.figure, Some(id));
        // Undo takes it back.
        press(&mut a, "u");
        assert_eq!(figures_here(&a).len(), before);
        // Esc leaves the pick mode without adding.
        press(&mut a, "+<esc>");
        assert_eq!(
            (a.modal.clone(), figures_here(&a).len()),
            (Modal::None, before)
        );
    }

    /// The sample corpus with the corpus's claims on screen, and the
    /// figure selected.
    fn corpus_claims_shown() -> (App, u32) {
        let mut a = app();
        drawn(&a, 200, 50);
        press(&mut a, "<tab>cc");
        assert_eq!(a.scope, ScopeKind::Corpus);
        let id = a.figure.unwrap();
        (a, id)
    }

    /// With the corpus's claims on screen, a change to a figure is compared
    /// again on another thread: the pane keeps its rows, says it is
    /// updating, and takes the new ones in on a later tick; whatever needs
    /// the exact rows gets them at once.
    #[test]
    fn corpus_claims_follow_the_review_in_the_background() {
        let (mut a, id) = corpus_claims_shown();
        assert!(a.claim_rows_shown().len() > 3);
        assert!(claimed(&a).contains(&id));
        press(&mut a, "x");
        let _ = screen(&a, 200, 50);
        let exact = claimed(&a);
        assert!(!exact.contains(&id), "claim_rows is exact");
        assert!(!a.claims_updating());
        // Again, but leave it to the ticks.
        press(&mut a, "u");
        let shown = screen(&a, 200, 50);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while a.claims_updating() {
            assert!(shown.contains("corpus (updating…)"), "{shown}");
            a.tick();
            assert!(
                std::time::Instant::now() < deadline,
                "the comparison never landed"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
            let _ = screen(&a, 200, 50);
        }
        let rows = a.claim_rows_shown();
        assert!(rows.iter().any(|r| {
            r.cells()
                .iter()
                .any(|c| c.iter().any(|c| c.figures.contains(&id)))
        }));
        assert!(!screen(&a, 200, 50).contains("updating"));
    }

    /// The first change to a figure with the corpus's claims on screen is
    /// compared on another thread too: meanwhile the pane shows the
    /// engine's rows, marked as updating.
    #[test]
    fn the_first_comparison_as_reviewed_shows_the_engines_rows_meanwhile() {
        let (mut a, id) = corpus_claims_shown();
        let engine = a.claim_rows_shown();
        press(&mut a, "x");
        let shown = a.claim_rows_shown();
        assert!(a.claims_updating(), "a comparison is under way");
        assert_eq!(*shown, *engine);
        assert!(!claimed(&a).contains(&id), "claim_rows waits and is exact");
        assert!(!a.claims_updating());
    }

    /// Review entries are laid over articles as they load; an added
    /// figure whose id moves when an earlier one (by key) arrives keeps its
    /// open dialog.
    #[test]
    fn review_follows_articles_as_they_load() {
        let text = "Russia launched 100 drones overnight, Ukraine's air force said. Debris fell on a 5-storey block.";
        let (a, b) = (
            parse_text("a", "a", text.into()),
            parse_text("b", "b", text.into()),
        );
        let extract = counterclaim::extract::extract;
        let added = |art: &counterclaim::model::Article| {
            let mut f = extract(art).remove(0);
            let at = art.text.find('5').unwrap();
            (f.start, f.end, f.value, f.text) = (at, at + 1, 5, "5".into());
            f
        };
        let mut review = Review::in_memory();
        review.add(&a, added(&a), String::new());
        review.add(&b, added(&b), String::new());
        let key_b = counterclaim::review::Key::of(&b, &added(&b));
        let mut app = App::loading(Keymap::default(), Theme::plain());
        app.set_review(review);
        app.apply(Action::Load(LoadEvent::Batch(vec![(
            b.clone(),
            extract(&b),
        )])));
        press(&mut app, "<tab>j");
        let id = app.figure.unwrap();
        assert!(is_added(id) && app.fig(id).value == 5, "{:?}", app.fig(id));
        press(&mut app, "f4");
        // "a" sorts first: its added figure takes the first added id.
        app.apply(Action::Load(LoadEvent::Batch(vec![(
            a.clone(),
            extract(&a),
        )])));
        assert_eq!(app.reviewed.added_count(), 2);
        let Modal::Flag(d) = &app.modal else {
            panic!("the dialog closed")
        };
        assert_ne!(d.figure, id, "the added ids moved");
        assert_eq!(app.owner(d.figure), 0, "still about the figure in b");
        press(&mut app, "<enter>");
        let flagged = app.review.decision(&key_b).unwrap();
        assert_eq!(flagged.flag.as_ref().unwrap().0, Reason::WrongSide);
    }

    /// The issue's acceptance test: flag, restart, the flag is there, and
    /// undo works across the restart.
    #[test]
    fn a_flag_survives_a_restart_and_so_does_undo() {
        let dir = data_dir();
        let mut a = app();
        a.set_review(Review::open(dir.path()));
        press(&mut a, "JJ<tab>jf2checked the bulletin<enter>");
        assert_eq!(a.review.saving(), &Saving::Saved);
        drop(a);

        let mut b = app();
        b.set_review(Review::open(dir.path()));
        assert!(b.warnings.is_empty(), "{:?}", b.warnings);
        press(&mut b, "JJ<tab>j");
        assert_eq!(
            flag(&b),
            Some((Reason::WrongItem, "checked the bulletin".into()))
        );
        let s = screen(&b, 120, 40);
        assert!(s.contains("At least ⚑17? people"), "{s}");
        assert!(s.contains(&format!("1/{} reviewed", gold_figures())), "{s}");
        press(&mut b, "u");
        assert!(flag(&b).is_none());
        drop(b);

        let mut c = app();
        c.set_review(Review::open(dir.path()));
        press(&mut c, "JJ<tab>j");
        assert!(flag(&c).is_none(), "the undo was saved too");
        press(&mut c, "<c-r>");
        assert!(flag(&c).is_some());
    }

    /// The form corrects the source as written, the night and whether it is
    /// a running total too; the detail, the engine's answer and the review
    /// gold carry them.
    #[test]
    fn e_corrects_the_source_the_night_and_the_running_total() {
        let mut a = app();
        press(&mut a, "<tab>");
        let id = a.figure.unwrap();
        let night = a.fig(id).date.unwrap();
        // To the source: clear it and type; then the night one day earlier.
        press(&mut a, "e<down><down><down><down><down><down>");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.field, counterclaim::tui::form::Field::Source);
        let old = form.source.clone();
        press(&mut a, &"<bs>".repeat(old.chars().count()));
        press(&mut a, "Kyiv Independent q<down><left><enter>");
        assert_eq!(a.modal, Modal::None);
        let earlier = night.pred_opt().unwrap();
        assert_eq!(
            a.decision(id).unwrap().correction,
            Some(Correction {
                source: Some(Some("Kyiv Independent q".into())),
                date: Some(Some(earlier)),
                ..Correction::default()
            })
        );
        let f = a.fig(id);
        assert_eq!(f.source.as_deref(), Some("Kyiv Independent q"));
        assert_eq!((f.date, f.cumulative), (Some(earlier), false));
        let s = screen(&a, 320, 40);
        assert!(
            s.contains(&format!("(Kyiv Independent q) · {earlier}")),
            "{s}"
        );
        assert!(s.contains(&format!("night {night}")), "{s}");
        let gold = counterclaim::review::gold_records(&a.review, &a.store);
        assert_eq!(gold[0]["source"], "Kyiv Independent q");
        assert_eq!(gold[0]["date"], earlier.to_string());
        // A running total is about no night: saying so takes it away, and
        // on a small screen the form scrolls to the field being edited.
        press(&mut a, "e<down><down><down><down><down><down><down><down>");
        assert!(
            screen(&a, 40, 12).contains("total"),
            "{}",
            screen(&a, 40, 12)
        );
        press(&mut a, "y<enter>");
        let f = a.fig(id);
        assert_eq!((f.date, f.cumulative), (None, true));
        assert!(screen(&a, 320, 40).contains("(Kyiv Independent q) · running total"));
        let gold = counterclaim::review::gold_records(&a.review, &a.store);
        assert_eq!(
            (&gold[0]["date"], &gold[0]["cumulative"]),
            (&serde_json::Value::Null, &serde_json::Value::Bool(true))
        );
        // A night that is not a date does not save, and says why.
        press(
            &mut a,
            "e<down><down><down><down><down><down><down>x<bs><bs><bs>13<enter>",
        );
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert!(
            form.error.as_deref().unwrap().starts_with("night: "),
            "{:?}",
            form.error
        );
    }

    /// An article with no date: `D` gives it a night, which its figures
    /// take, in the text and in that night's claims beside another
    /// article's; a figure's night corrected moves it to that night's
    /// claims. Kept across a restart, undone with `u`.
    #[test]
    fn an_undated_article_is_given_a_night() {
        let texts = [
            (
                "dated",
                "Date: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said.",
            ),
            (
                "undated",
                "Russia launched 100 drones, Ukraine's air force said. Two people were injured in Kharkiv.",
            ),
        ];
        let night = chrono::NaiveDate::from_ymd_opt(2025, 6, 4).unwrap();
        let in_night = |a: &App| -> Vec<u64> {
            a.reviewed
                .compare(&a.store, counterclaim::compare::Scope::Night(night))
                .iter()
                .flat_map(|r| {
                    r.cells()
                        .into_iter()
                        .flatten()
                        .map(|c| c.value)
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let dir = data_dir();
        let mut a = app_with(&texts);
        a.set_review(Review::open(dir.path()));
        press(&mut a, "j<tab>");
        assert_eq!(current_id(&a), "undated");
        let undated: Vec<u32> = figures_here(&a);
        assert!(undated.iter().all(|&id| a.fig(id).date.is_none()));
        // With no night and no article day, ←/→ in the night field leave it empty.
        press(&mut a, "e<down><down><down><down><down><down><down><left>");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.night, "");
        press(&mut a, "<esc>");
        assert_eq!(in_night(&a), [120]);
        press(&mut a, "D");
        assert!(matches!(a.modal, Modal::Night { .. }));
        press(&mut a, "2025-06-0x4<enter>");
        assert_eq!(a.modal, Modal::None);
        assert!(undated.iter().all(|&id| a.fig(id).date == Some(night)));
        let mut values = in_night(&a);
        values.sort();
        assert_eq!(values, [2, 100, 120]);
        assert!(screen(&a, 160, 40).contains("undated is about the night of 2025-06-04"));
        // One figure's night corrected: it leaves this night for that one.
        press(
            &mut a,
            "e<down><down><down><down><down><down><down><right><enter>",
        );
        let moved = a.figure.unwrap();
        let next = night.succ_opt().unwrap();
        assert_eq!(a.fig(moved).date, Some(next));
        assert_eq!(in_night(&a).len(), 2);
        drop(a);

        let mut b = app_with(&texts);
        b.set_review(Review::open(dir.path()));
        press(&mut b, "j<tab>");
        assert_eq!(b.fig(undated[1]).date, Some(night), "after a restart");
        press(&mut b, "uu");
        assert!(undated.iter().all(|&id| b.fig(id).date.is_none()), "undone");
        assert_eq!(in_night(&b), [120]);
    }

    /// `-` takes one decision back and leaves the later ones, after a
    /// restart too; an added figure cleared is gone.
    #[test]
    fn a_decision_is_cleared_without_undoing_what_came_after() {
        let dir = data_dir();
        let mut a = app();
        a.set_review(Review::open(dir.path()));
        press(&mut a, "JJ<tab>a");
        let first = a.figure.unwrap();
        press(&mut a, "jf2<enter>");
        let second = a.figure.unwrap();
        press(&mut a, "k-");
        assert_eq!(a.figure, Some(first));
        assert_eq!(a.decision(first), None, "back to not reviewed");
        assert!(flag(&a).is_none());
        assert!(
            a.decision(second).is_some_and(|d| d.flag.is_some()),
            "the later flag stays"
        );
        assert_eq!(
            a.message.as_deref(),
            Some("cleared: 4 person killed is not reviewed")
        );
        press(&mut a, "-");
        assert_eq!(
            a.message.as_deref(),
            Some("4 person killed is not reviewed: nothing to clear")
        );
        drop(a);

        let mut b = app();
        b.set_review(Review::open(dir.path()));
        press(&mut b, "JJ<tab>");
        assert_eq!(b.decision(first), None, "cleared after a restart");
        assert!(b.decision(second).is_some_and(|d| d.flag.is_some()));
        assert_eq!(b.counts(2).reviewed, 1);
        // An added figure, cleared, is gone; undo brings it back.
        let before = b.figures_of(2).len();
        press(&mut b, "+<enter><enter>");
        assert_eq!(b.figures_of(2).len(), before + 1);
        press(&mut b, "-");
        assert_eq!(b.figures_of(2).len(), before);
        press(&mut b, "u");
        assert_eq!(b.figures_of(2).len(), before + 1);
    }

    /// A review that cannot be written: the session goes on in memory, the
    /// status bar says so, and saving is retried until it works.
    #[test]
    fn an_unwritable_review_is_kept_in_memory_and_retried() {
        let dir = data_dir();
        let log = dir.path().join("review.jsonl");
        std::fs::create_dir(&log).unwrap();
        let mut a = app();
        a.set_review(Review::open(dir.path()));
        assert!(!a.warnings.is_empty());
        assert!(a.message.as_deref().unwrap().starts_with("review: "));
        press(&mut a, "<tab>a");
        assert!(a.decision(a.figure.unwrap()).is_some(), "kept in memory");
        assert!(a.message.as_deref().unwrap().contains("NOT SAVED"));
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("review kept in memory, NOT SAVED (1 unsaved)"),
            "{s}"
        );
        assert!(!a.tick(), "still failing");
        // The folder is fixed: the next tick saves.
        std::fs::remove_dir(&log).unwrap();
        assert!(a.tick());
        assert!(a.saving_problem().is_none());
        assert_eq!(std::fs::read_to_string(&log).unwrap().lines().count(), 1);
    }

    /// Entries about an article whose text changed are shown, not dropped.
    #[test]
    fn orphaned_entries_are_shown_on_their_article() {
        let mut review = Review::in_memory();
        review.accept(counterclaim::review::Key {
            article: "01_kyiv_night_attack".into(),
            text_hash: "0000000000000000".into(),
            start: 10,
            end: 13,
            value: 540,
        });
        let mut a = app();
        a.set_review(review);
        assert_eq!(a.reviewed.orphan_count(), 1);
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("1 review entry no longer matches this article"),
            "{s}"
        );
    }

    #[test]
    fn flag_dialog_lists_numbered_reasons() {
        let mut a = app();
        press(&mut a, "JJ<tab>jf");
        let s = screen(&a, 120, 40);
        for (i, r) in Reason::ALL.iter().enumerate() {
            assert!(s.contains(&format!("{} {}", i + 1, r.label())), "{s}");
        }
    }

    #[test]
    fn correction_form_snapshot() {
        let mut a = app();
        press(&mut a, "JJ<tab>je<bs><bs>20<down><down>ch");
        insta::assert_snapshot!("correction_form_120x40", screen(&a, 120, 40));
    }

    /// The main view with an accepted (✓4), a flagged (⚑17), a corrected
    /// (✎3, claimant and value) and an added (+7) figure.
    #[test]
    fn reviewed_figures_snapshot() {
        let mut a = app();
        press(&mut a, "JJ<tab>a");
        press(&mut a, "+<enter><down><down>ch<down>inj<enter>");
        press(&mut a, "kf2<enter>");
        press(&mut a, "jje<bs>2<down><down><down><down><down>o<enter>");
        press(&mut a, "jj");
        let s = screen(&a, 120, 40);
        assert!(s.contains("✓four"), "{s}");
        assert!(s.contains("⚑17"), "{s}");
        assert!(s.contains("+a 7-year-old"), "{s}");
        assert!(s.contains("✎Three"), "{s}");
        insta::assert_snapshot!("reviewed_figures_120x40", s);
        insta::assert_snapshot!("reviewed_figures_200x50", screen(&a, 200, 50));
    }
}

#[test]
fn a_folder_announced_makes_room_for_its_figures_early() {
    // With the file count known, the store is sized after the first batch,
    // so it never copies itself (and holds its figures twice) once large.
    let sample = corpus::sample();
    let extracted: Vec<_> = sample
        .iter()
        .map(|art| (art.clone(), counterclaim::extract::extract(art)))
        .collect();
    let total: usize = extracted.iter().map(|(_, f)| f.len()).sum();
    let files = extracted.len() * 40;
    let mut a = App::loading(Keymap::default(), Theme::plain());
    a.apply(Action::Load(LoadEvent::Files(files)));
    a.apply(Action::Load(LoadEvent::Batch(extracted.clone())));
    let room = a.store.figure_capacity();
    assert!(
        room >= total * 40,
        "room for {room}, expected about {}",
        total * 40
    );
    for _ in 1..40 {
        let again: Vec<_> = extracted
            .iter()
            .map(|(art, f)| {
                let mut art = art.clone();
                art.id = format!("{}-{}", art.id, a.store.articles().len());
                (art, f.clone())
            })
            .collect();
        a.apply(Action::Load(LoadEvent::Batch(again)));
    }
    assert_eq!(a.store.figures().len(), total * 40);
    assert_eq!(a.store.figure_capacity(), room, "the store grew by copying");
    // Without a count, nothing is reserved ahead.
    let mut b = App::loading(Keymap::default(), Theme::plain());
    b.apply(Action::Load(LoadEvent::Batch(extracted)));
    assert!(b.store.figure_capacity() < total * 40);
}

/// Pasted text (bracketed paste) goes to the prompt or field that has
/// focus, as text without control characters, and never acts as keys.
mod paste {
    use super::*;
    use crossterm::event::Event;

    fn paste(app: &mut App, text: &str) {
        app.on_event(&Event::Paste(text.into()));
    }

    #[test]
    fn with_no_prompt_open_a_paste_is_ignored_and_said_so() {
        let mut a = app();
        press(&mut a, "<tab>");
        let id = a.figure.expect("a figure selected");
        paste(&mut a, "aaa");
        assert_eq!(a.review.entries().len(), 0, "no figure accepted");
        assert_eq!(a.decision(id), None);
        assert_eq!(a.modal, Modal::None);
        assert_eq!(
            a.message.as_deref(),
            Some("paste ignored: no text field open (/ search, & filter)")
        );
        // Not a key either in a dialog whose keys pick: the flag's reasons.
        press(&mut a, "f");
        paste(&mut a, "3");
        let Modal::Flag(d) = &a.modal else { panic!() };
        assert_eq!((d.reason, d.on_note, d.note.as_str()), (0, false, ""));
    }

    #[test]
    fn into_the_search_prompt_as_one_line_without_controls() {
        let mut a = app();
        press(&mut a, "/");
        paste(&mut a, "shot\ndown\u{1b}[2J\n");
        assert_eq!(a.modal, Modal::Search("shot down[2J".into()));
        press(&mut a, "<bs><bs><bs><enter>");
        assert_eq!(a.search.as_ref().unwrap().pattern, "shot down");
    }

    #[test]
    fn into_the_filter_which_filters_at_once() {
        let mut a = app();
        press(&mut a, "&");
        paste(&mut a, "Kharkiv");
        assert_eq!(a.filters.text, "Kharkiv");
        assert!(a.visible.len() < sample_articles() && !a.visible.is_empty());
    }

    #[test]
    fn into_the_flag_note_and_the_forms_typed_fields() {
        let mut a = app();
        press(&mut a, "<tab>f2");
        paste(&mut a, "see\tthe\u{7} bulletin");
        let Modal::Flag(d) = &a.modal else { panic!() };
        assert_eq!(d.note, "see the bulletin");
        press(&mut a, "<esc>e<bs><bs><bs>");
        // The value keeps the digits; a choice field takes no paste.
        paste(&mut a, "1,234");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.value, "1234");
        press(&mut a, "<down><down>");
        paste(&mut a, "missile");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.item, counterclaim::model::Item::DroneOrMissile);
        assert!(
            a.message
                .as_deref()
                .unwrap_or("")
                .starts_with("paste ignored")
        );
        press(&mut a, "<up><up><up>");
        paste(&mut a, "per the\r\nministry");
        let Modal::Correct(form) = &a.modal else {
            panic!()
        };
        assert_eq!(form.note, "per the ministry");
    }

    #[test]
    fn into_the_night_prompt_keeping_what_a_date_is_made_of() {
        let mut a = app_with(&[("undated", "Russia launched 100 drones overnight.")]);
        press(&mut a, "<tab>D");
        paste(&mut a, " 2025-06-04\n");
        assert_eq!(
            a.modal,
            Modal::Night {
                article: 0,
                text: "2025-06-04".into()
            }
        );
    }
}

/// At 80 columns a pattern longer than the bar still leaves its error in
/// sight: the pattern is cut, not the error.
#[test]
fn a_long_bad_search_pattern_leaves_room_for_its_error() {
    let mut a = app();
    press(&mut a, &format!("/({}<enter>", "drones|".repeat(20)));
    assert!(matches!(a.modal, Modal::Search(_)));
    let error = a.message.clone().expect("an error");
    assert!(error.starts_with("bad pattern: "), "{error}");
    let s = screen(&a, 80, 24);
    let status = s.lines().last().unwrap();
    assert!(status.contains(&error), "{status}");
    assert!(status.contains("/(drones|"), "{status}");
}

/// A figure's record shows a window of a long sentence; the flag dialog
/// shows the sentence from its start, read from the article.
#[test]
fn dialogs_show_the_whole_sentence_of_a_long_one() {
    let filler = "officials in the region said that the night was long and ".repeat(20);
    let text = format!("Russian forces attacked overnight and {filler}Russia launched 42 drones.");
    let mut a = app_with(&[("long", &text)]);
    let f = a.store.figure(0);
    assert!(f.sentence.starts_with('…'), "{:?}", f.sentence);
    press(&mut a, "<tab>f");
    let s = screen(&a, 120, 40);
    assert!(s.contains("“Russian forces attacked overnight"), "{s}");
}

// ----- languages -----

mod languages {
    use super::*;

    /// An English article, one whose header names Ukrainian (its body an
    /// English dispatch, so that it has a figure) and one in Russian.
    fn three() -> App {
        app_with(&[
            (
                "kyiv",
                "Title: Drones over Ukraine\nSource: Reuters\nDate: 2025-07-04\n\n\
                 Russia launched 50 drones overnight, Ukraine's air force said.\n",
            ),
            (
                "lviv",
                "Title: Удар по Львову\nLanguage: uk\nDate: 2025-07-04\n\n\
                 Russia launched 40 drones overnight, Ukraine's air force said.\n",
            ),
            (
                "bryansk",
                "Title: Атака на Брянск\nDate: 2025-07-05\n\n\
                 Силы ПВО сбили 30 беспилотников, сообщили в Минобороны.\n",
            ),
        ])
    }

    #[test]
    fn the_list_tags_ukrainian_and_russian_articles() {
        let mut a = three();
        press(&mut a, "j<tab>");
        let mut shots = format!("{}\n{}", screen(&a, 120, 24), screen(&a, 200, 16));
        // One pane, wide enough for the list as a table.
        let mut a = three();
        press(&mut a, "j");
        shots.push_str(&format!("\n{}", screen(&a, 90, 12)));
        insta::assert_snapshot!("languages_list_and_detail", shots);
    }

    /// A Russian bulletin: its figure is read, shown in the table and in
    /// the text, and a search in lower case finds either case.
    #[test]
    fn cyrillic_figures_show_and_search_ignores_case() {
        let mut a = app_with(&[(
            "bryansk",
            "Title: Атака на Брянск\nDate: 2025-07-05\n\n\
             Беспилотники летели с юга. Силы ПВО сбили 30 беспилотников, \
             сообщили в Минобороны.\n",
        )]);
        press(&mut a, "<enter>");
        let s = screen(&a, 120, 30);
        assert!(s.contains("сбили 30 беспилотников"), "{s}");
        assert!(s.contains("intercepted"), "the figures table: {s}");
        press(&mut a, "/беспилотник<enter>");
        let hits = &a.search.as_ref().unwrap().hits;
        assert_eq!(hits.len(), 2, "Беспилотники and беспилотников");
        press(&mut a, "<esc>/Беспилотник<enter>");
        assert_eq!(
            a.search.as_ref().unwrap().hits.len(),
            1,
            "upper case is exact"
        );
    }

    #[test]
    fn the_filter_matches_a_language_code_whole() {
        let mut a = three();
        press(&mut a, "&uk");
        assert_eq!(visible(&a), ["kyiv", "lviv"], "Ukraine, and the code");
        press(&mut a, "<esc>&lang:uk");
        assert_eq!(visible(&a), ["lviv"]);
        press(&mut a, "<esc>&RU");
        assert_eq!(visible(&a), ["bryansk"]);
        press(&mut a, "<esc>&en");
        assert_eq!(visible(&a), ["kyiv"]);
        press(&mut a, "<esc>&lang:");
        assert_eq!(visible(&a), Vec::<&str>::new(), "no code is empty");
    }
}

/// Posts, feed items and pages: where each came from is on screen, and the
/// filter finds them by channel or outlet.
mod sources {
    use super::*;
    use counterclaim::model::{Article, SourceKind};

    fn post(id: &str, channel: &str, text: &str, kind: SourceKind) -> Article {
        let mut a = Article::from_text(id, text);
        a.title = text.lines().next().map(str::to_string);
        a.source = Some(channel.to_string());
        a.kind = kind;
        a.date = chrono::NaiveDate::from_ymd_opt(2025, 7, 4);
        if kind == SourceKind::Telegram {
            a.url = Some(format!("https://t.me/{id}"));
        }
        a
    }

    fn sources() -> App {
        let mut forwarded = post(
            "newsua/77",
            "News UA",
            "Air defence downed 40 drones\nRussia launched 50 drones overnight.",
            SourceKind::Telegram,
        );
        forwarded.meta = vec![("Forwarded from".into(), "Air Force of Ukraine".into())];
        let articles = vec![
            post(
                "kpszsu/1201",
                "Повітряні сили ЗС України",
                "Збито 40 дронів\nУ ніч на 4 липня противник атакував 50 ударними БпЛА.",
                SourceKind::Telegram,
            ),
            forwarded,
            post("wire:1", "Wire Daily", "Kyiv hit again\nFive people were injured.", SourceKind::Feed),
        ];
        App::new(Store::build(articles), Keymap::default(), Theme::plain())
    }

    #[test]
    fn the_header_names_the_kind_of_source_and_the_link() {
        let mut a = sources();
        press(&mut a, "<enter>");
        let s = screen(&a, 200, 30);
        assert!(
            s.contains("Telegram · Повітряні сили ЗС України · Fri 4 July 2025 ·"),
            "{s}"
        );
        assert!(s.contains("https://t.me/kpszsu/1201"), "{s}");
        press(&mut a, "J");
        let s = screen(&a, 200, 30);
        assert!(s.contains("Forwarded from: Air Force of Ukraine"), "{s}");
        press(&mut a, "J");
        let s = screen(&a, 200, 30);
        assert!(s.contains("feed · Wire Daily · Fri 4 July 2025"), "{s}");
    }

    #[test]
    fn the_filter_finds_a_channel_an_outlet_or_a_kind() {
        let mut a = sources();
        press(&mut a, "&повітряні");
        assert_eq!(visible(&a), ["kpszsu/1201"]);
        press(&mut a, "<esc>&air force");
        assert_eq!(visible(&a), ["newsua/77"], "by the channel a post came from");
        press(&mut a, "<esc>&wire daily");
        assert_eq!(visible(&a), ["wire:1"]);
        press(&mut a, "<esc>&kind:telegram");
        assert_eq!(visible(&a), ["kpszsu/1201", "newsua/77"]);
        press(&mut a, "<esc>&t.me/newsua");
        assert_eq!(visible(&a), ["newsua/77"]);
    }
}

// ----- the timeline -----

mod timeline {
    use super::*;
    use counterclaim::model::Claimant;

    /// Two nights of Ukrainian counts, one of them disputed by a second
    /// outlet and answered by Moscow, and a third night of casualties.
    fn nights() -> App {
        app_with(&[
            (
                "a",
                "Source: Kyiv Wire\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, of which 80 were shot down, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, Ukraine's air force said. Russia's defence ministry said it destroyed 40 Ukrainian drones overnight.",
            ),
            (
                "c",
                "Source: Kyiv Wire\nDate: 2025-06-08\n\nRussia launched 70 drones overnight, Ukraine's air force said.",
            ),
            (
                "d",
                "Source: Kyiv Wire\nDate: 2025-06-10\n\nA Russian missile strike killed three people in Dnipro, the regional governor said.",
            ),
        ])
    }

    fn night(a: &App) -> String {
        a.timeline.night.expect("a night selected").to_string()
    }

    /// Wait for a corpus comparison under way on its thread.
    fn settle(a: &mut App) {
        let start = std::time::Instant::now();
        while a.claims_busy() {
            assert!(start.elapsed() < std::time::Duration::from_secs(10));
            a.tick();
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn t_opens_on_the_night_being_read_and_moves_by_night_and_matter() {
        let mut a = nights();
        press(&mut a, "J");
        assert_eq!(current_id(&a), "b");
        press(&mut a, "t");
        assert_eq!(a.modal, Modal::Timeline);
        assert_eq!(night(&a), "2025-06-04", "the night article b is about");
        assert_eq!(a.timeline.column, 1, "on the first matter");
        press(&mut a, "j");
        assert_eq!(night(&a), "2025-06-07");
        press(&mut a, "jjj");
        assert_eq!(night(&a), "2025-06-09", "stops at the last night");
        press(&mut a, "gl");
        assert_eq!((night(&a).as_str(), a.timeline.column), ("2025-06-04", 2));
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
        press(&mut a, "t");
        assert_eq!(a.timeline.column, 2, "the cursor is kept between openings");
    }

    #[test]
    fn brackets_go_to_the_next_night_with_a_figure_for_the_matter() {
        let mut a = nights();
        press(&mut a, "tg");
        // Drones launched: the 4th and the 7th; the 9th has only deaths.
        press(&mut a, "]");
        assert_eq!(night(&a), "2025-06-07");
        press(&mut a, "]");
        assert_eq!(night(&a), "2025-06-07", "no later night with launches");
        assert!(a.message.as_deref().unwrap_or("").contains("no later night"), "{:?}", a.message);
        press(&mut a, "[");
        assert_eq!(night(&a), "2025-06-04");
    }

    #[test]
    fn a_cell_shows_each_sides_figure_its_articles_and_a_dispute() {
        let a = nights();
        let t = a.timeline();
        let at = |d: &str, key: &str| {
            let r = t.find(d.parse().unwrap()).unwrap();
            let l = t.lines.iter().position(|l| l.key == key).unwrap();
            t.nights[r].cells[l].clone()
        };
        let launched = at("2025-06-04", "drones_launched");
        assert_eq!(launched.articles, 2);
        assert!(launched.disagree, "100 against 120");
        let theirs = at("2025-06-04", "ua_drones_intercepted");
        assert_eq!(theirs.side(Claimant::Ru).map(|v| v.value), Some(40));
        assert_eq!(at("2025-06-09", "killed").side(Claimant::Ua).map(|v| v.value), Some(3));
    }

    #[test]
    fn enter_on_a_cell_lists_its_figures_and_enter_shows_one_in_its_text() {
        let mut a = nights();
        press(&mut a, "tg<enter>");
        let list = a.timeline.cell.clone().expect("the cell's figures listed");
        let values: Vec<u64> = list.figures.iter().map(|&id| a.fig(id).value).collect();
        assert_eq!(values, [100, 120]);
        press(&mut a, "j<enter>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(a.focus, Pane::Text);
        assert_eq!(current_id(&a), "b");
        assert_eq!(figure_value(&a), 120);
    }

    #[test]
    fn esc_in_a_cells_list_goes_back_to_the_timeline() {
        let mut a = nights();
        press(&mut a, "tg<enter><esc>");
        assert_eq!(a.modal, Modal::Timeline);
        assert!(a.timeline.cell.is_none());
        // An empty cell has nothing to list, and says so.
        press(&mut a, "lll<enter>");
        assert!(a.timeline.cell.is_none());
        assert!(a.message.as_deref().unwrap_or("").starts_with("no figure for"), "{:?}", a.message);
    }

    #[test]
    fn enter_on_a_night_opens_its_claims() {
        let mut a = nights();
        press(&mut a, "tgjh<enter>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(a.scope, ScopeKind::Night);
        assert_eq!(a.focus, Pane::Claims);
        assert_eq!(a.night().unwrap().to_string(), "2025-06-07");
        assert_eq!(current_id(&a), "c");
        let rows = a.claim_rows();
        assert!(rows.iter().any(|r| r.ua.iter().any(|c| c.value == 70)));
    }

    #[test]
    fn the_review_reaches_the_timeline() {
        let mut a = nights();
        // 120 marked not a figure: the dispute on the 4th is over.
        press(&mut a, "J<tab>");
        while figure_value(&a) != 120 {
            press(&mut a, "j");
        }
        press(&mut a, "x");
        // As a frame does: the rows shown meanwhile ask for newer ones.
        let _ = a.timeline();
        settle(&mut a);
        let t = a.timeline();
        let l = t.lines.iter().position(|l| l.key == "drones_launched").unwrap();
        let cell = &t.nights[0].cells[l];
        assert_eq!((cell.articles, cell.disagree), (1, false));
    }

    #[test]
    fn no_dated_figure_says_why_the_timeline_is_empty() {
        let mut a = app_with(&[("a", "Russia launched 100 drones, Ukraine's air force said.")]);
        press(&mut a, "t");
        assert!(a.message.as_deref().unwrap_or("").contains("have no night"), "{:?}", a.message);
        let s = screen(&a, 80, 24);
        assert!(s.contains("No night to show"), "{s}");
    }

    #[test]
    fn colon_in_the_timeline_goes_to_a_night_or_the_nearest() {
        let mut a = nights();
        press(&mut a, "tg:2025-06-07");
        assert!(screen(&a, 120, 40).contains("Timeline"), "the timeline stays under the prompt");
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::Timeline);
        assert_eq!(night(&a), "2025-06-07");
        press(&mut a, ":6 jun 2025<enter>");
        assert_eq!(night(&a), "2025-06-07", "the nearest night on the timeline");
        assert!(a.message.as_deref().unwrap_or("").contains("nearest: 2025-06-07"), "{:?}", a.message);
        // A bad date keeps the prompt; Esc goes back to the timeline.
        press(&mut a, ":nonsense<enter>");
        assert!(matches!(a.modal, Modal::Jump(_)));
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::Timeline);
        assert_eq!(current_id(&a), "a", "the main view did not move");
    }

    #[test]
    fn w_writes_the_timeline_and_goes_back_to_it() {
        let mut a = nights();
        press(&mut a, "tw");
        let dir = tempfile::TempDir::new().unwrap();
        let Modal::Write(d) = &mut a.modal else {
            panic!("the write prompt: {:?}", a.modal)
        };
        assert_eq!(d.name, "counterclaim-timeline.csv");
        d.dir = dir.path().to_path_buf();
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::Timeline, "back to the timeline");
        assert!(a.message.as_deref().unwrap_or("").starts_with("wrote 5 timeline rows to"), "{:?}", a.message);
        let csv = std::fs::read_to_string(dir.path().join("counterclaim-timeline.csv")).unwrap();
        let mut lines = csv.lines();
        assert!(lines.next().unwrap().starts_with("night,matter,attacker,item,event,ua,"));
        assert!(csv.contains("2025-06-04,drones_launched,ru,drone,launched,120,exact,0,"), "{csv}");
        // Esc in the prompt goes back to the timeline too.
        press(&mut a, "w<esc>");
        assert_eq!(a.modal, Modal::Timeline);
    }

    #[test]
    fn timeline_80x24() {
        let mut a = app();
        press(&mut a, "t");
        insta::assert_snapshot!("timeline_80x24", screen(&a, 80, 24));
    }

    #[test]
    fn timeline_120x40() {
        let mut a = app();
        press(&mut a, "tll");
        insta::assert_snapshot!("timeline_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn timeline_200x50() {
        let mut a = app();
        press(&mut a, "tk");
        insta::assert_snapshot!("timeline_200x50", screen(&a, 200, 50));
    }

    #[test]
    fn timeline_cell_list_120x40() {
        let mut a = app();
        press(&mut a, "t<enter>");
        insta::assert_snapshot!("timeline_cell_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn the_timeline_draws_at_any_size() {
        let mut a = app();
        press(&mut a, "t");
        for (w, h) in [(10, 5), (40, 12), (41, 13), (60, 16), (79, 30), (300, 80)] {
            let _ = screen(&a, w, h);
        }
        press(&mut a, "<enter>");
        let _ = screen(&a, 40, 12);
    }
}

// ----- wide terminals -----

mod wide {
    use super::*;

    #[test]
    fn at_200_columns_every_figure_column_and_the_derived_claims_show() {
        let a = app();
        let s = screen(&a, 200, 50);
        let header = s.lines().find(|l| l.contains("value") && l.contains("event")).expect(&s);
        for col in ["doubts", "source"] {
            assert!(header.contains(col), "{header}");
        }
        let claims = s.lines().find(|l| l.contains("Ukrainian") && l.contains("Russian")).expect(&s);
        assert!(claims.contains("derived"), "{claims}");
        assert!(
            s.lines().any(|l| l.contains("ru drone launched") && l.contains("unaccounted (539 − 268)")),
            "{s}"
        );
        // Below that width the derived figures stay under the list.
        let s = screen(&a, 160, 50);
        assert!(!s.contains("derived"), "{s}");
    }

    #[test]
    fn a_wide_figures_pane_names_items_whole_and_their_night() {
        let mut a = app();
        press(&mut a, "<tab>");
        let s = screen(&a, 260, 50);
        let header = s.lines().find(|l| l.contains("value") && l.contains("event")).expect(&s);
        assert!(header.contains("night"), "{header}");
        assert!(s.contains("drone_or_missile launched"), "{s}");
    }

    #[test]
    fn a_long_description_wraps_instead_of_being_cut() {
        let mut a = app_with(&[(
            "a",
            "Date: 2025-06-05\n\nRussia launched 100 drones overnight, said the commander of the air force's eastern air command in a statement on his channel.",
        )]);
        press(&mut a, "<tab>");
        let s = screen(&a, 80, 30);
        assert!(s.contains("2025-06-04"), "the end of the description is shown:\n{s}");
        assert!(s.contains("not reviewed"), "{s}");
    }
}

// ----- taking it elsewhere: position, accept-and-advance, accept all,
// write, cite, open -----

mod elsewhere {
    use super::*;
    use counterclaim::model::Claimant;
    use counterclaim::sheet;
    use counterclaim::tui::clipboard::{Clipboard, osc52};
    use counterclaim::tui::opener::Opener;
    use counterclaim::tui::position::{self, Position};
    use counterclaim::tui::reviewed::Mark;
    use counterclaim::tui::session;
    use std::cell::RefCell;
    use std::path::{Path, PathBuf};
    use std::rc::Rc;

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// The sample's articles with the engine's figures, in batches of
    /// `sizes`, the rest in the last.
    fn batches(sizes: &[usize]) -> Vec<Vec<(counterclaim::model::Article, Vec<Figure>)>> {
        let mut all: Vec<_> = corpus::sample()
            .into_iter()
            .map(|art| {
                let f = counterclaim::extract::extract(&art);
                (art, f)
            })
            .collect();
        let mut out = Vec::new();
        for &n in sizes {
            let rest = all.split_off(n.min(all.len()));
            out.push(std::mem::replace(&mut all, rest));
        }
        out.push(all);
        out
    }

    /// Where the analyst is: article, figure value, focus, scope, sort.
    fn place(a: &App) -> (String, Option<u64>, Pane, ScopeKind, SortKey) {
        (
            current_id(a).to_string(),
            a.figure.map(|id| a.fig(id).value),
            a.focus,
            a.scope,
            a.sort,
        )
    }

    // ----- the last position -----

    /// Article, figure, panes, scope and sort are saved in the review's
    /// folder at the end, and come back at the next start on the same
    /// articles, not on others.
    #[test]
    fn the_position_is_saved_and_comes_back() {
        let dir = data_dir();
        let paths = vec![PathBuf::from("data")];
        let mut a = app();
        press(&mut a, "JJ<tab>jco");
        let left = place(&a);
        assert_eq!(
            left,
            (
                "03_kharkiv_casualties".into(),
                Some(17),
                Pane::Text,
                ScopeKind::Night,
                SortKey::Value
            )
        );
        session::end(&mut a, Some(dir.path()), &paths);
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
        let mut b = app();
        session::restore_saved(&mut b, dir.path(), &paths);
        assert_eq!(place(&b), left);
        assert_eq!(
            b.message.as_deref(),
            Some("back where you left off: 03_kharkiv_casualties")
        );
        // Other articles have a position of their own: none yet.
        let mut c = app();
        session::restore_saved(&mut c, dir.path(), &[PathBuf::from("elsewhere")]);
        assert_eq!(current_id(&c), "01_kyiv_night_attack");
        assert!(c.restore.is_none());
    }

    /// The figure is found by its span, so it comes back whatever its id
    /// now, and in the claims pane the lower pane comes back too.
    #[test]
    fn the_figure_is_found_by_its_span() {
        let mut a = app();
        press(&mut a, "JJ<tab>jj<s-tab><s-tab>");
        assert_eq!((a.focus, a.lower), (Pane::Claims, Pane::Claims));
        let p = a.position().unwrap();
        assert_eq!(
            p.figure.as_ref().map(|f| f.article.as_str()),
            Some("03_kharkiv_casualties")
        );
        let mut b = app();
        b.restore(p);
        assert_eq!(place(&b), place(&a));
        assert_eq!(b.lower, Pane::Claims);
    }

    /// The position comes back as soon as its article is in, while the
    /// rest still loads; keys pressed before then win.
    #[test]
    fn a_position_comes_back_when_its_article_loads_late() {
        let mut a = app();
        press(&mut a, "JJ<tab>j");
        let p = a.position().unwrap();
        let mut b = App::loading(Keymap::default(), Theme::plain());
        b.restore(p.clone());
        let mut parts = batches(&[2, 3]).into_iter();
        b.apply(Action::Load(LoadEvent::Batch(parts.next().unwrap())));
        assert_eq!(current_id(&b), "01_kyiv_night_attack");
        assert!(b.restore.is_some(), "waiting for its article");
        assert_eq!(b.position(), Some(p.clone()), "saved as it was if quit now");
        b.apply(Action::Load(LoadEvent::Batch(parts.next().unwrap())));
        assert!(!b.loading.done);
        assert_eq!(current_id(&b), "03_kharkiv_casualties");
        assert_eq!(
            (b.focus, b.figure.map(|id| b.fig(id).value)),
            (Pane::Text, Some(17))
        );
        assert!(b.restore.is_none());
        // Moving first: the analyst's place is kept.
        let mut c = App::loading(Keymap::default(), Theme::plain());
        c.restore(p);
        let mut parts = batches(&[2, 3]).into_iter();
        c.apply(Action::Load(LoadEvent::Batch(parts.next().unwrap())));
        press(&mut c, "j");
        assert!(c.restore.is_none());
        c.apply(Action::Load(LoadEvent::Batch(parts.next().unwrap())));
        assert_eq!(current_id(&c), "02_air_force_weapons_breakdown");
    }

    /// A position whose article is no longer among those loaded is dropped
    /// without a word; a broken position file is a warning.
    #[test]
    fn a_missing_article_is_ignored_and_a_broken_file_is_a_warning() {
        let mut a = App::loading(Keymap::default(), Theme::plain());
        a.restore(Position {
            article: "gone_article".into(),
            figure: None,
            focus: "figures".into(),
            lower: "figures".into(),
            scope: "corpus".into(),
            sort: "value".into(),
        });
        for batch in batches(&[4]) {
            a.apply(Action::Load(LoadEvent::Batch(batch)));
        }
        assert!(a.restore.is_some());
        a.apply(Action::Load(LoadEvent::Done));
        assert!(a.restore.is_none());
        assert_eq!(
            (current_id(&a), a.focus, a.scope, a.sort),
            (
                "01_kyiv_night_attack",
                Pane::Articles,
                ScopeKind::Article,
                SortKey::Position
            )
        );
        assert!(
            a.warnings.is_empty() && a.message.is_none(),
            "{:?}",
            a.message
        );

        let dir = data_dir();
        std::fs::write(position::path(dir.path()), "{\"positions\": [{\"corpus\"").unwrap();
        let mut b = app();
        session::restore_saved(&mut b, dir.path(), &[]);
        let said = b.message.clone().unwrap_or_default();
        assert!(
            said.contains("position.json: not a saved position")
                && said.ends_with("starting at the first article"),
            "{said}"
        );
        assert_eq!(b.warnings, [format!("warning: {said}")]);
        assert!(screen(&b, 120, 40).contains("not a saved position"));
        // Saved over at the end, and good again.
        press(&mut b, "J");
        session::end(&mut b, Some(dir.path()), &[]);
        assert_eq!(
            position::load(dir.path(), &[]).unwrap().map(|p| p.article),
            Some("02_air_force_weapons_breakdown".into())
        );
    }

    // ----- accept and advance -----

    #[test]
    fn accept_and_advance_off_stays_on_moves_on_and_ctrl_a_toggles_it() {
        let mut a = app();
        press(&mut a, "<tab>");
        let first = a.figure.unwrap();
        press(&mut a, "a");
        assert_eq!(a.figure, Some(first), "off: a stays");
        assert!(!screen(&a, 120, 40).contains("a→"));
        a.on_key(ctrl('a'));
        assert!(a.settings.accept_and_advance);
        assert_eq!(
            a.message.as_deref(),
            Some("accept and advance: on (a then goes to the next figure nobody has reviewed)")
        );
        assert!(
            screen(&a, 120, 40).contains("a→ · 1/"),
            "the status bar marks it"
        );
        press(&mut a, "j");
        let second = a.figure.unwrap();
        press(&mut a, "a");
        assert!(a.decision(second).is_some_and(|d| d.accepted));
        let third = a.figure.unwrap();
        assert_ne!(third, second, "on: a moves on");
        assert!(
            a.decision(third).is_none(),
            "to a figure nobody has reviewed"
        );
        let said = a.message.clone().unwrap();
        assert!(
            said.starts_with(&format!(
                "accepted {}",
                counterclaim::tui::app::describe(a.fig(second))
            )) && said.contains(" → not reviewed: "),
            "{said}"
        );
        a.on_key(ctrl('a'));
        assert!(!a.settings.accept_and_advance);
        assert_eq!(
            a.message.as_deref(),
            Some("accept and advance: off (a accepts and stays)")
        );
        press(&mut a, "a");
        assert_eq!(a.figure, Some(third));
        assert!(!screen(&a, 120, 40).contains("a→"));
    }

    #[test]
    fn the_setting_comes_from_settings_txt() {
        use counterclaim::tui::settings::Settings;
        let on = Settings::parse("accept_and_advance = on\n", "settings.txt").unwrap();
        let mut a = app();
        a.settings = on;
        press(&mut a, "<tab>a");
        assert_ne!(a.figure, Some(figures_here(&a)[0]));
    }

    // ----- accept all -----

    /// `A` asks, `y` accepts every figure of the article nobody reviewed,
    /// leaving the flagged and corrected ones, and one `u` takes them all
    /// back; `Ctrl-r` gives them all back.
    #[test]
    fn capital_a_asks_then_y_accepts_the_rest_and_one_u_takes_it_back() {
        let mut a = app();
        press(&mut a, "JJ<tab>");
        let ids = figures_here(&a);
        assert!(ids.len() >= 3, "{ids:?}");
        press(&mut a, "f1<enter>j");
        a.on_key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE));
        press(&mut a, "<tab><tab><tab><tab><tab><right><enter>");
        let (flagged, corrected) = (ids[0], ids[1]);
        assert_eq!(a.mark(flagged), Some(Mark::Flagged));
        assert_eq!(a.mark(corrected), Some(Mark::Corrected), "{:?}", a.message);
        let before = a.review.entries().len();
        let left = ids.len() - 2;
        press(&mut a, "A");
        let Modal::Confirm(c) = &a.modal else {
            panic!("no question: {:?}", a.modal)
        };
        assert_eq!(
            c.question,
            format!("accept the {left} figures of this article nobody has reviewed? y/n")
        );
        assert!(screen(&a, 120, 40).contains(&c.question));
        press(&mut a, "y");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(a.review.entries().len(), before + left, "one action each");
        for &id in &ids[2..] {
            assert_eq!(a.mark(id), Some(Mark::Accepted));
        }
        assert_eq!(
            (a.mark(flagged), a.mark(corrected)),
            (Some(Mark::Flagged), Some(Mark::Corrected))
        );
        assert_eq!(
            a.message.as_deref(),
            Some(format!("accepted the {left} figures of 03_kharkiv_casualties nobody had reviewed (u takes them all back)").as_str())
        );
        let selected = a.figure;
        press(&mut a, "u");
        for &id in &ids[2..] {
            assert_eq!(a.mark(id), None, "one u takes them all back");
        }
        assert_eq!(a.figure, selected, "the selection stays");
        assert_eq!(
            (a.mark(flagged), a.mark(corrected)),
            (Some(Mark::Flagged), Some(Mark::Corrected))
        );
        assert_eq!(
            a.message.as_deref(),
            Some(
                format!("undone: the {left} figures accepted together are not reviewed again")
                    .as_str()
            )
        );
        press(&mut a, "<c-r>");
        for &id in &ids[2..] {
            assert_eq!(a.mark(id), Some(Mark::Accepted));
        }
        press(&mut a, "A");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(
            a.message.as_deref(),
            Some("every figure of this article has been reviewed")
        );
    }

    #[test]
    fn capital_a_then_anything_but_y_accepts_nothing() {
        for answer in ["n", "<esc>", "<enter>", "q"] {
            let mut a = app();
            press(&mut a, "JJ<tab>A");
            assert!(matches!(a.modal, Modal::Confirm(_)));
            press(&mut a, answer);
            assert_eq!(a.modal, Modal::None, "{answer}");
            assert!(a.review.entries().is_empty(), "{answer}");
            assert_eq!(a.message.as_deref(), Some("nothing accepted"), "{answer}");
            assert!(!a.quit);
        }
    }

    // ----- write the view -----

    /// Open the `w` prompt with its folder set to `dir` (the working
    /// directory in use) and type `name` over the name offered.
    fn write_as(a: &mut App, dir: &Path, name: Option<&str>) {
        press(a, "w");
        let Modal::Write(d) = &mut a.modal else {
            panic!("no prompt: {:?} {:?}", a.modal, a.message)
        };
        d.dir = dir.to_path_buf();
        if let Some(name) = name {
            d.name.clear();
            press(a, name);
        }
        press(a, "<enter>");
    }

    fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = csv::Reader::from_path(path).unwrap();
        let header = r.headers().unwrap().iter().map(String::from).collect();
        let rows = r
            .records()
            .map(|rec| rec.unwrap().iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    #[test]
    fn w_writes_the_figures_table_as_sorted_to_csv_and_json() {
        let dir = data_dir();
        let mut a = app();
        press(&mut a, "JJ<tab>ja<tab>o");
        assert_eq!(a.sort, SortKey::Value);
        let shown: Vec<u64> = a.rows.iter().map(|&id| a.fig(id).value).collect();
        write_as(&mut a, dir.path(), None);
        let path = dir
            .path()
            .join("counterclaim-figures-03_kharkiv_casualties.csv");
        assert_eq!(
            a.message.as_deref(),
            Some(format!("wrote {} figures to {}", shown.len(), path.display()).as_str())
        );
        assert_eq!(a.modal, Modal::None);
        let (header, rows) = read_csv(&path);
        let mut columns: Vec<&str> = sheet::figures::COLUMNS.to_vec();
        columns.push("review");
        assert_eq!(header, columns);
        let values: Vec<u64> = rows.iter().map(|r| r[2].parse().unwrap()).collect();
        assert_eq!(values, shown, "in the table's order");
        let seventeen = rows.iter().find(|r| r[2] == "17").unwrap();
        assert_eq!(
            (
                seventeen[0].as_str(),
                seventeen[3].as_str(),
                seventeen[7].as_str(),
                seventeen[20].as_str()
            ),
            ("03_kharkiv_casualties", "at_least", "ua", "accepted")
        );
        // Tab makes it JSON.
        press(&mut a, "w");
        if let Modal::Write(d) = &mut a.modal {
            d.dir = dir.path().to_path_buf();
        }
        press(&mut a, "<tab><enter>");
        let json = dir
            .path()
            .join("counterclaim-figures-03_kharkiv_casualties.json");
        assert!(
            a.message
                .as_deref()
                .unwrap()
                .ends_with(&json.display().to_string())
        );
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
        let objects = v.as_array().unwrap();
        assert_eq!(objects.len(), shown.len());
        let seventeen = objects.iter().find(|o| o["value"] == 17).unwrap();
        assert_eq!(seventeen["review"], "accepted");
        assert_eq!(seventeen["claimant"], "ua");
        assert_eq!(objects[0]["value"].as_u64(), Some(shown[0]));
    }

    #[test]
    fn w_writes_the_claims_of_the_scope_shown() {
        let dir = data_dir();
        let mut a = app();
        press(&mut a, "<s-tab>");
        assert_eq!(a.focus, Pane::Claims);
        let rows = a.claim_rows();
        write_as(&mut a, dir.path(), None);
        let path = dir
            .path()
            .join("counterclaim-claims-article-01_kyiv_night_attack.csv");
        assert_eq!(
            a.message.as_deref(),
            Some(format!("wrote {} claims rows to {}", rows.len(), path.display()).as_str())
        );
        let (header, written) = read_csv(&path);
        assert_eq!(header, sheet::claims::COLUMNS);
        assert_eq!(written.len(), rows.len());
        let matters: Vec<String> = rows.iter().map(sheet::claims::matter_text).collect();
        assert_eq!(
            written.iter().map(|r| r[3].clone()).collect::<Vec<_>>(),
            matters
        );
        assert!(written.iter().any(|r| r[4].contains("550")), "{written:?}");
        // The corpus, as JSON.
        press(&mut a, "cc");
        assert_eq!(a.scope, ScopeKind::Corpus);
        let corpus = a.claim_rows().len();
        write_as(&mut a, dir.path(), Some("all.json"));
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.path().join("all.json")).unwrap()).unwrap();
        assert_eq!(v.as_array().unwrap().len(), corpus);
        assert!(v[0]["night"].is_string());
    }

    #[test]
    fn an_existing_file_is_asked_about_before_it_is_overwritten() {
        let dir = data_dir();
        let path = dir.path().join("mine.csv");
        std::fs::write(&path, "the analyst's own\n").unwrap();
        let mut a = app();
        write_as(&mut a, dir.path(), Some("mine.csv"));
        let Modal::Write(d) = &a.modal else {
            panic!("closed")
        };
        assert_eq!(d.overwrite.as_deref(), Some(path.as_path()));
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("that file is there already: overwrite it? y/n"),
            "{s}"
        );
        press(&mut a, "n");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "the analyst's own\n"
        );
        let Modal::Write(d) = &a.modal else {
            panic!("closed")
        };
        assert!(d.error.as_deref().unwrap().starts_with("not overwritten"));
        press(&mut a, "<enter>y");
        assert_eq!(a.modal, Modal::None);
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .starts_with("article,text,value")
        );
    }

    #[test]
    fn a_bad_name_or_an_unwritable_folder_keeps_the_prompt_open() {
        let dir = data_dir();
        let mut a = app();
        let error = |a: &App| match &a.modal {
            Modal::Write(d) => d.error.clone(),
            other => panic!("closed: {other:?}"),
        };
        write_as(&mut a, dir.path(), Some("/nonexistent-folder/x.csv"));
        assert_eq!(
            error(&a).as_deref(),
            Some("cannot write /nonexistent-folder/x.csv: No such file or directory (os error 2)")
        );
        assert!(screen(&a, 120, 40).contains("cannot write /nonexistent-folder/x.csv"));
        press(&mut a, "<bs>");
        assert_eq!(error(&a), None, "typing puts it away");
        for _ in 0.."/nonexistent-folder/x.cs".len() {
            press(&mut a, "<bs>");
        }
        press(&mut a, "figures.txt<enter>");
        assert_eq!(
            error(&a).as_deref(),
            Some("figures.txt: name a .csv or .json file (the extension chooses the format)")
        );
        let folder = dir.path().join("sub.csv");
        std::fs::create_dir(&folder).unwrap();
        for _ in 0.."figures.txt".len() {
            press(&mut a, "<bs>");
        }
        press(&mut a, "sub.csv<enter>");
        assert!(
            error(&a)
                .unwrap()
                .ends_with("sub.csv is a folder: name a file")
        );
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(a.message.as_deref(), Some("nothing written"));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing written"
        );
    }

    // ----- cite -----

    const KHARKIV_17: &str = "≥17 people injured in a Russian attack, Ukrainian side (Syniehubov), \
        Eastern Front Daily, 2025-06-12, https://example.org/kharkiv/2025/06/12/strike-17-update-3 — \
        \"At least 17 people were injured, among them a 7-year-old girl and her 12-year-old brother, \
        Syniehubov wrote on Telegram.\"";

    #[test]
    fn y_copies_the_selected_figure_as_a_citation() {
        let mut a = app();
        press(&mut a, "JJ<tab>jy");
        assert_eq!(a.clipboard.last(), Some(KHARKIV_17));
        assert_eq!(
            a.message.as_deref(),
            Some("copied the citation (kept, not copied)")
        );
        // As corrected: the claimant put right shows in the citation.
        a.on_key(KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE));
        press(&mut a, "<tab><tab><tab><tab><tab><right><enter>y");
        assert_eq!(a.fig(a.figure.unwrap()).claimant, Claimant::Other);
        assert!(
            a.clipboard
                .last()
                .unwrap()
                .contains("third party (Syniehubov)")
        );
    }

    #[test]
    fn through_the_terminal_the_citation_is_an_osc_52_sequence() {
        assert_eq!(osc52("hello"), "\u{1b}]52;c;aGVsbG8=\u{1b}\\");
        let out = Rc::new(RefCell::new(Vec::new()));
        let mut a = app();
        a.clipboard = Clipboard::terminal_into(out.clone());
        press(&mut a, "JJ<tab>jy");
        assert_eq!(a.message.as_deref(), Some("copied the citation (OSC 52)"));
        let bytes = String::from_utf8(out.borrow().clone()).unwrap();
        assert_eq!(bytes, osc52(KHARKIV_17));
        assert!(bytes.starts_with("\u{1b}]52;c;") && bytes.ends_with("\u{1b}\\"));
        assert!(!bytes[7..bytes.len() - 2].contains(['\u{1b}', '\u{7}', '\n']));
    }

    // ----- open -----

    #[test]
    fn b_opens_the_article_link_and_only_a_web_link() {
        let mut a = app();
        press(&mut a, "JJb");
        assert_eq!(
            a.opener.kept(),
            ["https://example.org/kharkiv/2025/06/12/strike-17-update-3"]
        );
        assert_eq!(
            a.message.as_deref(),
            Some("opened https://example.org/kharkiv/2025/06/12/strike-17-update-3")
        );
        press(&mut a, "Kb");
        assert_eq!(current_id(&a), "02_air_force_weapons_breakdown");
        assert_eq!(
            a.message.as_deref(),
            Some("02_air_force_weapons_breakdown has no link to open")
        );
        assert_eq!(a.opener.kept().len(), 1);
        let mut b = app_with(&[
            (
                "local",
                "URL: file:///etc/passwd\n\nRussia launched 100 drones.",
            ),
            (
                "script",
                "URL: javascript:alert(1)\n\nRussia launched 100 drones.",
            ),
        ]);
        press(&mut b, "b");
        assert_eq!(
            b.message.as_deref(),
            Some(
                "not opened: file:///etc/passwd is a file: link, and only http and https links are opened"
            )
        );
        press(&mut b, "Jb");
        assert!(
            b.message
                .as_deref()
                .unwrap()
                .starts_with("not opened: javascript:alert(1)")
        );
        assert!(b.opener.kept().is_empty());
    }

    /// `COUNTERCLAIM_OPENER`'s program gets the link as its argument,
    /// detached from the TUI.
    #[test]
    fn a_program_named_to_open_links_gets_the_link() {
        let dir = data_dir();
        let script = dir.path().join("opener.sh");
        let got = dir.path().join("opened.txt");
        std::fs::write(
            &script,
            format!("#!/bin/sh\nprintf '%s' \"$1\" > {}\n", got.display()),
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let mut a = app();
        a.opener = Opener::Program(script.clone());
        press(&mut a, "b");
        let url = "https://example.org/2025/07/04/drones-550-attack";
        assert_eq!(
            a.message.as_deref(),
            Some(format!("opened {url} with {}", script.display()).as_str())
        );
        let start = std::time::Instant::now();
        while std::fs::read_to_string(&got).map_or(true, |s| s.is_empty()) {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "never opened"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_to_string(&got).unwrap(), url);
        a.opener = Opener::Program(dir.path().join("no-such-program"));
        press(&mut a, "b");
        assert!(
            a.message
                .as_deref()
                .unwrap()
                .starts_with(&format!("cannot open {url} with ")),
            "{:?}",
            a.message
        );
    }

    // ----- screens -----

    #[test]
    fn the_write_prompt_and_the_accept_all_question() {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut a = app();
            press(&mut a, "JJ<tab>w");
            if let Modal::Write(d) = &mut a.modal {
                d.dir = PathBuf::from("/home/analyst/notes");
            }
            insta::assert_snapshot!(format!("write_prompt_{w}x{h}"), screen(&a, w, h));
            press(&mut a, "<esc>A");
            insta::assert_snapshot!(format!("accept_all_{w}x{h}"), screen(&a, w, h));
        }
    }
}

/// Moving and finding: `:` jumps to a night, `O` orders the articles, `,`
/// and `=` stack filters on the figures' columns, `S` lists every outlet
/// and speaker.
mod finding {
    use super::*;
    use chrono::NaiveDate;
    use counterclaim::compare::sources::{SortBy, Who};
    use counterclaim::model::{Claimant, Event, Item};
    use counterclaim::tui::app::{ArticleOrder, today};
    use counterclaim::tui::column_filter::{Cmp, ColumnFilter};

    /// Characters typed as they are (`<` included), one key each.
    fn typed(app: &mut App, s: &str) {
        for c in s.chars() {
            app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    /// Four wires: 100 drones launched on the night of 4 June (a, d), 120
    /// for the same night from someone else (c), 40 on the 9th (b), and
    /// one with no night in its text, about its date, the 12th (e).
    fn wires() -> App {
        app_with(&[
            (
                "a",
                "Source: Wire One\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's air force said.",
            ),
            (
                "b",
                "Source: Wire Two\nDate: 2025-06-10\n\nRussia launched 40 drones overnight, Ukraine's air force said, adding that 35 of them were shot down.",
            ),
            (
                "c",
                "Source: Alpha Wire\nDate: 2025-06-05\n\nRussia launched 120 drones overnight, the governor said.",
            ),
            (
                "d",
                "Source: Wire Two\nDate: 2025-06-05\n\nRussia launched 100 drones overnight, Ukraine's  Air Force said.",
            ),
            (
                "e",
                "Source: Zulu Post\nDate: 2025-06-12\n\nThree people were killed in Kharkiv on Thursday, the governor said.",
            ),
        ])
    }

    fn night_of_selected(a: &App) -> Option<NaiveDate> {
        a.figure.and_then(|id| a.fig(id).date)
    }

    // ----- : jump -----

    #[test]
    fn colon_goes_to_the_first_article_about_the_night() {
        let mut a = wires();
        press(&mut a, "J");
        press(&mut a, ":");
        assert!(matches!(a.modal, Modal::Jump(_)));
        typed(&mut a, "2025-06-04");
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(current_id(&a), "a");
        assert_eq!(night_of_selected(&a), Some(date(6, 4)));
        assert_eq!(
            a.message.as_deref(),
            Some("night of Wed 4 Jun 2025: the first of 3 articles about it")
        );
        // Any form the parser reads.
        press(&mut a, ":");
        typed(&mut a, "9 June 2025");
        press(&mut a, "<enter>");
        assert_eq!(current_id(&a), "b");
        press(&mut a, ":");
        typed(&mut a, "12.06.2025");
        press(&mut a, "<enter>");
        assert_eq!(
            current_id(&a),
            "e",
            "an article with no night in its text: its date"
        );
    }

    #[test]
    fn no_article_about_the_night_goes_to_the_nearest() {
        let mut a = wires();
        press(&mut a, ":");
        typed(&mut a, "2025-06-07");
        press(&mut a, "<enter>");
        assert_eq!(current_id(&a), "b");
        assert_eq!(
            a.message.as_deref(),
            Some("no article about 2025-06-07; nearest: 2025-06-09 (the one article about it)")
        );
    }

    #[test]
    fn the_jump_goes_among_the_articles_shown_in_their_order() {
        let mut a = wires();
        press(&mut a, "&wire two<enter>");
        press(&mut a, ":");
        typed(&mut a, "2025-06-04");
        press(&mut a, "<enter>");
        assert_eq!(current_id(&a), "d", "a and c are filtered out");
        press(&mut a, "<esc><esc>OOO");
        assert_eq!(a.article_order, ArticleOrder::Doubts);
        press(&mut a, "O");
        assert_eq!(a.article_order, ArticleOrder::Unreviewed);
        press(&mut a, "OO");
        assert_eq!(a.article_order, ArticleOrder::Date);
        press(&mut a, ":");
        typed(&mut a, "2025-06-04");
        press(&mut a, "<enter>");
        assert_eq!(visible(&a), ["e", "b", "a", "c", "d"]);
        assert_eq!(current_id(&a), "a", "the first shown about the 4th");
    }

    #[test]
    fn the_claims_in_night_scope_show_the_night_jumped_to() {
        let mut a = wires();
        press(&mut a, "c");
        assert_eq!(a.scope, ScopeKind::Night);
        press(&mut a, ":");
        typed(&mut a, "2025-06-09");
        press(&mut a, "<enter>");
        assert_eq!(a.night(), Some(date(6, 9)));
        let rows = a.claim_rows();
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.scope == "2025-06-09"), "{rows:?}");
        let s = screen(&a, 120, 40);
        assert!(s.contains("2025-06-09"), "{s}");
    }

    #[test]
    fn yesterday_and_today_are_the_machines() {
        let t = today();
        let header = |d: NaiveDate, id: &str| {
            format!(
                "Source: Wire\nDate: {d}\n\nRussia launched {} drones overnight, the air force said.",
                id.len() * 10
            )
        };
        let (x, y) = (header(t - chrono::Days::new(5), "x"), header(t, "yy"));
        let mut a = app_with(&[("x", &x), ("y", &y)]);
        press(&mut a, ":");
        typed(&mut a, "yesterday");
        press(&mut a, "<enter>");
        assert_eq!(
            current_id(&a),
            "y",
            "its night is yesterday: {:?}",
            a.message
        );
        press(&mut a, ":");
        typed(&mut a, "today");
        press(&mut a, "<enter>");
        assert_eq!(current_id(&a), "y", "no article about today: the nearest");
        assert!(
            a.message
                .as_deref()
                .unwrap()
                .starts_with(&format!("no article about {t}; nearest:"))
        );
    }

    #[test]
    fn a_bad_date_keeps_the_prompt_open_with_the_error_and_esc_cancels() {
        let mut a = wires();
        press(&mut a, "J");
        press(&mut a, ":");
        typed(&mut a, "16 jnu");
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::Jump("16 jnu".into()));
        let msg = a.message.clone().unwrap();
        assert!(msg.contains("\"jnu\" is not a month"), "{msg}");
        let s = screen(&a, 120, 40);
        assert!(s.contains("go to night: 16 jnu█"), "{s}");
        assert!(
            s.contains("is not a month"),
            "the error beside the prompt: {s}"
        );
        press(&mut a, "<bs><bs><bs>");
        typed(&mut a, "jun");
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("go to night: 16 jun█  → "),
            "the day it reads as: {s}"
        );
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(current_id(&a), "b", "nothing moved");
    }

    // ----- O: the articles' order -----

    #[test]
    fn capital_o_cycles_the_articles_order_and_shows_it() {
        let mut a = wires();
        drawn(&a, 120, 40);
        assert_eq!(visible(&a), ["a", "b", "c", "d", "e"]);
        press(&mut a, "O");
        assert_eq!(a.article_order, ArticleOrder::Date);
        assert_eq!(visible(&a), ["e", "b", "a", "c", "d"], "newest first");
        assert_eq!(
            a.message.as_deref(),
            Some("articles newest first (O again: by source)")
        );
        let s = screen(&a, 120, 40);
        assert!(s.contains("Articles 5 · newest first"), "{s}");
        press(&mut a, "O");
        assert_eq!(visible(&a), ["c", "a", "b", "d", "e"], "by source, A to Z");
        press(&mut a, "O");
        assert_eq!(a.article_order, ArticleOrder::Doubts);
        let doubted: Vec<usize> = a.visible.iter().map(|&i| a.counts(i).doubted).collect();
        assert!(doubted.windows(2).all(|w| w[0] >= w[1]), "{doubted:?}");
        press(&mut a, "O");
        assert_eq!(a.article_order, ArticleOrder::Unreviewed);
        assert_eq!(current_id(&a), "a", "the article stays selected");
        press(&mut a, "O");
        assert_eq!(visible(&a), ["a", "b", "c", "d", "e"], "as loaded again");
        let s = screen(&a, 120, 40);
        let border = s.lines().next().unwrap();
        assert!(
            border.contains("Articles 5 ━"),
            "the usual order is not named: {s}"
        );
    }

    #[test]
    fn most_doubts_first_on_the_sample() {
        let mut a = app();
        press(&mut a, "OOO");
        let doubted: Vec<usize> = a.visible.iter().map(|&i| a.counts(i).doubted).collect();
        assert!(doubted[0] > 0, "{doubted:?}");
        assert!(doubted.windows(2).all(|w| w[0] >= w[1]), "{doubted:?}");
    }

    #[test]
    fn most_unreviewed_first_and_reviewing_does_not_move_the_list() {
        let mut a = wires();
        // b has two figures; accept both, then order by what is left.
        press(&mut a, "J<tab>a");
        press(&mut a, "ja");
        assert_eq!(a.unreviewed(a.current().unwrap()), 0);
        press(&mut a, "<s-tab><s-tab>OOOO");
        assert_eq!(a.article_order, ArticleOrder::Unreviewed);
        let left: Vec<usize> = a.visible.iter().map(|&i| a.unreviewed(i)).collect();
        assert!(left.windows(2).all(|w| w[0] >= w[1]), "{left:?}");
        assert_eq!(visible(&a).last(), Some(&"b"));
        // Reviewing works down the list without reordering it.
        let before = visible(&a).join(",");
        press(&mut a, "g<tab>a");
        assert_eq!(visible(&a).join(","), before);
    }

    #[test]
    fn moving_next_article_and_search_hits_follow_the_order_shown() {
        let mut a = wires();
        press(&mut a, "O");
        assert_eq!(visible(&a), ["e", "b", "a", "c", "d"]);
        press(&mut a, "g");
        assert_eq!(current_id(&a), "e");
        press(&mut a, "j");
        assert_eq!(current_id(&a), "b", "j in the list");
        press(&mut a, "J");
        assert_eq!(current_id(&a), "a", "J");
        press(&mut a, "K");
        assert_eq!(current_id(&a), "b", "K");
        press(&mut a, "g/launched<enter>");
        land(&mut a);
        // The first hit from the top of the list shown, then the next.
        assert_eq!(current_id(&a), "b");
        assert_eq!(
            a.message.as_deref(),
            Some("hit 1 of 4 shown for /launched/")
        );
        press(&mut a, "n");
        assert_eq!(current_id(&a), "a");
        press(&mut a, "nn");
        assert_eq!(current_id(&a), "d");
        press(&mut a, "n");
        assert_eq!(current_id(&a), "b", "round to the top");
        press(&mut a, "N");
        assert_eq!(current_id(&a), "d", "and back");
        let s = screen(&a, 120, 40);
        assert!(s.contains("/launched/ 4/4"), "{s}");
    }

    #[test]
    fn a_hit_whose_article_is_filtered_out_steps_on_from_the_selection() {
        let mut a = wires();
        // From a's figure, after its `launched`: the next hit is c's.
        press(&mut a, "O/launched<enter>");
        land(&mut a);
        assert_eq!(current_id(&a), "c");
        press(&mut a, "&wire two<enter>");
        assert_eq!(visible(&a), ["b", "d"]);
        assert_eq!(current_id(&a), "d", "where c would be");
        press(&mut a, "n");
        assert_eq!(current_id(&a), "b", "round from d");
        assert_eq!(
            a.message.as_deref(),
            Some("hit 1 of 2 shown for /launched/")
        );
    }

    #[test]
    fn the_next_unreviewed_follows_the_order_shown() {
        let mut a = wires();
        press(&mut a, "O");
        press(&mut a, "g<tab>");
        press(&mut a, " ");
        assert_eq!(current_id(&a), "b", "after e, in the order shown");
    }

    // ----- , and =: filters on the figures' columns -----

    #[test]
    fn comma_offers_the_selected_figures_own_values() {
        let mut a = wires();
        press(&mut a, "J<tab>");
        let id = a.figure.unwrap();
        assert_eq!(a.fig(id).value, 40);
        press(&mut a, ",");
        let Modal::Choose(c) = &a.modal else {
            panic!("no chooser: {:?}", a.modal)
        };
        let f = a.fig(id);
        assert_eq!(
            c.options,
            vec![
                ColumnFilter::Claimant(f.claimant),
                ColumnFilter::Item(Item::Drone),
                ColumnFilter::Event(Event::Launched),
                ColumnFilter::Attacker(f.attacker),
                ColumnFilter::Source {
                    text: "Ukraine's air force".into(),
                    whole: true
                },
                ColumnFilter::Outlet {
                    text: "Wire Two".into(),
                    whole: true
                },
                ColumnFilter::Night(date(6, 9)),
                ColumnFilter::Value(Cmp::AtLeast, 40),
            ]
        );
        let s = screen(&a, 120, 40);
        assert!(s.contains("Filter by a value of 40 drone launched"), "{s}");
        assert!(s.contains("6 outlet   Wire Two"), "{s}");
        assert!(s.contains("8 value    ≥ 40"), "{s}");
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
        assert!(a.filters.columns.is_empty());
    }

    #[test]
    fn filters_stack_hide_articles_show_on_top_and_esc_clears() {
        let mut a = wires();
        press(&mut a, "J<tab>,");
        // The outlet, by its row.
        press(&mut a, "jjjjj<enter>");
        assert_eq!(a.filters.columns.expression(), "outlet==Wire Two");
        assert_eq!(visible(&a), ["b", "d"]);
        // Then the value, by its number: at least 40.
        press(&mut a, ",8");
        assert_eq!(a.filters.columns.expression(), "outlet==Wire Two value≥40");
        assert_eq!(visible(&a), ["b", "d"]);
        press(&mut a, "=");
        assert_eq!(
            a.modal,
            Modal::Expression("outlet==Wire Two value≥40 ".into())
        );
        typed(&mut a, "value>=50");
        press(&mut a, "<enter>");
        assert_eq!(visible(&a), ["d"], "b's figures are under 50");
        assert!(a.rows.iter().all(|&id| a.fig(id).value >= 50));
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("filters: outlet==Wire Two · value≥40 · value≥50 · Esc clears"),
            "the filter line on top of the figures: {s}"
        );
        assert!(s.contains("Articles 1/5 · 3 filters"), "{s}");
        press(&mut a, "<esc>");
        assert!(a.filters.columns.is_empty());
        assert_eq!(visible(&a).len(), 5);
        assert!(!screen(&a, 120, 40).contains("filters:"));
    }

    #[test]
    fn the_same_value_again_lifts_its_filter() {
        let mut a = wires();
        press(&mut a, "<tab>,1");
        assert_eq!(a.filters.columns.len(), 1);
        press(&mut a, ",1");
        assert!(a.filters.columns.is_empty());
    }

    #[test]
    fn an_expression_sets_the_stack_and_a_bad_one_keeps_the_prompt() {
        let mut a = wires();
        press(&mut a, "=");
        typed(&mut a, "item=drone, source=AIR  force value<50");
        press(&mut a, "<enter>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(visible(&a), ["b"]);
        assert_eq!(
            a.message.as_deref(),
            Some(
                "only figures with item=drone · source=AIR force · value<50: 1 article (Esc clears)"
            )
        );
        press(&mut a, "=");
        press(&mut a, "<bs><bs><bs><bs><bs><bs><bs><bs><bs>");
        typed(&mut a, "claimant=xx");
        press(&mut a, "<enter>");
        assert!(matches!(a.modal, Modal::Expression(_)), "still open");
        let msg = a.message.clone().unwrap();
        assert!(
            msg.contains("claimant=xx: not one of ru, ua, other, unknown"),
            "{msg}"
        );
        let s = screen(&a, 120, 40);
        assert!(s.contains("not one of ru, ua"), "{s}");
        press(&mut a, "<esc>");
        assert_eq!(visible(&a), ["b"], "Esc in the prompt changes nothing");
        // Empty: no filter.
        press(&mut a, "=");
        let Modal::Expression(t) = &a.modal else {
            panic!()
        };
        let n = t.chars().count();
        for _ in 0..n {
            press(&mut a, "<bs>");
        }
        press(&mut a, "<enter>");
        assert!(a.filters.columns.is_empty());
        assert_eq!(visible(&a).len(), 5);
    }

    #[test]
    fn a_paste_goes_into_the_jump_and_the_filters_prompts() {
        let mut a = wires();
        press(&mut a, ":");
        a.on_event(&crossterm::event::Event::Paste("9 june\n2025".into()));
        assert_eq!(a.modal, Modal::Jump("9 june 2025".into()));
        press(&mut a, "<enter>=");
        assert_eq!(current_id(&a), "b");
        a.on_event(&crossterm::event::Event::Paste("value>=100".into()));
        press(&mut a, "<enter>");
        assert_eq!(visible(&a), ["a", "c", "d"]);
    }

    #[test]
    fn night_filter_takes_any_form_the_jump_reads() {
        let mut a = wires();
        press(&mut a, "=");
        typed(&mut a, "night=4 June 2025 source=air force claimant=ua");
        press(&mut a, "<enter>");
        assert_eq!(visible(&a), ["a", "d"]);
        assert!(
            a.filters
                .columns
                .contains(&ColumnFilter::Claimant(Claimant::Ua))
        );
        assert!(a.filters.columns.contains(&ColumnFilter::Night(date(6, 4))));
    }

    #[test]
    fn the_summary_sheet_adds_to_the_same_stack() {
        let mut a = wires();
        press(&mut a, "=");
        typed(&mut a, "value>=100");
        press(&mut a, "<enter>s<enter>");
        assert_eq!(a.filters.columns.len(), 2, "{:?}", a.filters.columns);
        assert!(a.filters.columns.iter().any(|c| c.column() == "claimant"));
        assert!(
            a.filters
                .columns
                .contains(&ColumnFilter::Value(Cmp::AtLeast, 100))
        );
    }

    // ----- S: sources -----

    fn sources_open(a: &App) -> &counterclaim::tui::app::SourcesView {
        match &a.modal {
            Modal::Sources(v) => v,
            m => panic!("no sources view: {m:?}"),
        }
    }

    #[test]
    fn capital_s_counts_every_outlet_and_speaker() {
        let mut a = wires();
        press(&mut a, "S");
        let v = sources_open(&a);
        let row = |who: Who, name: &str| {
            v.rows
                .iter()
                .find(|t| t.who == who && t.name == name)
                .unwrap_or_else(|| panic!("no {name}: {:#?}", v.rows))
                .clone()
        };
        let air = row(Who::Speaker, "Ukraine's air force");
        // a, b (two figures) and d, written two ways.
        assert_eq!((air.figures, air.articles, air.nights), (4, 3, 2));
        assert_eq!((air.first, air.last), (Some(date(6, 4)), Some(date(6, 9))));
        // 100 on the 4th is against the governor's 120.
        assert_eq!(air.disputed, 2);
        let wire_two = row(Who::Outlet, "Wire Two");
        assert_eq!(
            (wire_two.figures, wire_two.articles, wire_two.disputed),
            (3, 2, 1)
        );
        let alpha = row(Who::Outlet, "Alpha Wire");
        assert_eq!((alpha.figures, alpha.disputed), (1, 1));
        assert_eq!(v.outlets(), 4);
        assert_eq!(v.sort, SortBy::Figures);
        assert_eq!(v.rows[0].name, "Ukraine's air force", "most figures first");
        let s = screen(&a, 120, 40);
        assert!(
            s.contains("Sources · 4 outlets, 2 speakers · by figures"),
            "{s}"
        );
        assert!(s.contains("2025-06-04–06-09 (2)"), "{s}");
        assert!(s.contains("2  50%"), "{s}");
    }

    #[test]
    fn o_orders_the_sources_and_enter_filters_the_figures_to_one() {
        let mut a = wires();
        press(&mut a, "S");
        press(&mut a, "o");
        let v = sources_open(&a);
        assert_eq!(v.sort, SortBy::Disagreement);
        assert_eq!(v.rows[0].disagreement(), 1.0);
        assert_eq!(a.message.as_deref(), Some("sources by disagreement"));
        press(&mut a, "o");
        let v = sources_open(&a);
        assert_eq!(v.sort, SortBy::Name);
        let names: Vec<&str> = v.rows.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Alpha Wire",
                "the governor",
                "Ukraine's air force",
                "Wire One",
                "Wire Two",
                "Zulu Post"
            ]
        );
        // The row selected stays selected; the governor is a speaker.
        assert_eq!(v.rows[v.selected].name, "Ukraine's air force");
        press(&mut a, "gj<enter>");
        assert_eq!(a.modal, Modal::None);
        assert_eq!(a.filters.columns.expression(), "source==the governor");
        assert_eq!(visible(&a), ["c", "e"]);
        // Kept for the next opening.
        press(&mut a, "S");
        assert_eq!(sources_open(&a).sort, SortBy::Name);
        press(&mut a, "G");
        assert_eq!(sources_open(&a).selected, 5);
        press(&mut a, "<esc>");
        assert_eq!(a.modal, Modal::None);
    }

    #[test]
    fn the_sources_follow_the_review() {
        let mut a = wires();
        press(&mut a, "S");
        let alpha = |a: &App| {
            sources_open(a)
                .rows
                .iter()
                .find(|t| t.name == "Alpha Wire")
                .map(|t| (t.figures, t.disputed))
        };
        assert_eq!(alpha(&a), Some((1, 1)));
        // c's 120 marked not a figure: nobody disputes the 100 any more.
        press(&mut a, "<esc>JJ<tab>x");
        press(&mut a, "S");
        assert_eq!(alpha(&a), None);
        let air = sources_open(&a)
            .rows
            .iter()
            .find(|t| t.name == "Ukraine's air force")
            .unwrap();
        assert_eq!(air.disputed, 0);
    }

    #[test]
    fn the_sources_shown_while_the_claims_are_compared_again_are_redone_when_they_land() {
        let mut a = wires();
        let alpha = |a: &App| {
            let v = sources_open(a);
            let t = v.rows.iter().find(|t| t.name == "Alpha Wire").unwrap();
            (t.figures, t.disputed, v.updating)
        };
        let landed = |a: &mut App| {
            let start = std::time::Instant::now();
            while sources_open(a).updating {
                assert!(
                    start.elapsed().as_secs() < 10,
                    "the comparison never landed"
                );
                a.tick();
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
        };
        press(&mut a, "JJ<tab>xS");
        landed(&mut a);
        assert!(
            !sources_open(&a).rows.iter().any(|t| t.name == "Alpha Wire"),
            "c's 120 is not a figure"
        );
        // c's 120 back: the corpus is compared again on its thread; until
        // then its figure counts, but no claim of its is there to dispute.
        press(&mut a, "<esc>uS");
        assert_eq!(alpha(&a), (1, 0, true));
        let s = screen(&a, 120, 40);
        assert!(s.contains("· updating… · Enter filters"), "{s}");
        landed(&mut a);
        assert_eq!(alpha(&a), (1, 1, false));
        assert!(!screen(&a, 120, 40).contains("updating…"));
    }

    // ----- screens -----

    #[test]
    fn sources_view_screens() {
        let mut a = app();
        press(&mut a, "S");
        insta::assert_snapshot!("sources_120x40", screen(&a, 120, 40));
        insta::assert_snapshot!("sources_80x24", screen(&a, 80, 24));
    }

    #[test]
    fn filter_line_screens() {
        let mut a = app();
        press(&mut a, "<tab><tab>=");
        typed(&mut a, "item=drone claimant=ua");
        press(&mut a, "<enter>");
        insta::assert_snapshot!("filter_line_120x40", screen(&a, 120, 40));
        insta::assert_snapshot!("filter_line_80x24", screen(&a, 80, 24));
    }

    #[test]
    fn chooser_screen() {
        let mut a = app();
        press(&mut a, "JJ<tab>j,");
        insta::assert_snapshot!("chooser_120x40", screen(&a, 120, 40));
    }

    #[test]
    fn jump_prompt_screens() {
        let mut a = app();
        press(&mut a, ":");
        typed(&mut a, "2025-06-16");
        insta::assert_snapshot!("jump_prompt_120x40", screen(&a, 120, 40));
        insta::assert_snapshot!("jump_prompt_80x24", screen(&a, 80, 24));
    }
}
