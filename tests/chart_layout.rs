//! The chart's layout at every width a reader may have: no text overlaps other text or the
//! lines, nothing leaves the drawing, and ticks never crowd.

mod common;
use common::fixture;
use tariff_timeline::model::chart_view::{Annotation, AnnotationKind, ChartInput, ChartView, Label, TICK_LABEL_DX};
use tariff_timeline::model::date::Date;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::scale::{Rect, text_width};

fn layout(width: f64, as_of: Option<&str>, lang: Lang) -> ChartView {
    let as_of = as_of.map(|d| Date::parse(d).unwrap());
    let data = as_of.map_or(fixture(), |d| fixture().as_of(d));
    ChartView::layout(&ChartInput { as_of, ..ChartInput::new(&data, width, lang) })
}

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

/// Whether a segment crosses a box.
fn segment_hits(a: (f64, f64), b: (f64, f64), r: &Rect) -> bool {
    let steps = 40;
    (0..=steps).any(|i| {
        let t = f64::from(i) / f64::from(steps);
        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        x > r.x && x < r.right() && y > r.y && y < r.bottom()
    })
}

fn check(view: &ChartView, what: &str) {
    let boxes = view.text_boxes();
    for (i, a) in boxes.iter().enumerate() {
        let r = a.rect;
        assert!(
            r.x >= 0.0 && r.right() <= view.width && r.y >= 0.0 && r.bottom() <= view.height,
            "{what}: {a:?} leaves the chart"
        );
        for b in &boxes[i + 1..] {
            assert!(!r.overlaps(&b.rect), "{what}: {:?} overlaps {:?}", a.text, b.text);
        }
        for line in &view.lines {
            for w in line.path.windows(2) {
                assert!(!segment_hits(w[0], w[1], &r), "{what}: {:?} lies on the {:?} line", a.text, line.series);
            }
        }
    }
    for a in &view.annotations {
        assert!(a.label.rect.bottom() <= view.plot.y, "{what}: annotation {:?} inside the plot", a.label.text);
        // Leaders run from a label down: they must not cross any other label.
        for other in view.annotations.iter().filter(|o| o.label.rect.y > a.label.rect.y) {
            let r = other.label.rect;
            assert!(
                !(r.x < a.x && a.x < r.right()),
                "{what}: leader of {:?} crosses {:?}",
                a.label.text,
                other.label.text
            );
        }
    }
    for t in &view.x_ticks {
        let right = t.px + TICK_LABEL_DX + t.width();
        assert!(right <= view.width, "{what}: time label {:?} ends at {right}, past the chart", t.label);
    }
    for w in view.x_ticks.windows(2) {
        let right =
            w[0].px + 2.0 + text_width(&w[0].label, 12.0).max(w[0].sub.as_deref().map_or(0.0, |s| text_width(s, 12.0)));
        assert!(right < w[1].px, "{what}: tick labels {:?} and {:?} crowd", w[0].label, w[1].label);
    }
}

#[test]
fn no_text_overlaps_at_any_width_from_phone_to_desktop() {
    for width in (280..=1600).step_by(8) {
        for lang in [Lang::En, Lang::Zh] {
            check(&layout(f64::from(width), None, lang), &format!("{width}px {lang:?}"));
        }
    }
}

#[test]
fn no_text_overlaps_for_archived_dates() {
    for as_of in ["2025-02-10", "2025-04-11", "2025-05-14", "2025-07-23", "2025-11-10", "2026-02-24"] {
        for width in [280, 320, 375, 430, 768, 1024, 1280] {
            check(&layout(f64::from(width), Some(as_of), Lang::En), &format!("{width}px as of {as_of}"));
        }
    }
}

#[test]
fn key_moments_are_annotated_and_readable_on_a_desktop() {
    let view = layout(1200.0, None, Lang::En);
    let texts: Vec<_> = view.annotations.iter().map(|a| a.label.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.starts_with("Peak 145%")), "{texts:?}");
    for expected in ["Geneva truce", "Supreme Court ruling", "Truce due to end"] {
        assert!(texts.contains(&expected), "{expected} missing from {texts:?}");
    }
}

#[test]
fn every_annotation_keeps_its_full_text_even_when_numbered() {
    let view = layout(320.0, None, Lang::En);
    assert!(!view.annotations.is_empty());
    for a in &view.annotations {
        assert!(!a.full_text.is_empty());
        assert!(a.label.text == a.full_text || a.label.text.parse::<u32>().is_ok(), "{a:?}");
    }
}

