//! The reader's state (selection, readout cursor, category filters, timeline span) and
//! the one message type that changes it. Views send `Msg`s; `State::apply` is the only
//! place state changes.

use super::dataset::{Category, Dataset, Event};
use super::date::Date;

/// The shortest span the timeline zooms to, in days.
pub const MIN_SPAN_DAYS: i32 = 14;

/// A set of categories.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    fn bit(c: Category) -> u8 {
        1 << Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
    }

    pub fn contains(self, c: Category) -> bool {
        self.0 & Self::bit(c) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn toggle(&mut self, c: Category) {
        self.0 ^= Self::bit(c);
    }

    fn remove(&mut self, c: Category) {
        self.0 &= !Self::bit(c);
    }
}

/// A span of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: Date,
    pub end: Date,
}

impl Span {
    pub fn days(self) -> i32 {
        self.start.days_until(self.end)
    }

    pub fn contains(self, d: Date) -> bool {
        self.start <= d && d <= self.end
    }

    /// The same length moved to lie inside `bounds` (or `bounds` if it is longer).
    fn within(self, bounds: Span) -> Span {
        let len = self.days().min(bounds.days());
        let start = self.start.max(bounds.start).min(bounds.end.add_days(-len));
        Span { start, end: start.add_days(len) }
    }
}

/// How the timeline zooms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zoom {
    /// The whole period.
    All,
    /// One calendar year.
    Year(i32),
    /// A chosen span.
    To(Span),
    /// Scale the span by `percent` (below 100 zooms in) around a day that stays put
    /// (the one under a pointer).
    By { percent: i32, anchor: Date },
    /// Halve the span around the zoom anchor: the selected event if it is in view, else
    /// the middle of the span (buttons and keys).
    In,
    /// Double the span around the zoom anchor.
    Out,
}

/// What the reader has picked, is pointing at, and has chosen to see.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// Id of the selected event.
    pub selected: Option<&'static str>,
    /// Day shown in the chart's readout (hover, tap or keyboard).
    pub cursor: Option<Date>,
    /// Categories the reader has hidden.
    pub hidden: CategorySet,
    /// The span of the timeline; `None` is the whole period.
    pub span: Option<Span>,
}

/// Every change the views can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// Select an event by id (unknown ids are ignored), or clear the selection.
    Select(Option<&'static str>),
    /// Move the readout to a day, or hide it.
    Point(Option<Date>),
    /// Move the readout by whole days (arrow keys).
    MoveDays(i32),
    /// Move the readout to the previous (-1) or next (+1) rate step.
    MoveSteps(i32),
    /// Move the readout to the first or last day of the data.
    MoveToEnd { last: bool },
    /// Select the event behind the rate step in force on the readout's day.
    PickAtCursor,
    /// Select the event behind the step nearest to a day, within `tolerance` days
    /// (a tap or click on the chart); the readout moves there either way.
    PickNear { date: Date, tolerance: i32 },
    /// Select the previous (-1) or next (+1) shown event in date order.
    StepEvent(i32),
    /// Select the first or last shown event.
    EdgeEvent { last: bool },
    /// Show or hide one category of events.
    ToggleCategory(Category),
    /// Show every category.
    ShowAllCategories,
    /// Zoom the timeline.
    Zoom(Zoom),
    /// Move the timeline's span by whole days (drag, swipe, buttons).
    Pan(i32),
}

impl State {
    /// Applies one message, given the data on screen.
    pub fn apply(&mut self, msg: Msg, data: &Dataset) {
        let bounds = Self::bounds(data);
        let clamp = |d: Date| d.max(bounds.start).min(bounds.end);
        let cursor = self.cursor.or_else(|| self.selected_event(data).map(|e| e.date)).unwrap_or(bounds.end);
        match msg {
            Msg::Select(id) => self.select(id.and_then(|id| data.event(id)), data),
            Msg::Point(date) => self.cursor = date.map(clamp),
            Msg::MoveDays(n) => self.cursor = Some(clamp(cursor.add_days(n))),
            Msg::MoveSteps(n) => self.cursor = Some(clamp(Self::step_day(data, cursor, n))),
            Msg::MoveToEnd { last } => self.cursor = Some(if last { bounds.end } else { bounds.start }),
            Msg::PickAtCursor => {
                let step = data.steps.iter().rfind(|s| s.date <= cursor);
                let keep = self.cursor;
                self.select(step.and_then(|s| data.event(s.event)), data);
                self.cursor = keep.or(self.cursor);
            }
            Msg::PickNear { date, tolerance } => {
                let nearest = data.steps.iter().min_by_key(|s| s.date.days_until(date).abs());
                if let Some(step) = nearest.filter(|s| s.date.days_until(date).abs() <= tolerance) {
                    self.select(data.event(step.event), data);
                }
                self.cursor = Some(clamp(date));
            }
            Msg::StepEvent(n) => self.step_event(n, data),
            Msg::EdgeEvent { last } => {
                let mut shown = self.shown(data);
                let e = if last { shown.next_back() } else { shown.next() };
                self.select(e, data);
            }
            Msg::ToggleCategory(c) => {
                self.hidden.toggle(c);
                if self.selected_event(data).is_some_and(|e| self.hidden.contains(e.category)) {
                    self.selected = None;
                }
            }
            Msg::ShowAllCategories => self.hidden = CategorySet::default(),
            Msg::Zoom(zoom) => {
                let span = self.zoomed(zoom, data);
                self.span = span.filter(|s| *s != bounds).map(|s| Self::at_least_min(s, bounds));
            }
            Msg::Pan(days) => {
                if let Some(s) = self.span {
                    self.span = Some(Span { start: s.start.add_days(days), end: s.end.add_days(days) }.within(bounds));
                }
            }
        }
    }

