//! Where focus goes when an action removes or replaces the control that had it, and
//! bringing a card into view: focus never falls back to the page's `<body>`.

use gloo_utils::{document, window};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};

/// The timeline's controls, most specific first: the selection's marker or list entry,
/// else the marker in the tab order, else the first list entry.
const TIMELINE_FALLBACK: &[&str] = &[
    ".track .marker[aria-current=\"true\"]",
    ".track .marker[tabindex=\"0\"]",
    ".event-list .event.selected .event-head",
    ".event-list .event-head",
];

/// Focuses the first element matching one of `selectors` that takes focus.
pub fn focus_first(selectors: &[&str]) {
    for sel in selectors {
        let found = document().query_selector(sel).ok().flatten();
        if let Some(el) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
            if !focus_lost() {
                return;
            }
        }
    }
}

/// Whether focus has fallen back to the page itself.
pub fn focus_lost() -> bool {
    let doc = document();
    match doc.active_element() {
        None => true,
        Some(el) => doc.body().is_some_and(|b| el == *b.unchecked_ref::<Element>()) || !el.is_connected(),
    }
}

/// After the views have redrawn, puts focus back on the timeline if it was lost.
pub fn keep_on_timeline() {
    request_animation_frame(|| {
        if focus_lost() {
            focus_first(TIMELINE_FALLBACK);
        }
    });
}

/// The control that opened the card on screen, so that closing the card returns there.
#[derive(Clone, Copy)]
pub struct CardOpener(StoredValue<Option<SendWrapper<HtmlElement>>, LocalStorage>);

impl CardOpener {
    pub fn new() -> CardOpener {
        CardOpener(StoredValue::new_local(None))
    }

    /// Remembers the focused control, unless it is inside a card (stepping between events).
    pub fn remember_focus(self) {
        let active = document().active_element().filter(|_| !focus_lost());
        let outside_card = active.filter(|el| el.closest(".card").ok().flatten().is_none());
        if let Some(el) = outside_card.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            self.0.set_value(Some(SendWrapper::new(el)));
        }
    }

    /// After the card has closed, focuses the control that opened it, else the timeline.
    pub fn return_focus(self) {
        request_animation_frame(move || {
            let opener = self.0.with_value(|o| o.as_ref().map(|el| (**el).clone()));
            if let Some(el) = opener.filter(|el| el.is_connected()) {
                let _ = el.focus();
            }
            if focus_lost() {
                focus_first(TIMELINE_FALLBACK);
            }
        });
    }
}

/// The marker holding the selection (its first event and count), published by the track
/// so that a key press can move focus to it at once, before the views redraw: focusing
/// then forces no second style and layout pass in the frame.
#[derive(Clone, Copy)]
pub struct SelectionMarker(StoredValue<Option<Memo<Option<MarkerKey>>>, LocalStorage>);

/// A timeline marker: its first event's id and its count of events.
pub type MarkerKey = (&'static str, usize);

impl SelectionMarker {
    pub fn new() -> SelectionMarker {
        SelectionMarker(StoredValue::new_local(None))
    }

    pub fn publish(self, holding: Memo<Option<MarkerKey>>) {
        self.0.set_value(Some(holding));
    }

    /// Focuses the control of event `id` if it is on the page already (its list entry or
    /// single marker, else the cluster holding it); whether it did. A marker becomes the tab
    /// stop first (see `set_tab_stop`).
    pub fn focus_now(self, id: &str) -> bool {
        let cluster = self.0.get_value().and_then(|m| m.try_get_untracked().flatten()).filter(|(_, n)| *n > 1);
        let selector = match cluster {
            Some(key) => marker_selector(key),
            None => format!("button[data-event-id=\"{id}\"]"),
        };
        let found = document().query_selector(&selector).ok().flatten();
        let Some(el) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return false };
        if el.class_list().contains("marker") {
            set_tab_index(&el, true);
        }
        focus_in_view(&el)
    }
}

/// The button of a timeline marker.
fn marker_selector((first, count): MarkerKey) -> String {
    let by = if count > 1 { "data-cluster" } else { "data-event-id" };
    format!(".track button[{by}=\"{first}\"]")
}

/// Puts the marker `key` into the tab order or takes it out, if it is on the page. The
/// track's one tab stop is moved by hand rather than by a reactive attribute: writing
/// `tabindex` on the focused element, even unchanged, makes the browser recalculate style
/// at once, so it is written only when it changes, and on the marker about to take focus
/// before it does.
pub fn set_tab_stop(key: MarkerKey, on: bool) {
    if let Some(el) = document().query_selector(&marker_selector(key)).ok().flatten() {
        set_tab_index(&el, on);
    }
}

fn set_tab_index(el: &Element, on: bool) {
    let value = if on { "0" } else { "-1" };
    if el.get_attribute("tabindex").as_deref() != Some(value) {
        let _ = el.set_attribute("tabindex", value);
    }
}

/// Focuses `el`, scrolling only if it is not in view: working out a scroll that is not
/// needed costs a third of the focus. Cheap only while the layout is clean.
fn focus_in_view(el: &HtmlElement) -> bool {
    let rect = el.get_bounding_client_rect();
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (w, h) = (size(window().inner_width()), size(window().inner_height()));
    let in_view = rect.top() >= 0.0 && rect.left() >= 0.0 && rect.bottom() <= h && rect.right() <= w;
    let options = FocusOptions::new();
    options.set_prevent_scroll(in_view);
    el.focus_with_options(&options).is_ok()
}

/// After the views have redrawn, scrolls the card of event `id` into view if it is not.
pub fn reveal_card(id: &'static str) {
    request_animation_frame(move || {
        let Some(card) = document().get_element_by_id(&format!("card-{id}")) else { return };
        let rect = card.get_bounding_client_rect();
        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if rect.top() < 0.0 || rect.top() > height - 48.0 {
            card.scroll_into_view_with_bool(true);
        }
    });
}
