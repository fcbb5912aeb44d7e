//! `?asof=` says nothing that was not known that day: for every rate-step and deadline
//! date (±1 day) and the first of every month, no text a reader sees mentions a later
//! day, unless it is a deadline already set by then ("scheduled as of…").
//! Runs on the edition the graphic was built with, whichever it is.

use tariff_timeline::model::DATASET;
use tariff_timeline::model::chart_view::{ChartInput, ChartView};
use tariff_timeline::model::dataset::Dataset;
use tariff_timeline::model::date::Date;
use tariff_timeline::model::deadlines::passed_notes;
use tariff_timeline::model::i18n::{Lang, format_approx, format_date};
use tariff_timeline::model::takeaways::{Takeaways, chart_text_alternative, subtitle};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) an English word names, in full or by its first three letters.
fn month_of(word: &str) -> Option<u32> {
    let w = word.rsplit('-').next()?.to_lowercase(); // "mid-March"
    let i = MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)))?;
    Some(i as u32 + 1)
}

fn last_day(year: i32, month: u32) -> Date {
    let next = if month == 12 { Date::from_ymd(year + 1, 1, 1) } else { Date::from_ymd(year, month + 1, 1) };
    next.unwrap().add_days(-1)
}

/// Every date a text mentions, as the span of days it may mean: "10 Nov 2026" one day,
/// "November 2026" a month, "2026" a year; also `2026-11-10` and `2026年11月10日`.
fn mentions(text: &str) -> Vec<(Date, Date)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let before_digit = i > 0 && chars[i - 1].is_ascii_digit();
        if run == 4 && !before_digit {
            let year: i32 = chars[i..i + 4].iter().collect::<String>().parse().unwrap();
            if (2000..2100).contains(&year) {
                out.push(span(&chars, i, year));
            }
        }
        i += run.max(1);
    }
    out
}

fn number_after(chars: &[char], at: usize, sep: char) -> Option<(u32, usize)> {
    if chars.get(at) != Some(&sep) {
        return None;
    }
    let n = chars[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let v = chars[at + 1..at + 1 + n].iter().collect::<String>().parse().ok()?;
    Some((v, at + 1 + n))
}

/// The days a year at `at` may mean, given the words around it.
fn span(chars: &[char], at: usize, year: i32) -> (Date, Date) {
    let whole_year = (Date::from_ymd(year, 1, 1).unwrap(), Date::from_ymd(year, 12, 31).unwrap());
    // 2026-11-10 and 2026年11月10日
    for (sep, sep2) in [('-', '-'), ('年', '月')] {
        if let Some((m, next)) = number_after(chars, at + 4, sep)
            && (1..=12).contains(&m)
        {
            return match number_after(chars, next, sep2).and_then(|(d, _)| Date::from_ymd(year, m, d)) {
                Some(day) => (day, day),
                None => (Date::from_ymd(year, m, 1).unwrap(), last_day(year, m)),
            };
        }
    }
    let before: String = chars[..at].iter().collect();
    let mut words = before.split_whitespace().rev();
    let Some(month) = words.next().and_then(|w| month_of(w.trim_end_matches(','))) else { return whole_year };
    let day = words.next().and_then(|w| w.rsplit(['–', '-']).next()?.parse::<u32>().ok());
    match day.and_then(|d| Date::from_ymd(year, month, d)) {
        Some(day) => (day, day),
        None => (Date::from_ymd(year, month, 1).unwrap(), last_day(year, month)),
    }
}

/// Every text a reader can see for the data as of a day, in one language.
fn reader_texts(data: &Dataset, as_of: Date, lang: Lang) -> Vec<String> {
    let meta = &data.meta;
    let mut texts = vec![
        subtitle(data, lang),
        meta.title.get(lang).to_owned(),
        meta.credits.get(lang).to_owned(),
        meta.definitions().get(lang).to_owned(),
        meta.methodology().get(lang).to_owned(),
        format_date(meta.updated, lang),
        chart_text_alternative(data, lang),
    ];
    texts.extend(meta.revisions.iter().map(|r| format!("{}: {}", format_date(r.date, lang), r.note.get(lang))));
    texts.extend(Takeaways::of(data).lines(lang).into_iter().map(|l| l.text));
    for e in data.events {
        texts.extend([e.headline, e.summary, e.chart_label].map(|t| t.get(lang).to_owned()));
        texts.push(format_approx(e.date, e.precision, lang));
        texts.extend(e.end.map(|end| format_date(end, lang)));
        texts.extend(passed_notes(data, e.id, lang));
    }
    texts.extend(data.steps.iter().map(|s| s.legal_basis.get(lang).to_owned()));
    texts.extend(data.deadlines.iter().map(|d| d.label.get(lang).to_owned()));
    let input = ChartInput { as_of: Some(as_of), ..ChartInput::new(data, 1200.0, lang) };
    let view = ChartView::layout(&input);
    texts.extend(view.annotations.iter().map(|a| a.full_text.clone()));
    texts.extend(view.lines.iter().map(|l| l.label.text.clone()));
    texts
}

/// The days to check: every rate-step and deadline date ±1, and the first of each month.
fn sweep_days(data: &Dataset) -> Vec<Date> {
    let mut key: Vec<Date> = data.steps.iter().map(|s| s.date).collect();
    key.extend(data.deadlines.iter().flat_map(|d| [d.date, d.known_from]));
    let mut days: Vec<Date> = key.iter().flat_map(|d| [d.add_days(-1), *d, d.add_days(1)]).collect();
    let (mut y, mut m, _) = data.meta.start.ymd();
    while let Some(first) = Date::from_ymd(y, m, 1).filter(|f| *f <= data.meta.updated) {
        days.push(first);
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    days.retain(|d| data.meta.start <= *d && *d < data.meta.updated);
    days.sort();
    days.dedup();
    days
}

#[test]
fn no_text_mentions_a_day_after_asof() {
    let days = sweep_days(&DATASET);
    assert!(days.len() > 20, "{days:?}");
    let mut problems = Vec::new();
    for as_of in days {
        let data = DATASET.as_of(as_of);
        // Deadlines set by then may be named: they are shown as scheduled.
        let scheduled: Vec<Date> = data.deadlines.iter().map(|d| d.date).collect();
        for lang in [Lang::En, Lang::Zh] {
            for text in reader_texts(&data, as_of, lang) {
                for (from, to) in mentions(&text) {
                    let known = scheduled.iter().any(|d| from <= *d && *d <= to);
                    if from > as_of && !known {
                        problems.push(format!("asof {as_of} ({lang:?}): {text:?} mentions {from}"));
                    }
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_date_finder_reads_the_forms_the_texts_use() {
    let d = |iso: &str| Date::parse(iso).unwrap();
    assert_eq!(mentions("due on 10 Nov 2026."), vec![(d("2026-11-10"), d("2026-11-10"))]);
    assert_eq!(mentions("from mid-March 2026"), vec![(d("2026-03-01"), d("2026-03-31"))]);
    assert_eq!(mentions("in 2026–28"), vec![(d("2026-01-01"), d("2026-12-31"))]);
    assert_eq!(mentions("2026年11月10日"), vec![(d("2026-11-10"), d("2026-11-10"))]);
    assert_eq!(mentions("on 2026-07-24, EO 14257, $30bn"), vec![(d("2026-07-24"), d("2026-07-24"))]);
    assert_eq!(mentions("12–13 May 2025"), vec![(d("2025-05-13"), d("2025-05-13"))]);
}