    /// The day of the previous (`n < 0`) or next rate step after `from`, else the period's end.
    fn step_day(data: &Dataset, from: Date, n: i32) -> Date {
        let bounds = Self::bounds(data);
        let days = data.steps.iter().map(|s| s.date);
        if n < 0 {
            days.filter(|&d| d < from).max().unwrap_or(bounds.start)
        } else {
            days.filter(|&d| d > from).min().unwrap_or(bounds.end)
        }
    }

    /// Selects the shown event `n` places from the selected one, staying at the ends.
    fn step_event(&mut self, n: i32, data: &Dataset) {
        let shown: Vec<&'static Event> = self.shown(data).collect();
        let index = self.selected.and_then(|id| shown.iter().position(|e| e.id == id));
        let next = match index {
            // Nothing selected: start from the first (or last) event in view.
            None => {
                let span = self.span_or_all(data);
                let in_view = shown.iter().position(|e| span.contains(e.date));
                let last_in_view = shown.iter().rposition(|e| span.contains(e.date));
                if n < 0 { last_in_view.or(shown.len().checked_sub(1)) } else { in_view.or(Some(0)) }
            }
            Some(i) => i.checked_add_signed(n as isize).filter(|&j| j < shown.len()).or(Some(i)),
        };
        self.select(next.and_then(|i| shown.get(i).copied()), data);
    }

    /// The span a zoom asks for (`None`: the whole period), before the minimum length.
    fn zoomed(&self, zoom: Zoom, data: &Dataset) -> Option<Span> {
        let bounds = Self::bounds(data);
        let clamp = |d: Date| d.max(bounds.start).min(bounds.end);
        let by = |percent: i32, anchor: Date| {
            let now = self.span_or_all(data);
            let len = (i64::from(now.days()) * i64::from(percent.max(1)) / 100) as i32;
            let len = len.max(MIN_SPAN_DAYS);
            // Keep the anchor at the same fraction of the span.
            let before = (i64::from(now.start.days_until(anchor).clamp(0, now.days())) * i64::from(len)
                / i64::from(now.days().max(1))) as i32;
            let start = anchor.add_days(-before);
            Some(Span { start, end: start.add_days(len) }.within(bounds))
        };
        match zoom {
            Zoom::All => None,
            Zoom::Year(y) => Date::from_ymd(y, 1, 1)
                .zip(Date::from_ymd(y, 12, 31))
                .map(|(start, end)| Span { start: start.max(bounds.start), end: end.min(bounds.end) }),
            Zoom::To(s) => Some(Span { start: clamp(s.start), end: clamp(s.end.max(s.start)) }),
            Zoom::By { percent, anchor } => by(percent, anchor),
            Zoom::In => by(50, self.zoom_anchor(data)),
            Zoom::Out => by(200, self.zoom_anchor(data)),
        }
    }

    /// Selects `event` (or nothing), showing its category and bringing it into the span.
    fn select(&mut self, event: Option<&'static Event>, data: &Dataset) {
        self.selected = event.map(|e| e.id);
        let Some(e) = event else { return };
        self.hidden.remove(e.category);
        self.cursor = Some(e.date.max(data.meta.start).min(data.meta.updated));
        if let Some(s) = self.span
            && !s.contains(e.date)
        {
            let half = s.days() / 2;
            let moved = Span { start: e.date.add_days(-half), end: e.date.add_days(s.days() - half) };
            self.span = Some(moved.within(Self::bounds(data)));
        }
    }

    fn at_least_min(s: Span, bounds: Span) -> Span {
        if s.days() >= MIN_SPAN_DAYS {
            return s;
        }
        let start = s.start.add_days(-(MIN_SPAN_DAYS - s.days()) / 2);
        Span { start, end: start.add_days(MIN_SPAN_DAYS) }.within(bounds)
    }

    /// The whole period the timeline can show.
    pub fn bounds(data: &Dataset) -> Span {
        Span { start: data.meta.start, end: data.meta.updated }
    }

    /// The span the timeline shows.
    pub fn span_or_all(&self, data: &Dataset) -> Span {
        self.span.unwrap_or(Self::bounds(data))
    }

    /// The events of the categories shown, in date order.
    pub fn shown(&self, data: &Dataset) -> impl DoubleEndedIterator<Item = &'static Event> + use<> {
        let hidden = self.hidden;
        data.events.iter().filter(move |e| !hidden.contains(e.category))
    }

    /// The day zooming in or out keeps in place: the selected event if it is in view,
    /// else the middle of the span.
    fn zoom_anchor(&self, data: &Dataset) -> Date {
        let span = self.span_or_all(data);
        let selected = self.selected_event(data).map(|e| e.date).filter(|d| span.contains(*d));
        selected.unwrap_or(span.start.add_days(span.days() / 2))
    }

    /// The day the readout shows: the cursor's, else the data's last day.
    pub fn readout_day(&self, data: &Dataset) -> Date {
        self.cursor.unwrap_or(data.meta.updated)
    }

    /// The selected event.
    pub fn selected_event(&self, data: &Dataset) -> Option<&'static Event> {
        self.selected.and_then(|id| data.event(id))
    }
}