#[test]
fn odd_widths_never_panic() {
    for width in [0.0, -5.0, f64::NAN, f64::INFINITY, 1e9] {
        let view = layout(width, None, Lang::En);
        assert!(view.width >= 280.0 && view.width <= 1600.0);
    }
}

#[test]
fn the_x_scale_inverts_pixels_to_the_right_day() {
    let view = layout(800.0, None, Lang::En);
    for iso in ["2025-01-20", "2025-04-10", "2025-05-14", "2026-05-20"] {
        let d = Date::parse(iso).unwrap();
        assert_eq!(view.date_at(view.x.map(f64::from(d.0))), d, "{iso}");
    }
    assert_eq!(view.date_at(-100.0), fixture().meta.start);
    // A distance in pixels, as days: what a tap may miss a rate step by.
    let week = view.x.map(f64::from(d("2025-04-17").0)) - view.x.map(f64::from(d("2025-04-10").0));
    assert_eq!(view.days_across(week), 7);
    assert_eq!(view.days_across(0.0), 0);
}

#[test]
fn hidden_categories_lose_their_annotations() {
    use tariff_timeline::model::dataset::Category;
    use tariff_timeline::model::state::{Msg, State};
    let mut state = State::default();
    let data = fixture();
    state.apply(Msg::ToggleCategory(Category::Legal), &data);
    let input = ChartInput { hidden: state.hidden, ..ChartInput::new(&data, 1200.0, Lang::En) };
    let texts: Vec<_> = ChartView::layout(&input).annotations.into_iter().map(|a| a.full_text).collect();
    assert!(!texts.iter().any(|t| t == "Supreme Court ruling"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Geneva truce"), "{texts:?}");
}

#[test]
fn no_key_moment_is_lost_at_any_width() {
    // Every moment's text, whether labelled, numbered or sharing a label with a neighbour.
    fn moments(view: &ChartView) -> Vec<String> {
        let mut all: Vec<String> =
            view.annotations.iter().flat_map(|a| a.full_text.split(" · ").map(str::to_owned)).collect();
        all.sort();
        all
    }
    let widest = moments(&layout(1600.0, None, Lang::En));
    assert!(widest.len() >= 6, "{widest:?}");
    for width in (280..=1600).step_by(8) {
        assert_eq!(moments(&layout(f64::from(width), None, Lang::En)), widest, "{width}px");
        assert_eq!(layout(f64::from(width), None, Lang::Zh).annotations.len(), widest.len(), "{width}px zh");
    }
    for as_of in ["2025-04-11", "2025-07-23", "2026-02-24"] {
        let wide = moments(&layout(1600.0, Some(as_of), Lang::En));
        for width in [280, 320, 375, 768] {
            assert_eq!(moments(&layout(f64::from(width), Some(as_of), Lang::En)), wide, "{width}px as of {as_of}");
        }
    }
}

#[test]
fn the_built_edition_lays_out_without_overlaps_too() {
    // Not a claim about its content: whatever edition was built must lay out cleanly.
    let data = tariff_timeline::model::DATASET;
    for width in [280, 320, 375, 430, 768, 1024, 1280] {
        for lang in [Lang::En, Lang::Zh] {
            let input = ChartInput::new(&data, f64::from(width), lang);
            check(&ChartView::layout(&input), &format!("built edition {width}px {lang:?}"));
        }
    }
}

#[test]
fn the_key_of_a_numbered_note_names_its_date_once() {
    let rect = Rect { x: 0.0, y: 0.0, w: 8.0, h: 12.0 };
    let passed = Annotation {
        kind: AnnotationKind::Deadline,
        date: d("2026-11-10"),
        x: 0.0,
        y_end: 0.0,
        label: Label { text: "6".into(), rect },
        full_text: "Truce due to end (was due on 10 Nov 2026; no confirmed outcome)".into(),
    };
    assert_eq!(passed.key_text(Lang::En), "6 Truce due to end (was due on 10 Nov 2026; no confirmed outcome)");
    let ahead = Annotation { date: d("2026-12-04"), full_text: "Solar tariff due".into(), ..passed.clone() };
    assert_eq!(ahead.key_text(Lang::En), "6 Solar tariff due (4 Dec 2026)");
    assert_eq!(ahead.key_text(Lang::Zh), "6 Solar tariff due（2026年12月4日）");
}
