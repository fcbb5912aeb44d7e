//! The timeline's layout: nothing overlaps at any width or zoom, clusters count every
//! event, and a dataset of thousands of events lays out quickly.

use std::time::Instant;

mod common;
use common::fixture;
use tariff_timeline::model::dataset::{Category, Dataset};
use tariff_timeline::model::date::Date;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::state::{Msg, Span, State, Zoom};
use tariff_timeline::model::synthetic;
use tariff_timeline::model::timeline::{TimelineView, list_window};

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

fn check(view: &TimelineView, data: &Dataset, state: &State, what: &str) {
    let mut boxes: Vec<(String, tariff_timeline::model::scale::Rect)> = Vec::new();
    for item in &view.items {
        let r = item.rect(&view.lanes);
        assert!(r.x >= 0.0 && r.right() <= view.width, "{what}: marker {} off the track", item.first.id);
        boxes.push((format!("marker {}", item.first.id), r));
        if let Some((text, rect)) = &item.label {
            assert!(rect.right() <= view.width, "{what}: label {text:?} runs off the track");
            boxes.push((text.clone(), *rect));
        }
    }
    for (i, (a, ra)) in boxes.iter().enumerate() {
        for (b, rb) in &boxes[i + 1..] {
            assert!(!ra.overlaps(rb), "{what}: {a} overlaps {b}");
        }
    }
    // Every shown event in the span is behind exactly one marker.
    let span = view.span;
    let expected = state.shown(data).filter(|e| span.contains(e.date)).count();
    let counted: usize = view.items.iter().map(|i| i.count).sum();
    assert_eq!(counted, expected, "{what}: events lost or doubled");
    for w in view.ticks.windows(2) {
        assert!(w[0].px + w[0].width() < w[1].px, "{what}: ticks crowd");
    }
}

#[test]
fn nothing_overlaps_at_any_width_and_zoom() {
    let spans = [
        None,
        Some(Zoom::Year(2025)),
        Some(Zoom::Year(2026)),
        Some(Zoom::To(Span { start: d("2025-04-01"), end: d("2025-05-20") })),
        Some(Zoom::To(Span { start: d("2025-04-01"), end: d("2025-04-03") })),
    ];
    for zoom in spans {
        let mut state = State::default();
        if let Some(z) = zoom {
            state.apply(Msg::Zoom(z), &fixture());
        }
        for width in (800..=1600).step_by(16) {
            let view = TimelineView::layout(&fixture(), &state, f64::from(width), Lang::En);
            check(&view, &fixture(), &state, &format!("{width}px {zoom:?}"));
        }
    }
}

#[test]
fn lanes_follow_the_category_filter() {
    let mut state = State::default();
    let all = TimelineView::layout(&fixture(), &state, 1000.0, Lang::En);
    assert_eq!(all.lanes.len(), 7);
    state.apply(Msg::ToggleCategory(Category::Talks), &fixture());
    let fewer = TimelineView::layout(&fixture(), &state, 1000.0, Lang::En);
    assert_eq!(fewer.lanes.len(), 6);
    assert!(fewer.items.iter().all(|i| i.first.category != Category::Talks));
    check(&fewer, &fixture(), &state, "without talks");
}

#[test]
fn zooming_in_separates_clusters() {
    let mut state = State::default();
    let wide = TimelineView::layout(&fixture(), &state, 800.0, Lang::En);
    let clusters = wide.items.iter().filter(|i| i.count > 1).count();
    assert!(clusters > 0, "the whole period at 800 px has clusters");
    state.apply(Msg::Zoom(Zoom::To(Span { start: d("2025-04-01"), end: d("2025-04-30") })), &fixture());
    let april = TimelineView::layout(&fixture(), &state, 800.0, Lang::En);
    assert!(april.items.iter().all(|i| i.first.date.ymd().1 == 4));
    assert!(april.items.iter().filter(|i| i.label.is_some()).count() >= 3);
}

#[test]
fn five_thousand_events_stay_small_and_fast() {
    let data = synthetic::with_events(&fixture(), 5000);
    let mut state = State::default();
    state.apply(Msg::Select(Some("synthetic-2500")), &data);
    let t = Instant::now();
    let view = TimelineView::layout(&data, &state, 1200.0, Lang::En);
    let took = t.elapsed();
    check(&view, &data, &state, "5000 events");
    // Clusters keep the page small: a marker per ~18 px of each lane at most.
    assert!(view.items.len() <= 7 * 1200 / 18, "{} items", view.items.len());
    let selected = state.selected_event(&data).unwrap();
    assert!(view.items.iter().filter(|i| i.holds(selected)).count() == 1);
    // Generous: layout is a few hundred microseconds here; a frame is 16 ms.
    assert!(took.as_millis() < 50, "layout took {took:?}");
    state.apply(Msg::Zoom(Zoom::To(Span { start: d("2025-06-01"), end: d("2025-06-15") })), &data);
    check(&TimelineView::layout(&data, &state, 1200.0, Lang::En), &data, &state, "5000 events, zoomed");
}

#[test]
fn the_vertical_list_renders_a_window_around_the_selection() {
    assert_eq!(list_window(5000, Some(10), 60), 0..60);
    assert_eq!(list_window(73, Some(10), 60), 0..60);
    assert_eq!(list_window(73, Some(70), 60), 13..73);
}

#[test]
fn dense_data_gives_many_small_clusters_not_one_chain() {
    let data = synthetic::with_events(&fixture(), 5000);
    let view = TimelineView::layout(&data, &State::default(), 1200.0, Lang::En);
    let per_lane = view.items.len() / view.lanes.len();
    assert!(per_lane >= 40, "{per_lane} markers a lane");
    let days = State::bounds(&data).days();
    assert!(view.items.iter().all(|i| i.span.days() < days / 20), "a cluster spans too much");
}
