//! The chart drawn to an SVG string by the same function the browser uses.

use tariff_timeline::chart::render_svg;
mod common;
use common::fixture;
use tariff_timeline::model::chart_view::{ChartInput, ChartView, readout};
use tariff_timeline::model::date::Date;
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::theme::Theme;

fn svg(width: f64, theme: Theme, hover: Option<&str>, selected: Option<&str>) -> String {
    let data = fixture();
    let input = ChartInput {
        theme,
        selected: selected.map(|d| Date::parse(d).unwrap()),
        hover: hover.map(|d| Date::parse(d).unwrap()),
        ..ChartInput::new(&data, width, Lang::En)
    };
    render_svg(&ChartView::layout(&input))
}

/// The text of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.trim().to_owned()))
        .collect()
}

#[test]
fn draws_both_series_with_direct_labels_and_annotations() {
    let s = svg(1200.0, Theme::Light, None, None);
    assert!(s.starts_with("<svg"), "{}", &s[..40]);
    let t = texts(&s);
    for label in [
        "US on China 10%",
        "China on US 10%",
        "Peak 145%/125%",
        "Geneva truce",
        "Supreme Court ruling",
        "Truce due to end",
    ] {
        assert!(t.iter().any(|x| x == label), "{label} missing from {t:?}");
    }
    // Series colours of the light theme: US red (solid, circles), China blue (dashed, squares).
    assert!(s.contains("#B42318"), "US colour");
    assert!(s.contains("#1D5FA8"), "China colour");
    for tick in ["0%", "50%", "100%", "150%", "Jan", "2026"] {
        assert!(t.iter().any(|x| x == tick), "{tick} missing");
    }
}

#[test]
fn the_dark_theme_uses_its_own_colours() {
    let s = svg(800.0, Theme::Dark, None, None);
    assert!(s.contains("#16181C"), "dark background");
    assert!(s.contains("#FF8A7A") && s.contains("#7CB7FF"));
    assert!(!s.contains("#B42318"));
}

#[test]
fn hover_and_selection_are_drawn() {
    let plain = svg(800.0, Theme::Light, None, None);
    let hovered = svg(800.0, Theme::Light, Some("2025-04-10"), None);
    let selected = svg(800.0, Theme::Light, None, Some("2025-05-14"));
    // A crosshair with a ring on each series; a selection line in the accent colour.
    assert!(hovered.matches("<circle").count() >= plain.matches("<circle").count() + 2);
    assert!(selected.contains("#6B3FA0") && !plain.contains("#6B3FA0"));
}

#[test]
fn the_readout_gives_both_rates_for_a_day() {
    let r = readout(&fixture(), Date::parse("2025-04-10").unwrap());
    assert_eq!((r.us, r.china), (145.0, 84.0));
    let r = readout(&fixture(), Date::parse("2025-11-10").unwrap());
    assert_eq!((r.us, r.china), (20.0, 10.0));
}

#[test]
fn the_svg_is_sized_for_its_width() {
    let s = svg(375.0, Theme::Light, None, None);
    assert!(s.contains("width=\"375\""), "{}", &s[..120]);
}

#[test]
fn base_and_marks_split_the_same_drawing() {
    use tariff_timeline::chart::{render_base_svg, render_marks_svg};
    let data = fixture();
    let input = ChartInput {
        selected: Date::parse("2025-05-14").ok(),
        hover: Date::parse("2025-04-10").ok(),
        ..ChartInput::new(&data, 800.0, Lang::En)
    };
    let view = ChartView::layout(&input);
    let base = render_base_svg(&view);
    let marks = render_marks_svg(&view, &view.marks);
    assert!(texts(&base).iter().any(|t| t == "Geneva truce"));
    assert!(!base.contains("#6B3FA0"), "no selection line in the base");
    assert!(marks.contains("#6B3FA0"), "selection line in the marks");
    assert!(texts(&marks).is_empty(), "the marks carry no text");
    assert!(!marks.contains("#FFFFFF"), "the marks are transparent");
    assert_eq!(view.marks, view.marks_for(&fixture(), input.selected, input.hover));
}

#[test]
fn the_readout_reads_as_a_sentence() {
    let r = readout(&fixture(), Date::parse("2025-04-10").unwrap());
    assert_eq!(r.describe(Lang::En), "10 Apr 2025: US on China 145%, China on US 84%");
    assert_eq!(r.describe(Lang::Zh), "2025年4月10日：美国对华 145%，中国对美 84%");
    assert_eq!(Lang::En.strings().series_short(tariff_timeline::model::dataset::Series::China), "China");
}

#[test]
fn a_dashed_line_is_one_element() {
    let s = svg(800.0, Theme::Light, None, None);
    // The China series: one dashed line in its colour, not an element per dash.
    assert_eq!(s.matches("stroke=\"#1D5FA8\" stroke-width=\"3\" stroke-dasharray=\"8 4\"").count(), 1, "{s}");
    assert!(s.matches("<polyline").count() < 40, "{s}");
}

#[test]
fn in_forced_colors_the_stylesheet_repaints_every_colour_the_chart_is_drawn_in() {
    let css = include_str!("../static/style.css");
    let forced = &css[css.find("@media (forced-colors: active)").expect("a forced-colors block")..];
    let forced = &forced[..forced.find("\n}\n").expect("the block's end")];
    for theme in [Theme::Light, Theme::Dark] {
        let s = svg(800.0, theme, Some("2025-04-10"), Some("2025-05-14"));
        for attr in ["fill", "stroke"] {
            let prefix = format!("{attr}=\"#");
            for piece in s.split(prefix.as_str()).skip(1) {
                let drawn = format!("[{attr}=\"#{}\"]", &piece[..6]);
                assert!(forced.contains(&drawn), "{theme:?}: {drawn} is drawn but kept in forced colors");
            }
        }
    }
}
