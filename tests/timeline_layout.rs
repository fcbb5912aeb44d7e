//! The timeline's layout: nothing overlaps at any width or zoom, clusters count every
//! event, and a dataset of thousands of events stays a page of a few hundred markers.

mod common;
use common::fixture;
use tariff_timeline::model::dataset::{Category, Dataset, Event};
use tariff_timeline::model::date::Date;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::state::{Msg, Span, State, Zoom};
use tariff_timeline::model::synthetic;
use tariff_timeline::model::timeline::{ListWindow, TimelineView, event_name, list_window};

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

/// The timeline as the reader's state shows it.
fn layout(data: &Dataset, state: &State, width: f64) -> TimelineView {
    layout_in(data, state, width, Lang::En)
}

fn layout_in(data: &Dataset, state: &State, width: f64, lang: Lang) -> TimelineView {
    TimelineView::layout(data, state.hidden, state.span_or_all(data), width, lang, 1.0)
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
            for lang in [Lang::En, Lang::Zh] {
                let view = layout_in(&fixture(), &state, f64::from(width), lang);
                check(&view, &fixture(), &state, &format!("{width}px {zoom:?} {lang:?}"));
            }
        }
    }
}

#[test]
fn the_built_edition_lays_out_without_overlaps_in_both_languages() {
    // Not a claim about its content: whatever edition was built must lay out cleanly.
    let data = tariff_timeline::model::DATASET;
    let state = State::default();
    for width in [800, 1024, 1280, 1600] {
        for lang in [Lang::En, Lang::Zh] {
            let view = layout_in(&data, &state, f64::from(width), lang);
            check(&view, &data, &state, &format!("built edition {width}px {lang:?}"));
        }
    }
}

#[test]
fn lanes_follow_the_category_filter() {
    let mut state = State::default();
    let all = layout(&fixture(), &state, 1000.0);
    assert_eq!(all.lanes.len(), 7);
    state.apply(Msg::ToggleCategory(Category::Talks), &fixture());
    let fewer = layout(&fixture(), &state, 1000.0);
    assert_eq!(fewer.lanes.len(), 6);
    assert!(fewer.items.iter().all(|i| i.first.category != Category::Talks));
    check(&fewer, &fixture(), &state, "without talks");
}

#[test]
fn zooming_in_separates_clusters() {
    let mut state = State::default();
    let wide = layout(&fixture(), &state, 800.0);
    let clusters = wide.items.iter().filter(|i| i.count > 1).count();
    assert!(clusters > 0, "the whole period at 800 px has clusters");
    state.apply(Msg::Zoom(Zoom::To(Span { start: d("2025-04-01"), end: d("2025-04-30") })), &fixture());
    let april = layout(&fixture(), &state, 800.0);
    assert!(april.items.iter().all(|i| i.first.date.ymd().1 == 4));
    // Markers 24 px apart at least (the target size), so the month's 5 markers have room for 2 headlines.
    assert!(april.items.iter().filter(|i| i.label.is_some()).count() >= 2);
}

#[test]
fn opening_a_cluster_parts_its_events() {
    let wide = layout(&fixture(), &State::default(), 800.0);
    let cluster = wide.items.iter().max_by_key(|i| i.count).unwrap();
    let opening = cluster.opening_span();
    assert!(opening.start < cluster.span.start && cluster.span.end < opening.end);
    let mut state = State::default();
    state.apply(Msg::Zoom(Zoom::To(opening)), &fixture());
    let opened = layout(&fixture(), &state, 800.0);
    let parts = opened.items.iter().filter(|i| i.first.category == cluster.first.category);
    let parts: Vec<_> = parts.filter(|i| cluster.span.contains(i.first.date)).collect();
    assert!(parts.len() > 1, "{} events still share one marker", cluster.count);
}

#[test]
fn five_thousand_events_stay_small() {
    let data = synthetic::with_events(&fixture(), 5000);
    let mut state = State::default();
    state.apply(Msg::Select(Some("synthetic-2500")), &data);
    let view = layout(&data, &state, 1200.0);
    check(&view, &data, &state, "5000 events");
    // Clusters keep the page small: a marker per ~18 px of each lane at most.
    assert!(view.items.len() <= 7 * 1200 / 18, "{} items", view.items.len());
    let selected = state.selected_event(&data).unwrap();
    assert!(view.items.iter().filter(|i| i.holds(selected)).count() == 1);
    state.apply(Msg::Zoom(Zoom::To(Span { start: d("2025-06-01"), end: d("2025-06-15") })), &data);
    check(&layout(&data, &state, 1200.0), &data, &state, "5000 events, zoomed");
}

