//! Small, owned wrappers over the browser APIs the components need.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_utils::{document, document_element, history, window};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    FocusOptions, HtmlElement, ResizeObserver, ResizeObserverEntry, ScrollIntoViewOptions, ScrollLogicalPosition,
};

use super::page::Page;
use super::root_font;
use crate::model::DATASET;
use crate::model::compact::row_scroll_to_show;
use crate::model::params::Params;
use crate::model::throttle::{self, Run};

/// The media query of a reader who asks for a dark theme.
pub const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

pub fn element_by_id(id: &str) -> Option<HtmlElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The page's query string and hash.
pub fn location() -> (String, String) {
    let loc = window().location();
    (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default())
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// The text of a file next to the page, if it could be fetched.
pub async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Whether a CSS media query matches now.
pub fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().is_some_and(|m| m.matches())
}

/// Whether `<html>` has an attribute.
pub fn root_has_attribute(name: &str) -> bool {
    document_element().has_attribute(name)
}

/// A new element, not yet in the page.
pub fn detached_element(tag: &str) -> Option<HtmlElement> {
    document().create_element(tag).ok()?.dyn_into().ok()
}

/// Sets an attribute of `<html>`, if it differs: writing one there, even unchanged, makes
/// the browser look again at the style of every element in the page.
pub fn set_root_attribute(name: &str, value: &str) {
    let root = document_element();
    if root.get_attribute(name).as_deref() != Some(value) {
        let _ = root.set_attribute(name, value);
    }
}

/// Sets the page's title (the browser tab's name), if it differs.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()).filter(|d| d.title() != title) {
        doc.set_title(title);
    }
}

/// Replaces the URL's hash without adding a history entry.
pub fn replace_hash(hash: &str) {
    let (search, _) = location();
    let path = window().location().pathname().unwrap_or_default();
    let url = if hash.is_empty() { format!("{path}{search}") } else { format!("{path}{search}#{hash}") };
    let _ = history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// The page as the browser shows it now, and a warning for each URL option it ignored.
///
/// The width is that of the graphic's pre-rendered content, read before the app replaces
/// it: the page is laid out already, so reading costs no layout, and the sections of the
/// graphic span it.
pub fn read_page(root: &HtmlElement) -> (Page, Vec<String>) {
    let (query, hash) = location();
    let (params, warnings) = Params::parse(&query, &hash, DATASET.meta.start);
    let content = root.query_selector(".graphic").ok().flatten();
    let width = content.map_or(0.0, |el| el.get_bounding_client_rect().width().round());
    let page = Page::live(params, preferred_languages(), media_matches(DARK_QUERY), width, root_font::text_scale());
    (page, warnings)
}

/// Keeps `width` equal to the content width of the element behind `node`, for as long
/// as the calling component lives; the observer is disconnected on cleanup.
///
/// `width` starts at the page's width (the sections of the graphic span it), so the first
/// drawing is laid out with the page; reading the element's width after mounting would
/// force a synchronous layout of the whole page. The observer reports any change.
pub fn watch_width<E>(node: NodeRef<E>, width: RwSignal<f64>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let el: web_sys::Element = el.unchecked_into();
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
                let w = entry.content_rect().width().round();
                if (w - width.get_untracked()).abs() >= 1.0 {
                    width.set(w);
                }
            }
        });
        let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
        observer.observe(&el);
        let owned = SendWrapper::new((observer, on_resize));
        on_cleanup(move || owned.0.disconnect());
    });
}

/// Runs `f` in a task of its own, after what the browser has waiting.
pub fn run_soon(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback(callback.unchecked_ref());
}

/// How long `run_after_frame` waits for a frame before it runs its work anyway.
const FRAME_WAIT_MS: i32 = 100;

