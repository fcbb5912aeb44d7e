//! The reader's state (selection, readout cursor) and the one message type that
//! changes it. Views send `Msg`s; `State::apply` is the only place state changes.

use super::dataset::{Dataset, Event};
use super::date::Date;

/// What the reader has picked and is pointing at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// Id of the selected event.
    pub selected: Option<&'static str>,
    /// Day shown in the chart's readout (hover, tap or keyboard).
    pub cursor: Option<Date>,
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
    /// Select the previous (-1) or next (+1) event in date order.
    StepEvent(i32),
}

impl State {
    /// Applies one message, given the data on screen.
    pub fn apply(&mut self, msg: Msg, data: &Dataset) {
        let (start, end) = (data.meta.start, data.meta.updated);
        let clamp = |d: Date| d.max(start).min(end);
        let cursor = self.cursor.or_else(|| self.selected_event(data).map(|e| e.date)).unwrap_or(end);
        match msg {
            Msg::Select(id) => {
                self.selected = id.and_then(|id| data.event(id)).map(|e| e.id);
                if let Some(e) = self.selected_event(data) {
                    self.cursor = Some(clamp(e.date));
                }
            }
            Msg::Point(date) => self.cursor = date.map(clamp),
            Msg::MoveDays(n) => self.cursor = Some(clamp(cursor.add_days(n))),
            Msg::MoveSteps(n) => {
                let mut days: Vec<Date> = data.steps.iter().map(|s| s.date).collect();
                days.dedup();
                let target = if n < 0 {
                    days.iter().rev().find(|&&d| d < cursor).copied().unwrap_or(start)
                } else {
                    days.iter().find(|&&d| d > cursor).copied().unwrap_or(end)
                };
                self.cursor = Some(clamp(target));
            }
            Msg::MoveToEnd { last } => self.cursor = Some(if last { end } else { start }),
            Msg::PickAtCursor => {
                let step = data.steps.iter().rfind(|s| s.date <= cursor);
                if let Some(step) = step {
                    self.selected = data.event(step.event).map(|e| e.id);
                }
            }
            Msg::PickNear { date, tolerance } => {
                self.cursor = Some(clamp(date));
                let nearest = data.steps.iter().min_by_key(|s| s.date.days_until(date).abs());
                if let Some(step) = nearest.filter(|s| s.date.days_until(date).abs() <= tolerance) {
                    self.selected = data.event(step.event).map(|e| e.id);
                }
            }
            Msg::StepEvent(n) => {
                let events = data.events;
                let index = self.selected.and_then(|id| events.iter().position(|e| e.id == id));
                let next = match index {
                    None if n < 0 => events.len().checked_sub(1),
                    None => (!events.is_empty()).then_some(0),
                    Some(i) => i.checked_add_signed(n as isize).filter(|&j| j < events.len()).or(Some(i)),
                };
                self.apply(Msg::Select(next.map(|i| events[i].id)), data);
            }
        }
    }

    /// The selected event.
    pub fn selected_event(&self, data: &Dataset) -> Option<&'static Event> {
        self.selected.and_then(|id| data.event(id))
    }
}
