//! Which language an article is in: the one its header or field names, else the one its prose reads as.

use super::Loaded;
use crate::model::{Article, Language};

/// Letters only Ukrainian of the two uses.
const UK_LETTERS: &[char] = &['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'];
/// Letters only Russian of the two uses.
const RU_LETTERS: &[char] = &['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'];

/// Common short words of one language that the other does not write so,
/// lower case: words both share (`не`, `на`, `для`) tell nothing.
const UK_WORDS: &[&str] = &[
    "і",
    "й",
    "з",
    "що",
    "та",
    "від",
    "як",
    "це",
    "але",
    "його",
    "також",
    "щоб",
    "під",
    "після",
];
const RU_WORDS: &[&str] = &[
    "и",
    "с",
    "что",
    "от",
    "как",
    "это",
    "но",
    "его",
    "также",
    "чтобы",
    "под",
    "после",
];

/// Sets `article.language` from `given` (a `Language:` header or
/// `language` field) when it names one, else from the article's prose,
/// warning in `out` of a name not understood and of prose that could be
/// either Ukrainian or Russian. `at` prefixes the warnings to say which
/// item of a file is meant.
pub(super) fn settle(
    article: &mut Article,
    given: Option<&str>,
    origin: &str,
    at: &str,
    out: &mut Loaded,
) {
    let (language, notes) = choose(article, given);
    article.language = language;
    for note in notes {
        out.warn(origin, format!("{at}{note}"));
    }
}

/// The article's language, and what to warn of about it.
pub(super) fn choose(article: &Article, given: Option<&str>) -> (Language, Vec<String>) {
    if let Some(language) = given.and_then(Language::from_name) {
        return (language, Vec::new());
    }
    let mut notes = Vec::new();
    let zones = article.zones.iter().map(|z| &article.text[z.clone()]);
    let reading = read(zones);
    if let Some(name) = given {
        notes.push(format!(
            "unknown language {name:?} (en, uk or ru); read from the text as {}",
            reading.language.code()
        ));
    }
    if let Some(why) = reading.unclear {
        notes.push(format!(
            "language unclear ({why}); read as {}, the likelier",
            reading.language.code()
        ));
    }
    (reading.language, notes)
}

/// What the prose reads as, and why it is unclear when it is.
#[derive(Debug, PartialEq, Eq)]
struct Reading {
    language: Language,
    unclear: Option<&'static str>,
}

