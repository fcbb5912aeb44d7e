//! Category filters (with counts), zoom and pan buttons: every drag and gesture of the
//! timeline has a button too.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::dataset::Category;
use crate::model::state::{Msg, State, Zoom};

#[component]
pub fn TimelineControls() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let s = g.lang.strings();
    let filters = Category::ALL
        .iter()
        .filter_map(|&c| {
            let count = g.data.events.iter().filter(|e| e.category == c).count();
            (count > 0).then(|| {
                let shown = move || !g.hidden.get().contains(c);
                view! {
                    <button
                        type="button"
                        class=format!("filter cat-{}", c.key())
                        aria-pressed=move || if shown() { "true" } else { "false" }
                        on:click=move |_| g.send(Msg::ToggleCategory(c))
                    >
                        <span class=format!("cat-dot cat-{}", c.key())></span>
                        {s.category(c)}
                        <span class="count">{count}</span>
                    </button>
                }
            })
        })
        .collect_view();
    let bounds = State::bounds(&g.data);
    let years: Vec<i32> = (bounds.start.ymd().0..=bounds.end.ymd().0).collect();
    let span = move || g.span.get();
    let pan_days = move || g.span.get_untracked().unwrap_or(bounds).days() / 2;
    view! {
        <div class="controls">
            <div class="filters" role="group" aria-label=s.filters_label>
                {filters}
                <button
                    type="button"
                    class="link"
                    disabled=move || g.hidden.get().is_empty()
                    on:click=move |_| g.send(Msg::ShowAllCategories)
                >
                    {s.show_all}
                </button>
            </div>
            <div class="zoom" role="group" aria-label=s.zoom_label>
                <button type="button" aria-pressed=move || if span().is_none() { "true" } else { "false" } on:click=move |_| g.send(Msg::Zoom(Zoom::All))>
                    {s.zoom_all}
                </button>
                {years
                    .into_iter()
                    .map(|y| view! {
                        <button type="button" on:click=move |_| g.send(Msg::Zoom(Zoom::Year(y)))>{y}</button>
                    })
                    .collect_view()}
                <button type="button" aria-label=s.zoom_out title=s.zoom_out disabled=move || span().is_none()
                    on:click=move |_| g.send(Msg::Zoom(Zoom::Out))>"−"</button>
                <button type="button" aria-label=s.zoom_in title=s.zoom_in
                    on:click=move |_| g.send(Msg::Zoom(Zoom::In))>"+"</button>
                <button type="button" disabled=move || span().is_none_or(|sp| sp.start <= bounds.start)
                    on:click=move |_| g.send(Msg::Pan(-pan_days()))>"← " {s.earlier}</button>
                <button type="button" disabled=move || span().is_none_or(|sp| sp.end >= bounds.end)
                    on:click=move |_| g.send(Msg::Pan(pan_days()))>{s.later} " →"</button>
            </div>
        </div>
    }
}
