//! The compact event list of phones: a row of the story's key moments, with every event
//! one tap away ("All n events"), so the graphic stays a few screens tall in an article.

use super::dataset::{Dataset, Event};

/// Lists this short are shown whole.
pub const COMPACT_MAX: usize = 15;

/// Whether an event is a key moment: it changed a rate or is annotated on the chart.
pub fn is_key(data: &Dataset, event: &Event) -> bool {
    !event.chart_label.en.is_empty() || data.steps.iter().any(|s| s.event == event.id)
}

/// Whether a compact list of `events` leaves some out until the reader asks for them all.
/// Decided by the key moments alone, not by the events the reader has opened since: a row
/// that keeps a few more does not turn into the whole list once the last one is opened.
pub fn leaves_some_out(data: &Dataset, events: &[&'static Event]) -> bool {
    events.len() > COMPACT_MAX && events.iter().any(|e| !is_key(data, e))
}

/// Where to scroll the row so that an entry spanning `entry` (start and end, in the row's
/// own coordinates) is wholly in a view of `view_width` now scrolled to `scroll`: to the
/// entry's start, where the row snaps, if any of it is hidden; else nowhere.
pub fn row_scroll_to_show(entry: (f64, f64), scroll: f64, view_width: f64) -> Option<f64> {
    let hidden = entry.0 < scroll || entry.1 > scroll + view_width;
    hidden.then_some(entry.0.max(0.0))
}

/// What a compact list shows of `events` (in date order): all of them when it would leave
/// none out, else the key ones and those in `keep` (the selected event and the ones the
/// reader opened, so nothing vanishes under the reader), still in date order.
pub fn compact(data: &Dataset, events: &[&'static Event], keep: &[&str]) -> Vec<&'static Event> {
    if !leaves_some_out(data, events) {
        return events.to_vec();
    }
    events.iter().copied().filter(|e| keep.contains(&e.id) || is_key(data, e)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DATASET;
    use crate::model::dataset::Text;
    use crate::model::synthetic::with_events;

    /// 40 synthetic events; the 4th is annotated on the chart, the 10th caused a rate step.
    fn fixture() -> Dataset {
        let base = with_events(&DATASET, 40);
        let mut events = base.events.to_vec();
        events[3].chart_label = Text { en: "Peak", zh: "" };
        let steps = Vec::leak(vec![crate::model::dataset::RateStep { event: events[9].id, ..DATASET.steps[0] }]);
        Dataset { events: Vec::leak(events), steps, ..base }
    }

    #[test]
    fn long_lists_keep_key_moments_and_opened_events_in_date_order() {
        let data = fixture();
        let all: Vec<&'static Event> = data.events.iter().collect();
        let ids = |v: Vec<&Event>| v.iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(ids(compact(&data, &all, &[])), ["synthetic-3", "synthetic-9"]);
        assert_eq!(ids(compact(&data, &all, &["synthetic-30"])), ["synthetic-3", "synthetic-9", "synthetic-30"]);
        assert_eq!(
            ids(compact(&data, &all, &["synthetic-30", "synthetic-0", "no-such-event"])),
            ["synthetic-0", "synthetic-3", "synthetic-9", "synthetic-30"]
        );
    }

    #[test]
    fn short_lists_are_shown_whole() {
        let data = fixture();
        let few: Vec<&'static Event> = data.events.iter().skip(20).take(COMPACT_MAX).collect();
        assert_eq!(compact(&data, &few, &[]), few);
        assert!(!leaves_some_out(&data, &few));
    }

    #[test]
    fn a_long_list_stays_compact_with_every_event_opened() {
        let data = fixture();
        let all: Vec<&'static Event> = data.events.iter().collect();
        let opened: Vec<&str> = all.iter().map(|e| e.id).collect();
        assert_eq!(compact(&data, &all, &opened), all);
        assert!(leaves_some_out(&data, &all));
    }

    #[test]
    fn the_row_scrolls_only_to_show_a_hidden_entry_from_its_start() {
        // A view 375 wide scrolled to 1000 shows 1000..1375.
        assert_eq!(row_scroll_to_show((1100.0, 1340.0), 1000.0, 375.0), None);
        assert_eq!(row_scroll_to_show((1250.0, 1490.0), 1000.0, 375.0), Some(1250.0), "cut off on the right");
        assert_eq!(row_scroll_to_show((900.0, 1140.0), 1000.0, 375.0), Some(900.0), "cut off on the left");
        assert_eq!(row_scroll_to_show((3000.0, 3240.0), 0.0, 375.0), Some(3000.0), "far off");
    }

    #[test]
    fn a_long_list_of_key_moments_only_is_shown_whole() {
        let base = with_events(&DATASET, COMPACT_MAX + 5);
        let events = base.events.iter().map(|e| Event { chart_label: Text { en: "Moment", zh: "" }, ..*e });
        let data = Dataset { events: Vec::leak(events.collect()), ..base };
        let all: Vec<&'static Event> = data.events.iter().collect();
        assert!(!leaves_some_out(&data, &all));
        assert_eq!(compact(&data, &all, &[]), all);
    }
}
