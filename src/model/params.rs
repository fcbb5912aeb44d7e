//! The publisher's URL parameters (see SPEC: Publisher contract). Unknown or invalid
//! values are ignored with a warning and defaults apply: never an error page.

use super::date::Date;
use super::i18n::Lang;
use super::theme::Theme;

/// `lang`: a language, or `auto` (from the browser).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LangParam {
    #[default]
    En,
    Zh,
    Auto,
}

impl LangParam {
    /// The language to show, given the browser's preferred languages for `auto`.
    pub fn resolve<'a>(self, preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        match self {
            LangParam::En => Lang::En,
            LangParam::Zh => Lang::Zh,
            LangParam::Auto => preferred
                .into_iter()
                .map(|tag| tag.to_ascii_lowercase())
                .find_map(|tag| match tag.split('-').next() {
                    Some("zh") => Some(Lang::Zh),
                    Some("en") => Some(Lang::En),
                    _ => None,
                })
                .unwrap_or_default(),
        }
    }
}

/// `theme`: a fixed theme, or `auto` (follow `prefers-color-scheme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeParam {
    Fixed(Theme),
    #[default]
    Auto,
}

/// `view`: which parts are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewParam {
    #[default]
    Both,
    Timeline,
    Chart,
}

/// The parsed parameters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub lang: LangParam,
    pub theme: ThemeParam,
    pub event: Option<String>,
    pub as_of: Option<Date>,
    pub view: ViewParam,
    pub plain: bool,
    pub static_mode: bool,
    /// Pym's `childId`: when given, height messages in Pym's format carry it.
    pub child_id: Option<String>,
}

impl Params {
    /// Parses a query string (with or without `?`) and a hash (with or without `#`) for data
    /// that begins on `first_day` (an `asof` before it would show nothing). Returns the
    /// parameters and one warning per value that was ignored.
    pub fn parse(query: &str, hash: &str, first_day: Date) -> (Params, Vec<String>) {
        let mut p = Params::default();
        let mut warnings = Vec::new();
        let mut parent_event = None;
        let bad = |warnings: &mut Vec<String>, key: &str, value: &str, expected: &str| {
            warnings.push(format!("tariff-timeline: ignored {key}=\"{value}\" (expected {expected})"));
        };
        for (key, value) in pairs(query.trim_start_matches('?')) {
            match key.as_str() {
                "lang" => match value.as_str() {
                    "en" => p.lang = LangParam::En,
                    "zh" => p.lang = LangParam::Zh,
                    "auto" => p.lang = LangParam::Auto,
                    _ => bad(&mut warnings, &key, &value, "en, zh or auto"),
                },
                "theme" => match value.as_str() {
                    "light" => p.theme = ThemeParam::Fixed(Theme::Light),
                    "dark" => p.theme = ThemeParam::Fixed(Theme::Dark),
                    "auto" => p.theme = ThemeParam::Auto,
                    _ => bad(&mut warnings, &key, &value, "light, dark or auto"),
                },
                "view" => match value.as_str() {
                    "both" => p.view = ViewParam::Both,
                    "timeline" => p.view = ViewParam::Timeline,
                    "chart" => p.view = ViewParam::Chart,
                    _ => bad(&mut warnings, &key, &value, "both, timeline or chart"),
                },
                "asof" => match Date::parse(&value) {
                    Ok(d) if d >= first_day => p.as_of = Some(d),
                    Ok(_) => bad(&mut warnings, &key, &value, &format!("a date from {first_day}")),
                    Err(_) => bad(&mut warnings, &key, &value, "a date YYYY-MM-DD"),
                },
                "event" if is_event_id(&value) => p.event = Some(value),
                "event" => bad(&mut warnings, &key, &value, "an event id"),
                "plain" | "static" => match value.as_str() {
                    "1" => {
                        if key == "plain" {
                            p.plain = true
                        } else {
                            p.static_mode = true
                        }
                    }
                    "0" => {}
                    _ => bad(&mut warnings, &key, &value, "1"),
                },
                "childId" if is_child_id(&value) => p.child_id = Some(value),
                "childId" => bad(&mut warnings, &key, &value, "letters, digits, '-', '_', ':' or '.'"),
                "initialWidth" => {
                    if !value.parse::<u32>().is_ok_and(|w| (1..=100_000).contains(&w)) {
                        bad(&mut warnings, &key, &value, "a width in pixels")
                    }
                }
                // Pym's parent passes its page's URL: a shared article link that ends in
                // `#event=<id>` opens that event in the frame too.
                "parentUrl" if value.starts_with("https://") || value.starts_with("http://") => {
                    parent_event = value.split_once('#').and_then(|(_, hash)| hash_event(hash));
                }
                "parentUrl" => bad(&mut warnings, &key, &value, "an http(s) URL"),
                "parentTitle" => {}
                _ => warnings.push(format!("tariff-timeline: ignored unknown parameter \"{key}\"")),
            }
        }
        // A `#event=<id>` link (the frame's own, else the host page's) wins over `?event=`:
        // it is what the reader shared last.
        if let Some(id) = parent_event.filter(|id| is_event_id(id)) {
            p.event = Some(id);
        }
        if let Some(id) = hash_event(hash) {
            if is_event_id(&id) { p.event = Some(id) } else { bad(&mut warnings, "#event", &id, "an event id") }
        }
        (p, warnings)
    }
}

