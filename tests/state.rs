//! The selection and readout state machine: one message type, applied in one place.

mod common;
use common::fixture;
use tariff_timeline::model::date::Date;
use tariff_timeline::model::state::{Msg, State};

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

fn after(msgs: &[Msg]) -> State {
    let mut s = State::default();
    for m in msgs {
        s.apply(*m, &fixture());
    }
    s
}

#[test]
fn selecting_an_event_moves_the_readout_to_its_date() {
    let s = after(&[Msg::Select(Some("geneva-truce-takes-effect"))]);
    assert_eq!(s.selected, Some("geneva-truce-takes-effect"));
    assert_eq!(s.cursor, Some(d("2025-05-14")));
    assert_eq!(after(&[Msg::Select(Some("geneva-truce-takes-effect")), Msg::Select(None)]).selected, None);
}

#[test]
fn unknown_ids_select_nothing() {
    assert_eq!(after(&[Msg::Select(Some("no-such-event"))]), State::default());
}

#[test]
fn the_cursor_moves_by_day_and_by_rate_change_within_the_data() {
    let s = after(&[Msg::MoveToEnd { last: false }]);
    assert_eq!(s.cursor, Some(fixture().meta.start));
    let s = after(&[Msg::MoveToEnd { last: false }, Msg::MoveDays(-5)]);
    assert_eq!(s.cursor, Some(fixture().meta.start), "never before the start");
    let s = after(&[Msg::Point(Some(d("2025-04-01"))), Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(d("2025-04-05")));
    let s = after(&[Msg::Point(Some(d("2025-04-05"))), Msg::MoveSteps(1), Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(d("2025-04-10")));
    let s = after(&[Msg::Point(Some(d("2025-04-10"))), Msg::MoveSteps(-1)]);
    assert_eq!(s.cursor, Some(d("2025-04-09")));
    let s = after(&[Msg::Point(Some(d("2030-01-01")))]);
    assert_eq!(s.cursor, Some(fixture().meta.updated), "never after the data");
    let s = after(&[Msg::MoveToEnd { last: true }, Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(fixture().meta.updated));
}

#[test]
fn picking_at_the_cursor_selects_the_event_behind_the_step() {
    let s = after(&[Msg::Point(Some(d("2025-03-20"))), Msg::PickAtCursor]);
    assert_eq!(s.selected, Some("us-fentanyl-tariff-20"));
}

#[test]
fn a_tap_near_a_step_selects_its_event_and_elsewhere_only_moves_the_readout() {
    let s = after(&[Msg::PickNear { date: d("2025-11-08"), tolerance: 3 }]);
    assert_eq!(s.selected, Some("us-fentanyl-cut-to-10"));
    assert_eq!(s.cursor, Some(d("2025-11-08")));
    let s = after(&[Msg::PickNear { date: d("2025-09-01"), tolerance: 3 }]);
    assert_eq!(s.selected, None);
    assert_eq!(s.cursor, Some(d("2025-09-01")));
}

#[test]
fn prev_and_next_walk_the_events_in_order_and_stop_at_the_ends() {
    let first = fixture().events[0].id;
    let second = fixture().events[1].id;
    let last = fixture().events[fixture().events.len() - 1].id;
    assert_eq!(after(&[Msg::StepEvent(1)]).selected, Some(first));
    assert_eq!(after(&[Msg::StepEvent(1), Msg::StepEvent(1)]).selected, Some(second));
    assert_eq!(after(&[Msg::StepEvent(1), Msg::StepEvent(-1)]).selected, Some(first));
    assert_eq!(after(&[Msg::StepEvent(-1)]).selected, Some(last));
    assert_eq!(after(&[Msg::StepEvent(-1), Msg::StepEvent(1)]).selected, Some(last));
}

#[test]
fn hiding_a_category_filters_events_and_drops_a_hidden_selection() {
    use tariff_timeline::model::dataset::Category;
    let s = after(&[Msg::Select(Some("geneva-talks")), Msg::ToggleCategory(Category::Talks)]);
    assert_eq!(s.selected, None);
    assert!(s.shown(&fixture()).all(|e| e.category != Category::Talks));
    let s = after(&[Msg::ToggleCategory(Category::Talks), Msg::ToggleCategory(Category::Talks)]);
    assert!(s.hidden.is_empty());
    let s =
        after(&[Msg::ToggleCategory(Category::Talks), Msg::ToggleCategory(Category::Legal), Msg::ShowAllCategories]);
    assert_eq!(s.shown(&fixture()).count(), fixture().events.len());
    // Selecting a hidden event (e.g. from the chart) shows its category again.
    let s = after(&[Msg::ToggleCategory(Category::Talks), Msg::Select(Some("geneva-talks"))]);
    assert!(!s.hidden.contains(Category::Talks));
}

#[test]
fn prev_and_next_skip_hidden_categories() {
    use tariff_timeline::model::dataset::Category;
    let s = after(&[Msg::ToggleCategory(Category::Other), Msg::StepEvent(1)]);
    let first_shown = fixture().events.iter().find(|e| e.category != Category::Other).unwrap();
    assert_eq!(s.selected, Some(first_shown.id));
    let s = after(&[Msg::EdgeEvent { last: true }]);
    assert_eq!(s.selected, Some(fixture().events[fixture().events.len() - 1].id));
}

#[test]
fn zoom_and_pan_stay_inside_the_period() {
    use tariff_timeline::model::state::{MIN_SPAN_DAYS, Span, Zoom};
    let bounds = State::bounds(&fixture());
    let s = after(&[Msg::Zoom(Zoom::Year(2025))]);
    assert_eq!(s.span, Some(Span { start: fixture().meta.start, end: d("2025-12-31") }));
    let s = after(&[Msg::Zoom(Zoom::Year(2025)), Msg::Pan(-30)]);
    assert_eq!(s.span.unwrap().start, bounds.start, "cannot pan before the start");
    let s = after(&[Msg::Zoom(Zoom::Year(2026)), Msg::Pan(400)]);
    assert_eq!(s.span.unwrap().end, bounds.end, "cannot pan past the end");
    let s = after(&[Msg::Zoom(Zoom::Year(2025)), Msg::Zoom(Zoom::All)]);
    assert_eq!(s.span, None);
    // Zooming in keeps the anchor day at the same place and never goes below two weeks.
    let anchor = d("2025-04-10");
    let mut s = State::default();
    for _ in 0..20 {
        s.apply(Msg::Zoom(Zoom::By { percent: 50, anchor }), &fixture());
        let span = s.span.unwrap();
        assert!(span.contains(anchor), "{span:?}");
        assert!(span.days() >= MIN_SPAN_DAYS);
    }
    assert_eq!(s.span.unwrap().days(), MIN_SPAN_DAYS);
    // Zooming out far enough shows the whole period again.
    for _ in 0..10 {
        s.apply(Msg::Zoom(Zoom::By { percent: 200, anchor }), &fixture());
    }
    assert_eq!(s.span, None);
}

#[test]
fn selecting_an_event_outside_the_span_brings_it_into_view() {
    use tariff_timeline::model::state::Zoom;
    let s = after(&[Msg::Zoom(Zoom::Year(2025)), Msg::Select(Some("supreme-court-ruling"))]);
    assert!(s.span.unwrap().contains(d("2026-02-20")), "{:?}", s.span);
    let s = after(&[Msg::Zoom(Zoom::Year(2026)), Msg::StepEvent(-1)]);
    assert!(s.span.unwrap().contains(s.selected_event(&fixture()).unwrap().date));
}

#[test]
fn zoom_keeps_the_selected_event_else_the_middle() {
    use tariff_timeline::model::state::Zoom;
    let s = after(&[Msg::Zoom(Zoom::Year(2025)), Msg::Select(Some("geneva-talks"))]);
    assert_eq!(s.zoom_anchor(&fixture()), d("2025-05-10"));
    let s = after(&[Msg::Zoom(Zoom::Year(2025))]);
    let span = s.span.unwrap();
    assert_eq!(s.zoom_anchor(&fixture()), span.start.add_days(span.days() / 2));
}

#[test]
fn the_readout_day_is_the_cursor_else_the_last_day() {
    assert_eq!(State::default().readout_day(&fixture()), fixture().meta.updated);
    assert_eq!(after(&[Msg::Point(Some(d("2025-04-10")))]).readout_day(&fixture()), d("2025-04-10"));
}
