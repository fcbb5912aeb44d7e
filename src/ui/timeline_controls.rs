//! Category filters (with counts), zoom and pan buttons: every drag and gesture of the
//! timeline has a button too.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::dataset::Category;
use crate::model::i18n::fill;
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
                        aria-label=fill(s.filter_name, &[("{category}", s.category(c).to_string()), ("{n}", count.to_string())])
                        on:click=move |_| g.send(Msg::ToggleCategory(c))
                    >
                        <span class=format!("cat-dot cat-{}", c.key())></span>
                        {s.category(c)}
                        " "
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
                <Disableable class="link" disabled=Signal::derive(move || g.hidden.get().is_empty())
                    on_press=Callback::new(move |_| g.send(Msg::ShowAllCategories))>
                    {s.show_all}
                </Disableable>
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
                <Disableable label=s.zoom_out disabled=Signal::derive(move || span().is_none())
                    on_press=Callback::new(move |_| g.send(Msg::Zoom(Zoom::Out)))>
                    "−"
                </Disableable>
                <button type="button" aria-label=s.zoom_in title=s.zoom_in
                    on:click=move |_| g.send(Msg::Zoom(Zoom::In))>"+"</button>
                <Disableable disabled=Signal::derive(move || span().is_none_or(|sp| sp.start <= bounds.start))
                    on_press=Callback::new(move |_| g.send(Msg::Pan(-pan_days())))>
                    "← " {s.earlier}
                </Disableable>
                <Disableable disabled=Signal::derive(move || span().is_none_or(|sp| sp.end >= bounds.end))
                    on_press=Callback::new(move |_| g.send(Msg::Pan(pan_days())))>
                    {s.later} " →"
                </Disableable>
            </div>
        </div>
    }
}

/// A button that can stop applying while it has focus (at a limit, or with nothing to
/// undo): it says so with `aria-disabled` and ignores presses, but keeps focus, where a
/// `disabled` button would drop it onto the page.
#[component]
fn Disableable(
    disabled: Signal<bool>,
    on_press: Callback<()>,
    /// The name, when the content is a symbol.
    #[prop(optional)]
    label: Option<&'static str>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-label=label
            title=label
            aria-disabled=move || if disabled.get() { "true" } else { "false" }
            on:click=move |_| {
                if !disabled.get_untracked() {
                    on_press.run(());
                }
            }
        >
            {children()}
        </button>
    }
}
