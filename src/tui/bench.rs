//! `counterclaim --bench-ui N`: how long a key press takes to handle and
//! redraw at 120×40 with N articles (the sample corpus repeated), by kind
//! of key. The screen is a ratatui `TestBackend`, so the numbers are the
//! app's own work, without the terminal's. Review keys are timed against a
//! review in a temporary folder that already holds 2,000 decisions, each
//! new action written and synced to disk as in use.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::action::{Action, Prepared};
use super::app::{App, Pane};
use super::keymap::Keymap;
use super::theme::Theme;
use super::ui::draw;
use crate::corpus;
use crate::extract::extract;
use crate::review::{self, Entry, Key, Review};
use crate::store::Store;

/// Key presses timed per kind.
const PRESSES: usize = 300;

/// A store of `n` articles: the sample corpus over and over, each copy
/// with ids of its own.
pub fn store(n: usize) -> Store {
    let sample: Vec<_> = corpus::sample()
        .into_iter()
        .map(|a| {
            let f = extract(&a);
            (a, f)
        })
        .collect();
    let mut store = Store::default();
    if sample.is_empty() {
        return store;
    }
    for i in 0..n {
        let (a, figures) = &sample[i % sample.len()];
        let round = i / sample.len();
        let mut a = a.clone();
        let mut figures = figures.clone();
        if round > 0 {
            a.id = format!("{}#{round}", a.id);
            for f in &mut figures {
                f.article = a.id.as_str().into();
            }
        }
        store.push(a, figures);
    }
    store
}

