//! Layout of the horizontal timeline: one lane per category, markers placed by date,
//! markers too close to tell apart merged into a cluster with a count, and a headline
//! label beside a marker only where it fits before the next one. Only events inside the
//! span are laid out, so the work and the page stay small for any number of events.

use std::ops::Range;

use super::dataset::{Category, Dataset, Event};
use super::i18n::{Lang, event_date, fill, format_date};
use super::scale::{Linear, Rect, text_width};
use super::state::{CategorySet, Span};
use super::ticks::{Tick, time_ticks};

/// Below this width the timeline is a vertical dated list. Measured on the real data at
/// the year zoom: at 800 px half of 2025's events stand alone as markers (32 of 64); at
/// 640 px only 26, the rest merged into clusters a reader must open one by one.
pub const HORIZONTAL_MIN_WIDTH: f64 = 800.0;
pub const LANE_H: f64 = 36.0;
/// Size of a marker's drawn shape, in pixels.
pub const MARKER: f64 = 16.0;
/// Size of a marker's hit area, in pixels: markers closer than this merge into a cluster,
/// so every target is at least 24 px square and none overlap (WCAG 2.5.8).
pub const TARGET: f64 = 24.0;
/// Text sizes at the browser's default root font size (16 px); the page sets them in
/// `rem`, so the layout scales them by the reader's root font size.
pub const LABEL_PX: f64 = 13.0;
pub const LANE_NAME_PX: f64 = 12.0;
const AXIS_H: f64 = 36.0;
const LABEL_GAP: f64 = 6.0;
const MIN_LABEL_W: f64 = 72.0;

/// One lane of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub category: Category,
    /// Top of the lane, in pixels.
    pub y: f64,
}

/// A marker for one event, or a cluster of events too close together to separate.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub lane: usize,
    /// Centre of the marker, in pixels.
    pub x: f64,
    /// The (first) event behind the marker.
    pub first: &'static Event,
    pub count: usize,
    /// Days covered by a cluster (one day for a single event).
    pub span: Span,
    /// Headline beside a single marker, cut to fit, and its box.
    pub label: Option<(String, Rect)>,
}

impl Item {
    /// Whether the marker stands for `event` (alone or in its cluster).
    pub fn holds(&self, event: &Event) -> bool {
        self.first.category == event.category && self.span.contains(event.date)
    }

    /// The span that opens a cluster: its days, with a quarter of them (three at least)
    /// on each side so that its events part.
    pub fn opening_span(&self) -> Span {
        let pad = (self.span.days() / 4).max(3);
        Span { start: self.span.start.add_days(-pad), end: self.span.end.add_days(pad) }
    }

    /// The events behind the marker, in date order.
    pub fn events(&self, data: &Dataset) -> impl Iterator<Item = &'static Event> + use<> {
        let (category, span) = (self.first.category, self.span);
        shown_in_span(data, CategorySet::default(), span).filter(move |e| e.category == category)
    }

    /// The marker's accessible name: the event's date, category and headline; for a
    /// cluster its count and days, or, when it holds the selected event, that event and
    /// its place in the cluster, so stepping through a cluster says something new.
    pub fn name(&self, data: &Dataset, selected: Option<&Event>, lang: Lang) -> String {
        let s = lang.strings();
        if self.count == 1 {
            return event_name(self.first, lang);
        }
        let place = selected.and_then(|sel| self.events(data).position(|e| e.id == sel.id).map(|i| (sel, i)));
        match place {
            Some((sel, i)) => fill(
                s.cluster_holding,
                &[("{event}", event_name(sel, lang)), ("{i}", (i + 1).to_string()), ("{n}", self.count.to_string())],
            ),
            None => fill(
                s.cluster_label,
                &[
                    ("{n}", self.count.to_string()),
                    ("{from}", format_date(self.span.start, lang)),
                    ("{to}", format_date(self.span.end, lang)),
                ],
            ),
        }
    }

    /// The marker's target box.
    pub fn rect(&self, lanes: &[Lane]) -> Rect {
        let y = lanes.get(self.lane).map_or(0.0, |l| l.y) + (LANE_H - TARGET) / 2.0;
        Rect { x: self.x - TARGET / 2.0, y, w: TARGET, h: TARGET }
    }
}

/// The timeline, laid out. It does not depend on the selection, so selecting an event
/// does not lay it out again.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    pub width: f64,
    pub height: f64,
    /// Day number to x pixel.
    pub x: Linear,
    /// Left and right ends of the track.
    pub track: (f64, f64),
    pub span: Span,
    pub ticks: Vec<Tick>,
    pub lanes: Vec<Lane>,
    pub items: Vec<Item>,
}

