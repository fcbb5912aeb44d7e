//! The page the build pre-renders from the app's own components: complete without the app,
//! and inert until the app replaces it.

use tariff_timeline::model::DATASET;
use tariff_timeline::model::i18n::{Lang, event_date};
use tariff_timeline::ui::prerender_html;

/// Text as HTML writes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn every_event_is_on_the_page_with_its_date_summary_and_sources() {
    let html = prerender_html();
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
    let html = prerender_html();
    let meta = DATASET.meta;
    assert!(html.contains(&format!("<h1>{}</h1>", escaped(meta.title.get(Lang::En)))));
    assert!(html.contains("class=\"takeaways\""));
    assert!(html.contains(&escaped(meta.credits.get(Lang::En))));
    assert!(html.contains(&escaped(meta.methodology().get(Lang::En))));
    // The chart in both themes at every width the stylesheet picks from.
    assert_eq!(html.matches("<svg ").count(), 2 * tariff_timeline::ui::PRERENDER_WIDTHS.len());
    assert!(html.contains("class=\"rate-table\""), "no table of the rate steps");
}

#[test]
fn nothing_on_the_page_pretends_to_answer_before_the_app_runs() {
    let html = prerender_html();
    // No control that would do nothing: the chart is a picture, the events a plain list.
    for inert in ["role=\"slider\"", "<button", "tabindex=\"0\"", "role=\"status\""] {
        assert!(!html.contains(inert), "the pre-render has {inert}");
    }
    assert!(html.contains("data-prerendered"), "the stylesheet and the loader cannot tell the pre-render");
}

#[test]
fn the_stylesheet_picks_among_the_widths_the_chart_is_drawn_at() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    for width in tariff_timeline::ui::PRERENDER_WIDTHS {
        assert!(
            css.contains(&format!("[data-width=\"{width}\"]")),
            "style.css never shows the drawing {width} px wide"
        );
    }
}

#[test]
fn every_link_within_the_page_leads_to_an_element_on_it() {
    let html = prerender_html();
    let targets: Vec<&str> = html.split("href=\"#").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    assert!(targets.len() > DATASET.steps.len(), "the rate table links no event");
    for target in targets {
        assert!(html.contains(&format!("id=\"{target}\"")), "a link leads to #{target}, which is not on the page");
    }
}