/// Reads the language of some prose: English when Latin letters outnumber
/// Cyrillic ones, else Ukrainian or Russian by the letters only one of
/// them has, and when those are of both kinds or of neither, by which
/// kind, with the words only one of them uses, is the more common.
fn read<'a>(texts: impl Iterator<Item = &'a str> + Clone) -> Reading {
    let english = Reading {
        language: Language::En,
        unclear: None,
    };
    if texts.clone().all(str::is_ascii) {
        return english;
    }
    let (mut latin, mut cyrillic, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
    for c in texts.clone().flat_map(str::chars) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if ('\u{400}'..='\u{4ff}').contains(&c) {
            cyrillic += 1;
            uk += usize::from(UK_LETTERS.contains(&c));
            ru += usize::from(RU_LETTERS.contains(&c));
        }
    }
    if cyrillic <= latin {
        return english;
    }
    let unclear = match (uk > 0, ru > 0) {
        (true, false) => {
            return Reading {
                language: Language::Uk,
                unclear: None,
            };
        }
        (false, true) => {
            return Reading {
                language: Language::Ru,
                unclear: None,
            };
        }
        (true, true) => "both Ukrainian і ї є ґ and Russian ы э ъ ё",
        (false, false) => "neither Ukrainian і ї є ґ nor Russian ы э ъ ё",
    };
    for word in texts.flat_map(|t| t.split(|c: char| !c.is_alphabetic())) {
        let word = word.to_lowercase();
        uk += usize::from(UK_WORDS.contains(&word.as_str()));
        ru += usize::from(RU_WORDS.contains(&word.as_str()));
    }
    Reading {
        // Ukrainian on a tie: the news this tool reads is more often that.
        language: if ru > uk { Language::Ru } else { Language::Uk },
        unclear: Some(unclear),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> Reading {
        read(std::iter::once(text))
    }

    fn clear(language: Language) -> Reading {
        Reading {
            language,
            unclear: None,
        }
    }

    #[test]
    fn ukrainian_prose() {
        let text = "Уночі росіяни атакували Київ ударними дронами. \
                    Сили ППО збили 40 з 52 безпілотників, повідомили у Повітряних силах.";
        assert_eq!(of(text), clear(Language::Uk));
        assert_eq!(of("Ґрунт на Їжакевича"), clear(Language::Uk));
    }

    #[test]
    fn russian_prose() {
        let text = "Ночью силы ПВО сбили 40 беспилотников над Брянской областью, \
                    сообщили в Минобороны. Пострадавших нет.";
        assert_eq!(of(text), clear(Language::Ru));
        assert_eq!(
            of("Объявлена угроза: всё под контролем"),
            clear(Language::Ru)
        );
    }

    #[test]
    fn english_prose_even_with_a_cyrillic_name() {
        assert_eq!(
            of("Russia launched 50 drones overnight."),
            clear(Language::En)
        );
        assert_eq!(
            of("Café owners in Kyiv said 3 were hurt."),
            clear(Language::En)
        );
        let quoted = "The mayor wrote on Telegram that the strike («Удар по Києву») \
                      damaged 12 homes in the Desnianskyi district overnight.";
        assert_eq!(of(quoted), clear(Language::En));
        assert_eq!(of("—40—"), clear(Language::En), "no letters at all");
    }

    #[test]
    fn both_kinds_of_letters_go_by_the_commoner() {
        // Ukrainian prose quoting a Russian word.
        let text = "Як повідомили у Повітряних силах, ворог запустив дрони «Герань» та ракети, \
                    а російські канали пишуть про «успешный удар».";
        let got = of(text);
        assert_eq!(got.language, Language::Uk);
        assert!(got.unclear.unwrap().starts_with("both"));
        // Russian prose quoting a Ukrainian one.
        let text = "Как сообщили в Минобороны, дроны сбиты над областью, \
                    а украинские каналы пишут о «вибухах у місті».";
        let got = of(text);
        assert_eq!(got.language, Language::Ru);
        assert!(got.unclear.unwrap().starts_with("both"));
    }

    #[test]
    fn neither_kind_goes_by_the_words() {
        let got = of("Удар по Харкову: 5 поранених, як та що");
        assert_eq!(got.language, Language::Uk);
        assert!(got.unclear.unwrap().starts_with("neither"));
        let got = of("Удар по Харькову: 5 раненых");
        assert_eq!(got, clear(Language::Ru), "ы is Russian");
        let got = of("Удар по Харькову, как и что");
        assert_eq!(got.language, Language::Ru);
        // Shared words alone: a tie, read as Ukrainian.
        let got = of("Удар на Харкове не для");
        assert_eq!(got.language, Language::Uk);
        assert!(got.unclear.is_some());
    }

    #[test]
    fn a_named_language_wins_and_a_strange_name_is_warned_of() {
        let article = Article::from_text("a", "Russia launched 50 drones.");
        assert_eq!(choose(&article, Some("Ukrainian")), (Language::Uk, vec![]));
        let (language, notes) = choose(&article, Some("Français"));
        assert_eq!(language, Language::En);
        assert_eq!(
            notes,
            ["unknown language \"Français\" (en, uk or ru); read from the text as en"]
        );
        let article = Article::from_text("a", "Удар по Харкову");
        let (language, notes) = choose(&article, None);
        assert_eq!(language, Language::Uk);
        assert_eq!(
            notes,
            [
                "language unclear (neither Ukrainian і ї є ґ nor Russian ы э ъ ё); read as uk, the likelier"
            ]
        );
    }
}