/// Run the benchmark and print a table of timings.
pub fn run(n: usize) -> anyhow::Result<()> {
    let t = Instant::now();
    let store = store(n);
    let built = t.elapsed();
    // What the loader works out once every article is in.
    let t = Instant::now();
    let prepared = Prepared::of(&store);
    let checked = t.elapsed();
    println!(
        "{} articles, {} figures (built in {:.0} ms, doubts and corpus claims in {:.0} ms); 120×40, {PRESSES} presses a kind",
        store.articles().len(),
        store.figures().len(),
        ms(built),
        ms(checked)
    );
    let mut app = App::new(store, Keymap::default(), Theme::default());
    app.take_prepared(prepared);
    let mut terminal = Terminal::new(TestBackend::new(120, 40))?;
    terminal.draw(|f| draw(f, &app))?;

    let mut rows = Vec::new();
    let mut time = |name: &str,
                    app: &mut App,
                    actions: &mut dyn FnMut(usize) -> Action|
     -> anyhow::Result<()> {
        let mut times = Vec::with_capacity(PRESSES);
        for i in 0..PRESSES {
            let action = actions(i);
            let t = Instant::now();
            app.apply(action);
            terminal.draw(|f| draw(f, app))?;
            times.push(t.elapsed());
        }
        rows.push((name.to_string(), times));
        Ok(())
    };

    app.focus = Pane::Figures;
    time("figure j/k (figures pane)", &mut app, &mut |i| {
        if i % 10 < 5 { Action::Down } else { Action::Up }
    })?;
    app.focus = Pane::Text;
    time("figure j/k (text pane)", &mut app, &mut |i| {
        if i % 10 < 5 { Action::Down } else { Action::Up }
    })?;
    time("next article J", &mut app, &mut |_| Action::NextArticle)?;
    time("text PgDn/PgUp", &mut app, &mut |i| {
        if i % 2 == 0 {
            Action::PageDown
        } else {
            Action::PageUp
        }
    })?;
    app.focus = Pane::Articles;
    time("article list j", &mut app, &mut |_| Action::Down)?;
    time("bottom/top G/g", &mut app, &mut |i| {
        if i % 2 == 0 {
            Action::Bottom
        } else {
            Action::Top
        }
    })?;

    // A search over every article, typed and run once.
    app.apply(Action::Search);
    for c in "shot down".chars() {
        app.apply(Action::Input(c));
    }
    // A screen of its own: the other is borrowed by `time`.
    let mut screen = Terminal::new(TestBackend::new(120, 40))?;
    let t = Instant::now();
    app.apply(Action::Enter);
    screen.draw(|f| draw(f, &app))?;
    let enter = t.elapsed();
    // The hits come from the search's own thread: until they are in and drawn.
    while app.searching().is_some() {
        if !app.tick() {
            std::thread::sleep(Duration::from_micros(100));
        }
    }
    screen.draw(|f| draw(f, &app))?;
    let search = t.elapsed();
    let hits = app.search.as_ref().map_or(0, |s| s.hits.len());
    time("next hit n", &mut app, &mut |_| Action::NextHit)?;
    app.focus = Pane::Claims;
    app.lower = Pane::Claims;
    time("claims scope c", &mut app, &mut |_| Action::CycleScope)?;
    time("claims row j", &mut app, &mut |_| Action::Down)?;

    moving_and_finding(&mut app, &mut time)?;

    let dir = std::env::temp_dir().join(format!("counterclaim-bench-{}", std::process::id()));
    let decisions = past_review(&app.store, &dir)?;
    app.set_review(Review::open(&dir));
    app.focus = Pane::Text;
    app.apply(Action::Cancel);
    time(
        "review a/x (saved to disk)",
        &mut app,
        &mut |i| match i % 4 {
            0 => Action::Accept,
            2 => Action::NotAFigure,
            _ => Action::Down,
        },
    )?;
    time("undo u / redo C-r", &mut app, &mut |i| {
        if i % 2 == 0 {
            Action::Undo
        } else {
            Action::Redo
        }
    })?;
    time("next unreviewed Space", &mut app, &mut |_| {
        Action::NextUnreviewed
    })?;
    // A change to a figure while its night's claims are shown compares the
    // night's figures again as reviewed; while the corpus's are (the worst
    // case), the rows of its item and event across the corpus.
    use super::app::ScopeKind;
    for (scope, name) in [
        (ScopeKind::Night, "x/u, night claims shown"),
        (ScopeKind::Corpus, "x/u, corpus claims shown"),
    ] {
        app.scope = scope;
        time(name, &mut app, &mut |i| {
            if i % 2 == 0 {
                Action::NotAFigure
            } else {
                Action::Undo
            }
        })?;
    }
    // The timeline over the corpus as reviewed: opened and closed, then
    // moved in by night and by matter.
    app.scope = ScopeKind::Article;
    time("timeline t (open/close)", &mut app, &mut |_| {
        Action::Timeline
    })?;
    app.apply(Action::Timeline);
    time("timeline night j/k", &mut app, &mut |i| {
        if i % 10 < 5 { Action::Down } else { Action::Up }
    })?;
    time("timeline matter l/h", &mut app, &mut |i| {
        if i % 10 < 5 {
            Action::NextPane
        } else {
            Action::PrevPane
        }
    })?;
    time("timeline ]/[ with figures", &mut app, &mut |i| {
        if i % 10 < 5 {
            Action::NextArticle
        } else {
            Action::PrevArticle
        }
    })?;
    app.apply(Action::Cancel);
    // Taking things elsewhere: accept the rest of an article (y) and take
    // it back (u); the write prompt opened and closed on the figures and
    // on the corpus's claims; a citation copied; accept-and-advance.
    app.scope = ScopeKind::Article;
    app.focus = Pane::Figures;
    time("accept the rest A y / u", &mut app, &mut |i| match i % 4 {
        0 => Action::AcceptAll,
        1 => Action::Input('y'),
        2 => Action::Undo,
        _ => Action::NextArticle,
    })?;
    time("write prompt w (figures)", &mut app, &mut |i| {
        if i % 2 == 0 {
            Action::WriteView
        } else {
            Action::Cancel
        }
    })?;
    app.scope = ScopeKind::Corpus;
    app.focus = Pane::Claims;
    // The corpus's claims as reviewed, compared once on their thread as
    // the pane shows them: `w` writes those rows.
    app.claim_rows();
    time("write prompt w (corpus)", &mut app, &mut |i| {
        if i % 2 == 0 {
            Action::WriteView
        } else {
            Action::Cancel
        }
    })?;
    app.focus = Pane::Text;
    app.scope = ScopeKind::Article;
    time("copy citation y", &mut app, &mut |_| Action::CopyCitation)?;
    app.settings.accept_and_advance = true;
    time("a with accept-and-advance", &mut app, &mut |_| {
        Action::Accept
    })?;
    let _ = std::fs::remove_dir_all(&dir);

    println!(
        "{:<28} {:>9} {:>9} {:>9}",
        "key", "mean ms", "p99 ms", "max ms"
    );
    for (name, mut times) in rows {
        times.sort();
        let mean = times.iter().sum::<Duration>() / times.len() as u32;
        let p99 = times[(times.len() * 99 / 100).min(times.len() - 1)];
        let max = times[times.len() - 1];
        println!(
            "{name:<28} {:>9.3} {:>9.3} {:>9.3}",
            ms(mean),
            ms(p99),
            ms(max)
        );
    }
    println!(
        "search /shot down/ over every article: Enter {:.3} ms, every hit in and shown {:.1} ms, {hits} hits",
        ms(enter),
        ms(search)
    );
    println!("review keys over a review of {decisions} earlier decisions");
    Ok(())
}