impl TimelineView {
    /// Lays out the events of the categories not `hidden` over `span`, with text
    /// `text_scale` times its default size (the root font size over 16 px).
    pub fn layout(
        data: &Dataset,
        hidden: CategorySet,
        span: Span,
        width: f64,
        lang: Lang,
        text_scale: f64,
    ) -> TimelineView {
        let text_scale = if text_scale.is_finite() { text_scale.clamp(0.5, 4.0) } else { 1.0 };
        let width = if width.is_finite() { width.max(HORIZONTAL_MIN_WIDTH) } else { HORIZONTAL_MIN_WIDTH };
        let categories: Vec<Category> = Category::ALL
            .iter()
            .copied()
            .filter(|c| !hidden.contains(*c) && data.events.iter().any(|e| e.category == *c))
            .collect();
        let lanes: Vec<Lane> =
            categories.iter().enumerate().map(|(i, &category)| Lane { category, y: i as f64 * LANE_H }).collect();
        // Lane names in a column on the left, then the track.
        let names = categories.iter().map(|c| text_width(lang.strings().category(*c), LANE_NAME_PX * text_scale));
        let name_col = names.fold(0.0, f64::max) + 26.0;
        let track = (name_col + MARKER, width - MARKER);
        // A little room beyond the span's ends so edge markers are whole.
        let pad = f64::from(span.days().max(1)) * MARKER / (track.1 - track.0);
        let x = Linear::new((f64::from(span.start.0) - pad, f64::from(span.end.0) + pad), track);
        let ticks = time_ticks(span.start, span.end, &x, lang);

        let in_span = shown_in_span(data, hidden, span);
        let mut items = Vec::new();
        for (lane, category) in categories.iter().enumerate() {
            let lane_events = in_span.clone().filter(|e| e.category == *category);
            let lane_items = cluster(lane_events, &x, lane);
            items.extend(label(lane_items, track.1, lang, LABEL_PX * text_scale));
        }
        let height = lanes.len() as f64 * LANE_H + AXIS_H;
        TimelineView { width, height, x, track, span, ticks, lanes, items }
    }
}

/// An event as one short phrase: date, category and headline. It names a marker and is
/// what a selection announces.
pub fn event_name(event: &Event, lang: Lang) -> String {
    let s = lang.strings();
    format!(
        "{}{}{}{}{}",
        event_date(event, lang),
        s.comma,
        s.category(event.category),
        s.colon,
        event.headline.get(lang)
    )
}

/// The events of the categories not `hidden` inside `span`, found by binary search on
/// the date-ordered list.
pub fn shown_in_span(
    data: &Dataset,
    hidden: CategorySet,
    span: Span,
) -> impl Iterator<Item = &'static Event> + Clone + use<> {
    let events = data.events;
    let range: Range<usize> =
        events.partition_point(|e| e.date < span.start)..events.partition_point(|e| e.date <= span.end);
    events[range].iter().filter(move |e| !hidden.contains(e.category))
}

/// Merges markers that would touch into clusters. A cluster covers at most one marker's
/// width from its first event, so dense data gives many small clusters (each a way in by
/// zooming), never one long chain; its marker stands at its first event.
fn cluster(events: impl Iterator<Item = &'static Event>, x: &Linear, lane: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for e in events {
        let ex = x.map(f64::from(e.date.0));
        match items.last_mut() {
            Some(item) if ex - item.x < TARGET => {
                item.count += 1;
                item.span.end = e.date;
            }
            _ => {
                let span = Span { start: e.date, end: e.date };
                items.push(Item { lane, x: ex, first: e, count: 1, span, label: None });
            }
        }
    }
    items
}

/// Puts each single marker's headline beside it, cut to the room before the next marker.
fn label(mut items: Vec<Item>, right: f64, lang: Lang, font_px: f64) -> Vec<Item> {
    let next_x: Vec<f64> = items.iter().skip(1).map(|i| i.x - TARGET / 2.0).chain([right + MARKER]).collect();
    for (item, next) in items.iter_mut().zip(next_x) {
        if item.count != 1 {
            continue;
        }
        let left = item.x + TARGET / 2.0;
        let room = next.min(right + MARKER) - LABEL_GAP - left;
        // Text too tall for its lane stays off the track: the marker's name still says it.
        if room < MIN_LABEL_W || font_px * 1.4 > LANE_H {
            continue;
        }
        let text = fit_text(item.first.headline.get(lang), room, font_px);
        let w = text_width(&text, font_px);
        let h = font_px * 1.4;
        let y = item.lane as f64 * LANE_H + (LANE_H - h) / 2.0;
        item.label = Some((text, Rect { x: left, y, w, h }));
    }
    items
}

/// `text`, shortened at a word (or character) boundary with an ellipsis to fit `room`.
pub fn fit_text(text: &str, room: f64, font_px: f64) -> String {
    if text_width(text, font_px) <= room {
        return text.to_owned();
    }
    let budget = room - text_width("…", font_px);
    let mut cut = String::new();
    for c in text.chars() {
        cut.push(c);
        if text_width(&cut, font_px) > budget {
            cut.pop();
            break;
        }
    }
    // Prefer ending at a word, unless that loses most of the text.
    if let Some(space) = cut.rfind(' ').filter(|&i| i * 2 > cut.len()) {
        cut.truncate(space);
    }
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':']))
}

