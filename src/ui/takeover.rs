//! How the app takes over from the pre-rendered page. Where the pre-render shows what the
//! URL asks for, it stays, and only the parts that answer to the reader replace theirs, one
//! task each, laid out as the pre-render was: none holds the main thread long and nothing
//! moves. Elsewhere (the page's loader keeps such a pre-render hidden, see `static/boot.js`)
//! the whole graphic replaces it at once.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::announcer::Announcer;
use super::app::{App, SkipLink};
use super::browser;
use super::chart_model::ChartModel;
use super::chart_notes::ChartNotes;
use super::graphic::Graphic;
use super::page::Page;
use super::print_list::PrintList;
use super::readout::Readout;
use super::tariff_chart::TariffChart;
use super::timeline::{Timeline, ViewsShown};

/// Puts the app in place of the pre-render in `root`, then calls `done`.
pub fn take_over(root: HtmlElement, page: Page, done: impl FnOnce() + 'static) {
    // Effects are created before anything is mounted: their executor must exist first.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let prerender = root.query_selector("[data-prerendered]").ok().flatten();
    let Some(article) = prerender.filter(|_| !browser::root_has_attribute("data-prerender")) else {
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <App page /> }).forget();
        return done();
    };
    let owner = Owner::new();
    let (graphic, chart, views_shown) = owner.with(|| {
        let graphic = Graphic::new(&page);
        provide_context(graphic);
        let chart = ChartModel::new(graphic);
        provide_context(chart);
        let views_shown = RwSignal::new(false);
        provide_context(ViewsShown(views_shown));
        (graphic, chart, views_shown)
    });
    // Each step a few tens of milliseconds on a slow phone at most (first calls to the
    // code they run compile it, too): the chart's drawing before its elements, the events'
    // track or list after the rest of their section.
    let steps: Vec<Box<dyn FnOnce()>> = vec![
        Box::new(move || chart.prepare()),
        replace(&owner, &article, ".chart > .chart-figure", || view! { <TariffChart prerendered=Arc::default() /> }),
        replace(&owner, &article, ".chart > .readout", Readout),
        replace(&owner, &article, ".chart > .chart-notes", || view! { <ChartNotes prerendered=Arc::default() /> }),
        replace(&owner, &article, ".events", Timeline),
        Box::new(move || views_shown.set(true)),
        replace(&owner, &article, ".skip-link", SkipLink),
        Box::new({
            let (owner, article) = (owner.clone(), article.clone());
            move || {
                if let Ok(article) = article.clone().dyn_into::<HtmlElement>() {
                    owner.with(|| leptos::mount::mount_to(article, || view! { <Announcer /> <PrintList /> }).forget());
                }
                let _ = article.remove_attribute("data-prerendered");
                // Only now: a host page sized to the pre-render's full event list would first
                // grow to many times the graphic's height.
                owner.with(|| super::host::connect(graphic, page.params.child_id.clone()));
                done();
            }
        }),
    ];
    // The graphic lives as long as the page.
    std::mem::forget(owner);
    run_in_turn(steps);
}

/// A step that mounts `view` where the child of `article` matching `selector` is, in its
/// place; a part the URL left out (`view=chart`…) is not there, and stays out.
fn replace<V: IntoView + 'static>(
    owner: &Owner,
    article: &Element,
    selector: &str,
    view: impl FnOnce() -> V + 'static,
) -> Box<dyn FnOnce()> {
    let (owner, article, selector) = (owner.clone(), article.clone(), format!(":scope > {selector}"));
    Box::new(move || {
        let Some(old) = article.query_selector(&selector).ok().flatten() else { return };
        let Some(holder) = browser::detached_element("div") else { return };
        owner.with(|| leptos::mount::mount_to(holder.clone(), view).forget());
        while let Some(node) = holder.first_child() {
            let _ = old.before_with_node_1(&node);
        }
        old.remove();
    })
}

/// Runs each step in a task of its own, in order, one a frame: the browser paints what a
/// step replaced before the next one runs, so that no frame waits on two steps.
fn run_in_turn(mut steps: Vec<Box<dyn FnOnce()>>) {
    if steps.is_empty() {
        return;
    }
    let step = steps.remove(0);
    browser::run_after_frame(move || {
        step();
        run_in_turn(steps);
    });
}
