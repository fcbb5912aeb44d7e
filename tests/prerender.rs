//! The page the build pre-renders from the app's own components: complete without the app,
//! and inert until the app replaces it.

use plotters::style::RGBColor;
use tariff_timeline::chart::palette::Palette;
use tariff_timeline::model::DATASET;
use tariff_timeline::model::i18n::{Lang, event_date};
use tariff_timeline::model::theme::Theme;
use tariff_timeline::ui::prerender_html;

/// Text as HTML writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_event_is_on_the_page_with_its_date_summary_and_sources() {
    let html = prerender_html().unwrap();
    for e in DATASET.events {
        for text in [e.headline.get(Lang::En), e.summary.get(Lang::En), &event_date(e, Lang::En)] {
            assert!(html.contains(&escaped(text)), "{}: {text:?} is not on the page", e.id);
        }
        for source in e.sources {
            let link = format!("href=\"{}\"", escaped(source.url).replace('"', "&quot;"));
            assert!(html.contains(&link), "{}: no link to {}", e.id, source.url);
        }
    }
}

#[test]
fn the_page_has_the_title_key_figures_chart_rate_table_and_credits() {
    let html = prerender_html().unwrap();
    let meta = DATASET.meta;
    assert!(html.contains(&format!("<h1>{}</h1>", escaped(meta.title.get(Lang::En)))));
    assert!(html.contains("class=\"takeaways\""));
    assert!(html.contains(&escaped(meta.credits.get(Lang::En))));
    assert!(html.contains(&escaped(meta.methodology().get(Lang::En))));
    // The chart at every width the stylesheet picks from.
    assert_eq!(html.matches("<svg ").count(), tariff_timeline::ui::PRERENDER_WIDTHS.len());
    assert!(html.contains("class=\"rate-table\""), "no table of the rate steps");
}

#[test]
fn nothing_on_the_page_pretends_to_answer_before_the_app_runs() {
    let html = prerender_html().unwrap();
    // No control that would do nothing: the chart is a picture, the events a plain list.
    for inert in ["role=\"slider\"", "<button", "tabindex=\"0\"", "role=\"status\""] {
        assert!(!html.contains(inert), "the pre-render has {inert}");
    }
    assert!(html.contains("data-prerendered"), "the stylesheet and the loader cannot tell the pre-render");
}

fn stylesheet() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap()
}

#[test]
fn the_stylesheet_picks_among_the_widths_the_chart_is_drawn_at() {
    let css = stylesheet();
    for width in tariff_timeline::ui::PRERENDER_WIDTHS {
        assert!(
            css.contains(&format!("[data-width=\"{width}\"]")),
            "style.css never shows the drawing {width} px wide"
        );
    }
}

#[test]
fn every_link_within_the_page_leads_to_an_element_on_it() {
    let html = prerender_html().unwrap();
    let targets: Vec<&str> = html.split("href=\"#").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    assert!(targets.len() > DATASET.steps.len(), "the rate table links no event");
    for target in targets {
        assert!(html.contains(&format!("id=\"{target}\"")), "a link leads to #{target}, which is not on the page");
    }
}

/// The value of a custom property in the first CSS block opening with `selector {`.
fn property(css: &str, selector: &str, name: &str) -> String {
    let block = css.split(&format!("{selector} {{")).nth(1).and_then(|b| b.split('}').next()).unwrap_or("");
    let value = block.split(&format!("{name}:")).nth(1).and_then(|v| v.split(';').next());
    value.unwrap_or_else(|| panic!("{name} is not set in {selector}")).trim().to_ascii_uppercase()
}

#[test]
fn the_stylesheet_recolours_every_colour_of_the_drawing_to_the_readers_theme() {
    let (css, html) = (stylesheet(), prerender_html().unwrap());
    let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let (light, dark) = (Palette::of(Theme::Light), Palette::of(Theme::Dark));
    let pairs = [
        (light.background, dark.background),
        (light.text, dark.text),
        (light.muted, dark.muted),
        (light.grid, dark.grid),
        (light.future, dark.future),
        (light.us, dark.us),
        (light.china, dark.china),
        (light.selected, dark.selected),
    ];
    let mut checked = 0;
    for attribute in ["fill", "stroke"] {
        for (l, d) in pairs {
            let used = format!("{attribute}=\"{}\"", hex(l));
            if !html.contains(&used) {
                continue;
            }
            let rule = format!("[data-prerendered] .chart-svg [{used}] {{\n  {attribute}: var(");
            let var = css.split(&rule).nth(1).and_then(|r| r.split(')').next());
            let var = var.unwrap_or_else(|| panic!("style.css does not recolour {used}"));
            assert_eq!(property(&css, ":root", var), hex(l), "{var} in the light theme");
            assert_eq!(property(&css, ":root[data-theme=\"dark\"]", var), hex(d), "{var} in the dark theme");
            assert_eq!(
                property(&css, "  :root:not([data-theme=\"light\"])", var),
                hex(d),
                "{var} in the system's dark theme"
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} colours of the drawing checked");
}
