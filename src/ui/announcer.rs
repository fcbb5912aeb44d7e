//! The graphic's one live region: a short, polite sentence for each new selection, from
//! wherever it came (timeline, chart, table, a tap, the host page): date, category and
//! headline. The card itself is not announced: it is too long to hear on every step.

use leptos::prelude::*;

use super::graphic::Graphic;
use crate::model::timeline::event_name;

#[component]
pub fn Announcer() -> impl IntoView {
    let g = expect_context::<Graphic>();
    let text = RwSignal::new(String::new());
    // The selection a link opened is on screen already: only changes are announced. Closing
    // empties the region, so selecting the same event again is announced again.
    Effect::new(move |previous: Option<Option<&'static str>>| {
        let selected = g.selected.get();
        if previous.is_some_and(|p| p != selected) {
            text.set(selected.and_then(|id| g.data.event(id)).map(|e| event_name(e, g.lang)).unwrap_or_default());
        }
        selected
    });
    view! { <p class="visually-hidden" role="status" aria-atomic="true">{text}</p> }
}