#[test]
fn the_vertical_list_renders_a_window_around_the_selection() {
    assert_eq!(list_window(5000, Some(10), 60, None), 0..60);
    assert_eq!(list_window(73, Some(10), 60, None), 0..60);
    assert_eq!(list_window(73, Some(70), 60, None), 13..73);
}

#[test]
fn the_vertical_list_keeps_its_rows_on_the_same_list_only() {
    let data = synthetic::with_events(&fixture(), 500);
    let all: Vec<&'static Event> = data.events.iter().collect();
    let shown = ListWindow::over(&all, Some(all[300].id), 100, None);
    assert_eq!(shown.rows, 250..350);
    // The next event, then the card closed: the rows stay where they were.
    let next = ListWindow::over(&all, Some(all[301].id), 100, Some(&shown));
    assert_eq!(next.rows, 250..350);
    assert_eq!(ListWindow::over(&all, None, 100, Some(&next)).rows, 250..350);
    // Another list (a category hidden): from its top, or around the selection.
    let fewer: Vec<&'static Event> = all.iter().copied().filter(|e| e.category != all[0].category).collect();
    assert!(fewer.len() > 100);
    assert_eq!(ListWindow::over(&fewer, None, 100, Some(&shown)).rows, 0..100);
    let kept = all[302];
    let at = fewer.iter().position(|e| e.id == kept.id).unwrap();
    assert!(ListWindow::over(&fewer, Some(kept.id), 100, Some(&shown)).rows.contains(&at));
}

#[test]
fn dense_data_gives_many_small_clusters_not_one_chain() {
    let data = synthetic::with_events(&fixture(), 5000);
    let view = layout(&data, &State::default(), 1200.0);
    let per_lane = view.items.len() / view.lanes.len();
    assert!(per_lane >= 40, "{per_lane} markers a lane");
    let days = State::bounds(&data).days();
    assert!(view.items.iter().all(|i| i.span.days() < days / 20), "a cluster spans too much");
}

#[test]
fn every_marker_is_a_24_px_target_apart_from_the_others() {
    for width in [800.0, 1024.0, 1280.0, 1600.0] {
        let view = layout(&fixture(), &State::default(), width);
        let rects: Vec<_> = view.items.iter().map(|i| i.rect(&view.lanes)).collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(a.w >= 24.0 && a.h >= 24.0, "at {width} px a marker is {}×{}", a.w, a.h);
            assert!(rects[i + 1..].iter().all(|b| !a.overlaps(b)), "at {width} px two targets overlap");
        }
    }
}

#[test]
fn a_cluster_holding_the_selection_is_named_after_it() {
    let data = fixture();
    let view = layout(&data, &State::default(), 800.0);
    let cluster = view.items.iter().max_by_key(|i| i.count).unwrap();
    let events: Vec<_> = cluster.events(&data).collect();
    assert_eq!(events.len(), cluster.count);
    let unselected = cluster.name(&data, None, Lang::En);
    assert!(unselected.starts_with(&format!("{} events from ", cluster.count)), "{unselected}");
    let second = events[1];
    let named = cluster.name(&data, Some(second), Lang::En);
    let expected = format!("{}, 2 of {} events", event_name(second, Lang::En), cluster.count);
    assert_eq!(named, expected);
    assert!(named.contains(second.headline.get(Lang::En)));
    // An event elsewhere leaves the cluster's own name.
    let outside = data.events.iter().find(|e| !cluster.holds(e)).unwrap();
    assert_eq!(cluster.name(&data, Some(outside), Lang::En), unselected);
    assert!(cluster.name(&data, Some(second), Lang::Zh).contains(&format!("{}个事件中的第2个", cluster.count)));
}

#[test]
fn a_larger_root_font_gives_larger_text_that_still_fits() {
    let data = fixture();
    let state = State::default();
    for scale in [1.25, 1.5, 2.0, 3.0] {
        let view = TimelineView::layout(&data, state.hidden, state.span_or_all(&data), 1280.0, Lang::En, scale);
        check(&view, &data, &state, &format!("text at {scale}×"));
        if scale > 1.9 {
            // Headlines taller than a lane are left off; the markers remain.
            assert!(view.items.iter().all(|i| i.label.is_none()) && !view.items.is_empty());
            continue;
        }
        let (_, rect) = view.items.iter().find_map(|i| i.label.clone()).expect("a label at 1280 px");
        assert!((rect.h - 13.0 * 1.4 * scale).abs() < 1e-9);
        assert!(
            view.track.0
                > TimelineView::layout(&data, state.hidden, state.span_or_all(&data), 1280.0, Lang::En, 1.0).track.0
        );
    }
}
