//! The graphic's side of embedding (formats and parsing in `model::embed`). Framed, it
//! reports the content's height whenever it changes, tells the host which event was
//! selected and where its card is, and takes Pym's `width` and the host's `theme` and
//! `select` from the parent window only. Standalone, a deep-linked card is scrolled into view.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, MessageEvent, ResizeObserver, Window};

use super::graphic::Graphic;
use crate::model::embed::{
    Incoming, MAX_INCOMING, Outgoing, height_messages, parse_incoming, pym_height, select_message,
};
use crate::model::state::Msg;

/// Connects the graphic to its host page for as long as the calling component lives.
pub fn connect(g: Graphic, child_id: Option<String>) {
    let Some(window) = web_sys::window() else { return };
    let parent = window.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &window));
    // A selection made by the URL is brought into view until the reader takes over.
    let deep_link = Rc::new(Cell::new(g.selected.get_untracked()));
    match parent {
        Some(parent) => framed(g, &window, parent, child_id, deep_link),
        None => {
            if let Some(id) = deep_link.get() {
                request_animation_frame(move || card_of(id).into_iter().for_each(|card| card.scroll_into_view()));
            }
        }
    }
}

fn framed(
    g: Graphic,
    window: &Window,
    parent: Window,
    child_id: Option<String>,
    deep_link: Rc<Cell<Option<&'static str>>>,
) {
    let post = {
        let parent = parent.clone();
        move |message: Outgoing| {
            let value = match message {
                Outgoing::Text(text) => JsValue::from_str(&text),
                Outgoing::Json(text) => js_sys::JSON::parse(&text).unwrap_or(JsValue::NULL),
            };
            let _ = parent.post_message(&value, "*");
        }
    };
    let post = Rc::new(post);
    // Offscreen cross-origin frames get no animation frames (and no resize observations)
    // until they scroll into view: what must reach the host at once goes out on a timer.
    let soon = |f: Box<dyn FnOnce()>| set_timeout(f, Duration::ZERO);
    let report = {
        let post = post.clone();
        move |id: &'static str| post(select_message(id, card_of(id).map_or(0, |card| document_top(&card))))
    };
    let report = Rc::new(report);

    // Height: the root element's box, observed; sent only when it changes.
    let measure = {
        let (post, child_id, report, deep_link) = (post.clone(), child_id.clone(), report.clone(), deep_link.clone());
        let last_height = Cell::new(0_u32);
        move || {
            let height = content_height();
            if last_height.replace(height) != height {
                height_messages(child_id.as_deref(), height).into_iter().for_each(|m| post(m));
                // Content above a deep-linked card may still be settling: keep the host pointed at it.
                if let Some(id) = deep_link.get() {
                    report(id);
                }
            }
        }
    };
    let measure = Rc::new(measure);
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let observed = measure.clone();
        let on_resize = Closure::<dyn Fn()>::new(move || observed());
        if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&root);
            let owned = SendWrapper::new((observer, on_resize));
            on_cleanup(move || owned.0.disconnect());
        }
    }
    soon(Box::new(move || measure()));

    // Selection: every new selection is offered to the host, once laid out.
    let selection_link = deep_link.clone();
    Effect::new(move |_| {
        let selected = g.selected.get();
        if selected != selection_link.get() {
            selection_link.set(None);
        }
        if let Some(id) = selected {
            let report = report.clone();
            soon(Box::new(move || report(id)));
        }
    });

    // Messages in: from the parent window only, parsed by the model.
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        let Some(text) = from_parent.then(|| message_text(&ev.data())).flatten() else { return };
        match parse_incoming(&text, child_id.as_deref()) {
            Some(Incoming::Width(_)) => {
                // Pym's parent asks for the height: answer even if it has not changed.
                if let Some(id) = child_id.as_deref() {
                    post(pym_height(id, content_height()));
                }
            }
            Some(Incoming::Theme(theme)) => g.theme.set(theme),
            Some(Incoming::Select(id)) => {
                if let Some(e) = g.data.event(&id) {
                    g.send(Msg::Select(Some(e.id)));
                }
            }
            None => {}
        }
    });
    if window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref()).is_ok() {
        let owned = SendWrapper::new((window.clone(), on_message));
        on_cleanup(move || {
            let (window, on_message) = &*owned;
            let _ = window.remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        });
    }

    // The reader taking over ends the deep link's claim on the host's scroll position.
    let take_over = Closure::<dyn Fn()>::new(move || deep_link.set(None));
    for kind in ["pointerdown", "keydown"] {
        let _ = window.add_event_listener_with_callback(kind, take_over.as_ref().unchecked_ref());
    }
    let owned = SendWrapper::new((window.clone(), take_over));
    on_cleanup(move || {
        let (window, take_over) = &*owned;
        for kind in ["pointerdown", "keydown"] {
            let _ = window.remove_event_listener_with_callback(kind, take_over.as_ref().unchecked_ref());
        }
    });
}

/// The content's height: the root element's box, in whole CSS pixels.
fn content_height() -> u32 {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    root.map_or(0, |r| r.get_bounding_client_rect().height().ceil().clamp(0.0, 1e6) as u32)
}

/// The text of a message: a string as is, an object as JSON; longer ones are not read.
fn message_text(data: &JsValue) -> Option<String> {
    let text = match data.as_string() {
        Some(s) => s,
        None if data.is_object() => js_sys::JSON::stringify(data).ok()?.as_string()?,
        None => return None,
    };
    (text.len() <= MAX_INCOMING).then_some(text)
}

/// The card of an event, or its list entry when no card is shown.
fn card_of(id: &str) -> Option<Element> {
    let doc = web_sys::window()?.document()?;
    doc.get_element_by_id(&format!("card-{id}"))
        .or_else(|| doc.query_selector(&format!("[data-event-id=\"{id}\"]")).ok().flatten())
}

/// Offset of an element's top from the top of the document, in CSS pixels.
fn document_top(el: &Element) -> u32 {
    let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
    (el.get_bounding_client_rect().top() + scroll).round().clamp(0.0, 1e6) as u32
}