/// Times a kind of key press: its name, the app, and the action of each
/// press by its number.
type Timer<'t> =
    dyn FnMut(&str, &mut App, &mut dyn FnMut(usize) -> Action) -> anyhow::Result<()> + 't;

/// The keys that jump, order and filter: `:` and a date typed and gone
/// to, `O`, `,` with a value chosen (its filter stacked, then lifted),
/// moving with a filter on, and `S` opened and closed, as it is and after
/// a figure changed. Leaves the app as loaded, unfiltered, unreviewed.
fn moving_and_finding(app: &mut App, time: &mut Timer<'_>) -> anyhow::Result<()> {
    app.apply(Action::Cancel);
    app.apply(Action::Cancel);
    app.focus = Pane::Articles;
    let typed: Vec<Action> = std::iter::once(Action::Jump)
        .chain("2025-06-16".chars().map(Action::Input))
        .chain([Action::Enter])
        .collect();
    time(": jump to a night", app, &mut |i| {
        typed[i % typed.len()].clone()
    })?;
    time("O articles order", app, &mut |_| Action::SortArticles)?;
    while app.article_order != super::app::ArticleOrder::Loaded {
        app.apply(Action::SortArticles);
    }
    app.focus = Pane::Figures;
    time(", filter by a value", app, &mut |i| {
        if i % 2 == 0 {
            Action::FilterByValue
        } else {
            Action::Input('1')
        }
    })?;
    app.apply(Action::FilterByValue);
    app.apply(Action::Input('2'));
    app.focus = Pane::Articles;
    time("article j, a filter on", app, &mut |i| {
        if i % 10 < 5 { Action::Down } else { Action::Up }
    })?;
    app.apply(Action::Cancel);
    time("S sources open/close", app, &mut |i| {
        if i % 2 == 0 {
            Action::Sources
        } else {
            Action::Cancel
        }
    })?;
    // Each opening after a figure changed works the tallies out anew.
    app.focus = Pane::Text;
    time("x, S, Esc, u: S recounted", app, &mut |i| match i % 4 {
        0 => Action::NotAFigure,
        1 => Action::Sources,
        2 => Action::Cancel,
        _ => Action::Undo,
    })?;
    Ok(())
}

/// A review log in `dir` with an acceptance of every 25th figure (2,000 at
/// most), as an analyst's earlier sessions would have left it.
fn past_review(store: &Store, dir: &std::path::Path) -> anyhow::Result<usize> {
    use std::io::Write;
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("review.jsonl"))?);
    let mut hashes = std::collections::HashMap::new();
    let mut n = 0;
    for id in (0..store.figures().len() as u32).step_by(25).take(2000) {
        let a = store.owner(id);
        let f = store.figure(id);
        let hash = hashes
            .entry(a)
            .or_insert_with(|| review::text_hash(store.article(a)));
        let entry = Entry {
            id: format!("bench-{n}"),
            time: chrono::Utc::now(),
            batch: None,
            action: review::Action::Accept {
                key: Key {
                    article: f.article.to_string(),
                    text_hash: hash.clone(),
                    start: f.start,
                    end: f.end,
                    value: f.value,
                },
            },
        };
        writeln!(out, "{}", serde_json::to_string(&entry)?)?;
        n += 1;
    }
    out.flush()?;
    Ok(n)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
