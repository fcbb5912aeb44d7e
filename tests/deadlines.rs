//! Scheduled dates as the reader meets them: ahead ("scheduled as of…"), settled by an
//! event, or passed with no confirmed outcome, and never shown as what they are not.

mod common;
use common::{d, fixture, fixture_with};
use tariff_timeline::model::chart_view::{AnnotationKind, ChartInput, ChartView};
use tariff_timeline::model::dataset::Dataset;
use tariff_timeline::model::deadlines::passed_notes;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::takeaways::Takeaways;

/// The fixture edition moved on past its truce's end, with no event settling it.
fn after_the_truce() -> Dataset {
    let unconfirmed = "outcome = \"unconfirmed\"\nlabel = \"One-year truce";
    let lapse = "outcome = \"unconfirmed\"\nlabel = \"10% surcharge";
    fixture_with(&[
        ("meta.toml", "updated = \"2026-05-20\"", "updated = \"2026-11-29\""),
        ("deadlines.toml", "label = \"One-year truce", unconfirmed),
        ("deadlines.toml", "label = \"10% surcharge", lapse),
    ])
}

fn truce_line(data: &Dataset, lang: Lang) -> String {
    let lines = Takeaways::of(data).lines(lang);
    lines.into_iter().find(|l| l.label == lang.strings().truce_label).map(|l| l.text).unwrap_or_default()
}

fn chart_notes(data: &Dataset) -> Vec<String> {
    let input = ChartInput::new(data, 1200.0, Lang::En);
    let view = ChartView::layout(&input);
    view.annotations.iter().filter(|a| a.kind == AnnotationKind::Deadline).map(|a| a.full_text.clone()).collect()
}

#[test]
fn a_deadline_ahead_is_scheduled_as_of_the_data() {
    assert_eq!(truce_line(&fixture(), Lang::En), "Due to end on 10 Nov 2026 (scheduled as of 20 May 2026).");
    assert!(chart_notes(&fixture()).contains(&"Truce due to end".to_owned()), "{:?}", chart_notes(&fixture()));
    assert_eq!(fixture().unsettled_deadlines().count(), 0);
}

#[test]
fn a_passed_deadline_with_no_outcome_is_neither_ahead_nor_done() {
    let data = after_the_truce();
    let text = truce_line(&data, Lang::En);
    assert_eq!(text, "Was due to end on 10 Nov 2026; no confirmed outcome as of 29 Nov 2026.");
    assert_eq!(truce_line(&data, Lang::Zh), "原定于2026年11月10日到期；截至2026年11月29日，结果未获证实。");
    let notes = chart_notes(&data);
    assert!(
        notes.contains(&"Truce due to end (was due on 10 Nov 2026; no confirmed outcome as of 29 Nov 2026)".to_owned()),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|n| n == "Truce due to end"), "not drawn as still ahead: {notes:?}");
    assert_eq!(data.pending_deadlines().count(), 0);
}

#[test]
fn the_event_that_set_a_passed_deadline_says_what_became_of_it() {
    let data = after_the_truce();
    assert_eq!(
        passed_notes(&data, "us-fentanyl-cut-to-10", Lang::En),
        vec!["One-year truce due to expire: was due on 10 Nov 2026; no confirmed outcome as of 29 Nov 2026"]
    );
    assert!(passed_notes(&data, "geneva-joint-statement", Lang::En).is_empty(), "settled by a later event");
    assert!(passed_notes(&fixture(), "us-fentanyl-cut-to-10", Lang::En).is_empty(), "still ahead");
}

#[test]
fn an_archived_day_before_the_deadline_still_shows_it_ahead() {
    let then = after_the_truce().as_of(d("2026-11-05"));
    assert_eq!(truce_line(&then, Lang::En), "Due to end on 10 Nov 2026 (scheduled as of 5 Nov 2026).");
    let on_the_day = after_the_truce().as_of(d("2026-11-10"));
    assert!(truce_line(&on_the_day, Lang::En).starts_with("Was due to end on 10 Nov 2026"));
}