/// The rows of the vertical list on the page, and the list they are a window on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListWindow {
    pub rows: Range<usize>,
    /// The list's length and its first and last events: a window is kept on the same list only.
    of: (usize, Option<&'static str>, Option<&'static str>),
}

impl ListWindow {
    /// At most `size` of `events`, around the `selected` one; `before` stays if it was a
    /// window on the same list and still fits (see [`list_window`]). A new list (another
    /// filter or span) starts at its top or at the selection.
    pub fn over(events: &[&'static Event], selected: Option<&str>, size: usize, before: Option<&ListWindow>) -> Self {
        let of = (events.len(), events.first().map(|e| e.id), events.last().map(|e| e.id));
        let focus = selected.and_then(|id| events.iter().position(|e| e.id == id));
        let kept = before.filter(|w| w.of == of).map(|w| w.rows.clone());
        ListWindow { rows: list_window(events.len(), focus, size, kept), of }
    }
}

/// Which part of a long list to render: at most `size` items, around `focus` if given.
/// The window `kept` from before (of the same list) stays while the focus is in it, away
/// from an edge that can still move: stepping through the list then changes no rows until
/// the focus comes near an edge, where the window moves to centre it again; without a
/// focus (the card just closed) the rows stay where the reader left them.
pub fn list_window(len: usize, focus: Option<usize>, size: usize, kept: Option<Range<usize>>) -> Range<usize> {
    if len <= size {
        return 0..len;
    }
    let margin = size / 8;
    if let Some(w) = kept.clone().filter(|w| w.len() == size && w.end <= len) {
        let clear_of_edges = |f: usize| {
            w.contains(&f) && (w.start == 0 || f >= w.start + margin) && (w.end == len || f + margin < w.end)
        };
        if focus.is_none_or(clear_of_edges) {
            return w;
        }
    }
    // Centred on the focus, else on the rows shown before (more rows asked for).
    let centre = focus.or(kept.map(|w| w.start + w.len() / 2));
    let start = centre.map_or(0, |f| f.saturating_sub(size / 2)).min(len - size);
    start..start + size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_a_word_with_an_ellipsis() {
        let t = fit_text("Trump takes office and orders a review of trade policy", 120.0, 13.0);
        assert!(t.ends_with('…'), "{t}");
        assert!(text_width(&t, 13.0) <= 120.0);
        assert!(!t.contains("  "));
        assert_eq!(fit_text("Short", 200.0, 13.0), "Short");
    }

    #[test]
    fn the_list_window_follows_the_focus() {
        assert_eq!(list_window(10, None, 50, None), 0..10);
        assert_eq!(list_window(5000, None, 50, None), 0..50);
        assert_eq!(list_window(5000, Some(2000), 50, None), 1975..2025);
        assert_eq!(list_window(5000, Some(4999), 50, None), 4950..5000);
    }

    #[test]
    fn a_kept_window_stays_until_the_focus_nears_an_edge_that_can_move() {
        let kept = || Some(1975..2025);
        // Inside and clear of both edges (margin 50 / 8 = 6): unchanged.
        assert_eq!(list_window(5000, Some(1981), 50, kept()), 1975..2025);
        assert_eq!(list_window(5000, Some(2018), 50, kept()), 1975..2025);
        // Within the margin of an edge, or outside: centred on the focus again.
        assert_eq!(list_window(5000, Some(1980), 50, kept()), 1955..2005);
        assert_eq!(list_window(5000, Some(2019), 50, kept()), 1994..2044);
        assert_eq!(list_window(5000, Some(10), 50, kept()), 0..50);
        // No focus (the card closed): the rows stay.
        assert_eq!(list_window(5000, None, 50, kept()), 1975..2025);
        // The list's own ends cannot move: the focus may go right up to them.
        assert_eq!(list_window(5000, Some(0), 50, Some(0..50)), 0..50);
        assert_eq!(list_window(5000, Some(4999), 50, Some(4950..5000)), 4950..5000);
        // A window of another size (more rows asked for) or past the list's end is not kept;
        // without a focus, the larger one holds the rows shown before.
        assert_eq!(list_window(5000, Some(2000), 150, kept()), 1925..2075);
        assert_eq!(list_window(5000, None, 150, kept()), 1925..2075);
        assert_eq!(list_window(2010, Some(2000), 50, kept()), 1960..2010);
    }

    #[test]
    fn stepping_through_a_long_list_rarely_changes_its_rows() {
        let (len, size) = (5000, 100);
        let mut window = list_window(len, Some(0), size, None);
        let mut changes = 0;
        for focus in 1..len {
            let next = list_window(len, Some(focus), size, Some(window.clone()));
            assert!(next.contains(&focus), "{focus} outside {next:?}");
            changes += usize::from(next != window);
            window = next;
        }
        // Each move centres the focus, so the next comes some 38 steps later (not every step).
        assert!(changes <= len / 30, "{changes} changes");
    }
}