/// Runs `f` in a task of its own once the browser has painted the next frame, or after
/// `FRAME_WAIT_MS` where it paints none (a hidden tab, an iframe out of view).
pub fn run_after_frame(f: impl FnOnce() + 'static) {
    // Whichever comes first runs `f`; the other finds it gone.
    let slot = Rc::new(Cell::new(Some(f)));
    let run = move || {
        if let Some(f) = slot.take() {
            f();
        }
    };
    let on_frame = run.clone();
    request_animation_frame(move || run_soon(on_frame));
    let callback = Closure::once_into_js(run);
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), FRAME_WAIT_MS);
}

/// Runs work at most once per interval, for as long as the page lives (see `model::throttle`).
#[derive(Clone)]
pub struct Throttle(Rc<Cell<throttle::Throttle>>);

impl Throttle {
    pub fn new(every_ms: f64) -> Throttle {
        Throttle(Rc::new(Cell::new(throttle::Throttle::new(every_ms))))
    }

    pub fn run(&self, work: impl FnOnce() + 'static) {
        let mut t = self.0.get();
        let run = t.request(js_sys::Date::now());
        self.0.set(t);
        match run {
            Run::Now => work(),
            Run::After(ms) => {
                let state = self.0.clone();
                let wait = std::time::Duration::from_millis(ms.ceil() as u64);
                set_timeout(
                    move || {
                        let mut t = state.get();
                        t.ran(js_sys::Date::now());
                        state.set(t);
                        work();
                    },
                    wait,
                );
            }
            Run::Covered => {}
        }
    }
}

/// Moves focus to the control of an event (its timeline marker or list entry).
pub fn focus_event(id: &str) {
    // A list entry or single marker carries the id; a cluster holding it is the current one.
    let selector = format!("button[data-event-id=\"{id}\"], .track button[aria-current=\"true\"]");
    let found = document().query_selector(&selector).ok().flatten();
    if let Some(el) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        // Focusing scrolls only a control out of view: one half in view (in the phone's
        // swipeable row, a new entry where the row snapped back) would stay half hidden.
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        let into_view = ScrollIntoViewOptions::new();
        into_view.set_block(ScrollLogicalPosition::Nearest);
        into_view.set_inline(ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&into_view);
    }
}

/// Scrolls the phone's row of key events, and nothing else, so that its selected entry is
/// wholly in view: the page stays where the reader is. Not while focus is in the row, where
/// moving focus has brought the entry into view already (reading the layout again here
/// would cost a second style and layout pass in the frame).
pub fn show_selected_in_row() {
    let Some(entry) = document().query_selector(".key-events > .selected").ok().flatten() else { return };
    let Some(row) = entry.parent_element() else { return };
    if document().active_element().is_some_and(|el| row.contains(Some(&el))) {
        return;
    }
    let (r, e) = (row.get_bounding_client_rect(), entry.get_bounding_client_rect());
    let scroll = f64::from(row.scroll_left());
    let start = e.left() - r.left() - f64::from(row.client_left()) + scroll;
    if let Some(left) = row_scroll_to_show((start, start + e.width()), scroll, f64::from(row.client_width())) {
        row.set_scroll_left(left.round() as i32);
    }
}

/// Offers `text` to the reader as a file download.
pub fn download(text: &str, file_name: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// Calls `on_change` whenever a CSS media query starts or stops matching, for as long as
/// the calling component lives.
pub fn on_media_change(query: &str, on_change: impl Fn() + 'static) {
    let Some(list) = window().match_media(query).ok().flatten() else { return };
    // Dropping the listener removes it.
    let listener = SendWrapper::new(EventListener::new(&list, "change", move |_| on_change()));
    on_cleanup(move || drop(listener));
}

/// Calls `on_change(true)` when the browser starts printing and `on_change(false)` when it
/// is done, for as long as the calling component lives.
pub fn on_print(on_change: impl Fn(bool) + Clone + 'static) {
    let after = on_change.clone();
    let listeners = SendWrapper::new([
        EventListener::new(&window(), "beforeprint", move |_| on_change(true)),
        EventListener::new(&window(), "afterprint", move |_| after(false)),
    ]);
    on_cleanup(move || drop(listeners));
}