/// The value of `event=` in a URL hash.
fn hash_event(hash: &str) -> Option<String> {
    pairs(hash.trim_start_matches('#')).find(|(k, _)| k == "event").map(|(_, v)| v)
}

/// Whether `s` has the shape of an event id (the data's ids are lowercase slugs).
pub fn is_event_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_child_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 100 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
}

/// `key=value` pairs of a query string, percent-decoded.
fn pairs(s: &str) -> impl Iterator<Item = (String, String)> + '_ {
    s.split('&').filter(|kv| !kv.is_empty()).map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (decode(k), decode(v))
    })
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match s.get(i + 1..i + 3).filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit())) {
                Some(hex) => {
                    out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses for data that begins on 20 January 2025.
    fn parse(query: &str, hash: &str) -> (Params, Vec<String>) {
        Params::parse(query, hash, Date::parse("2025-01-20").unwrap())
    }

    #[test]
    fn defaults_apply_without_parameters() {
        let (p, warnings) = parse("", "");
        assert_eq!(p, Params::default());
        assert!(warnings.is_empty());
    }

    #[test]
    fn reads_every_public_parameter() {
        let (p, warnings) = parse(
            "?lang=zh&theme=dark&event=geneva-talks&asof=2025-07-23&view=chart&plain=1&static=1&childId=g1&initialWidth=320",
            "",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(p.lang, LangParam::Zh);
        assert_eq!(p.theme, ThemeParam::Fixed(Theme::Dark));
        assert_eq!(p.event.as_deref(), Some("geneva-talks"));
        assert_eq!(p.as_of, Date::parse("2025-07-23").ok());
        assert_eq!(p.view, ViewParam::Chart);
        assert!(p.plain && p.static_mode);
        assert_eq!(p.child_id.as_deref(), Some("g1"));
    }

    #[test]
    fn invalid_values_are_ignored_with_one_warning_each() {
        let (p, warnings) = parse("lang=fr&theme=blue&asof=2025-02-30&view=map&plain=yes&event=%3Cscript%3E&foo=1", "");
        assert_eq!(p, Params::default());
        assert_eq!(warnings.len(), 7, "{warnings:?}");
        assert!(warnings[0].contains("lang=\"fr\""));
    }

    #[test]
    fn asof_is_taken_from_the_first_day_of_the_data() {
        let (p, warnings) = parse("asof=2025-01-19", "");
        assert_eq!(p.as_of, None);
        assert_eq!(warnings, ["tariff-timeline: ignored asof=\"2025-01-19\" (expected a date from 2025-01-20)"]);
        assert_eq!(parse("asof=2025-01-20", "").0.as_of, Date::parse("2025-01-20").ok());
        assert_eq!(parse("asof=2030-01-01", "").0.as_of, Date::parse("2030-01-01").ok());
    }

    #[test]
    fn the_hash_names_the_event_and_wins() {
        let (p, _) = parse("event=a", "#event=geneva-talks");
        assert_eq!(p.event.as_deref(), Some("geneva-talks"));
    }

    #[test]
    fn auto_language_follows_the_browser() {
        assert_eq!(LangParam::Auto.resolve(["zh-CN", "en"]), Lang::Zh);
        assert_eq!(LangParam::Auto.resolve(["fr-FR", "en-GB"]), Lang::En);
        assert_eq!(LangParam::Auto.resolve([]), Lang::En);
    }

    #[test]
    fn pyms_parameters_are_checked() {
        let (p, warnings) = parse(
            "initialWidth=375&childId=tariff-graphic_1&parentTitle=Trade%20war%20%3Cb%3E&parentUrl=https%3A%2F%2Fnews.example%2Fa",
            "",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(p.child_id.as_deref(), Some("tariff-graphic_1"));
        let (p, warnings) = parse("initialWidth=wide&childId=a%22b&parentUrl=javascript:alert(1)", "");
        assert_eq!(p, Params::default());
        assert_eq!(warnings.len(), 3, "{warnings:?}");
    }

    #[test]
    fn the_host_pages_event_link_opens_the_event() {
        let url = "parentUrl=https%3A%2F%2Fnews.example%2Fa%3Fx%3D1%23event%3Dgeneva-talks&event=other";
        assert_eq!(parse(url, "").0.event.as_deref(), Some("geneva-talks"));
        // The frame's own hash is newer still.
        assert_eq!(parse(url, "#event=mine").0.event.as_deref(), Some("mine"));
        let hostile = "parentUrl=https%3A%2F%2Fnews.example%2F%23event%3D%3Cscript%3E&event=other";
        assert_eq!(parse(hostile, "").0.event.as_deref(), Some("other"));
    }

    #[test]
    fn percent_decoding_is_lenient() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        const KEYS: &[&str] = &[
            "lang",
            "theme",
            "event",
            "asof",
            "view",
            "plain",
            "static",
            "childId",
            "initialWidth",
            "parentTitle",
            "parentUrl",
            "foo",
            "",
        ];
        /// Pieces hostile input is made of: separators, broken escapes, markup, valid words.
        const PIECES: &[&str] = &[
            "&",
            "=",
            "#",
            "?",
            "%",
            "%2",
            "%zz",
            "%00",
            "%FF",
            "%E4%B8",
            "%E4%B8%AD",
            "+",
            "lang",
            "zh",
            "theme",
            "dark",
            "event",
            "geneva-talks",
            "asof",
            "2025-02-30",
            "2025-07-23",
            "static",
            "1",
            "childId",
            "initialWidth",
            "-1",
            "99999999999",
            "parentUrl",
            "https://",
            "javascript:",
            "<script>",
            "\"",
            "\u{0}",
            "中",
            "\u{202e}",
            " ",
        ];

        fn piecewise() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            #[test]
            fn any_text_parses_without_panic(query in "\\PC{0,120}", hash in "\\PC{0,60}") {
                let _ = parse(&query, &hash);
            }

            #[test]
            fn hostile_pieces_parse_without_panic(query in piecewise(), hash in piecewise()) {
                let (p, warnings) = parse(&query, &hash);
                let pairs = query.split('&').count() + 1;
                prop_assert!(warnings.len() <= pairs);
                prop_assert!(p.event.as_deref().is_none_or(is_event_id));
                prop_assert!(p.child_id.as_deref().is_none_or(is_child_id));
            }

            #[test]
            fn one_parameter_is_taken_or_warned_about_once(key in prop::sample::select(KEYS), value in "\\PC{0,30}") {
                let query = format!("{key}={}", value.replace('%', "%25").replace('&', "%26").replace('+', "%2B"));
                let (p, warnings) = parse(&query, "");
                prop_assert!(warnings.len() <= 1, "{:?}", warnings);
                if warnings.len() == 1 {
                    prop_assert_eq!(p, Params::default());
                }
            }
        }
    }
}
