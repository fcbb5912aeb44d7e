//! The selection and readout state machine: one message type, applied in one place.

use tariff_timeline::model::DATASET;
use tariff_timeline::model::date::Date;
use tariff_timeline::model::state::{Msg, State};

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

fn after(msgs: &[Msg]) -> State {
    let mut s = State::default();
    for m in msgs {
        s.apply(*m, &DATASET);
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
    assert_eq!(s.cursor, Some(DATASET.meta.start));
    let s = after(&[Msg::MoveToEnd { last: false }, Msg::MoveDays(-5)]);
    assert_eq!(s.cursor, Some(DATASET.meta.start), "never before the start");
    let s = after(&[Msg::Point(Some(d("2025-04-01"))), Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(d("2025-04-05")));
    let s = after(&[Msg::Point(Some(d("2025-04-05"))), Msg::MoveSteps(1), Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(d("2025-04-10")));
    let s = after(&[Msg::Point(Some(d("2025-04-10"))), Msg::MoveSteps(-1)]);
    assert_eq!(s.cursor, Some(d("2025-04-09")));
    let s = after(&[Msg::Point(Some(d("2030-01-01")))]);
    assert_eq!(s.cursor, Some(DATASET.meta.updated), "never after the data");
    let s = after(&[Msg::MoveToEnd { last: true }, Msg::MoveSteps(1)]);
    assert_eq!(s.cursor, Some(DATASET.meta.updated));
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
    let first = DATASET.events[0].id;
    let second = DATASET.events[1].id;
    let last = DATASET.events[DATASET.events.len() - 1].id;
    assert_eq!(after(&[Msg::StepEvent(1)]).selected, Some(first));
    assert_eq!(after(&[Msg::StepEvent(1), Msg::StepEvent(1)]).selected, Some(second));
    assert_eq!(after(&[Msg::StepEvent(1), Msg::StepEvent(-1)]).selected, Some(first));
    assert_eq!(after(&[Msg::StepEvent(-1)]).selected, Some(last));
    assert_eq!(after(&[Msg::StepEvent(-1), Msg::StepEvent(1)]).selected, Some(last));
}
