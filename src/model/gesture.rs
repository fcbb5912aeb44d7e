//! The timeline's pointer gestures, recognised from raw positions: a press that travels
//! past a threshold drags (the span pans by whole days, the fraction carried over), two
//! pointers pinch (zoom around their midpoint), and a wheel pans sideways or, with ctrl
//! (a trackpad pinch), zooms. Positions are CSS pixels from the track's left edge;
//! days come from the track's scale.

use super::date::Date;
use super::scale::Linear;
use super::state::{Msg, Zoom};

/// Pixels a pointer must move before a press becomes a drag (and not a click).
pub const DRAG_START_PX: f64 = 6.0;
/// Relative change of the fingers' distance that makes one pinch zoom step.
const PINCH_STEP: f64 = 0.08;
/// Wheel pixels that zoom by a factor of e.
const WHEEL_ZOOM_PX: f64 = 300.0;

/// An ongoing drag or pinch on the timeline.
#[derive(Debug, Default)]
pub struct Gesture {
    /// Active pointers (id, last x): one drags, two pinch.
    pointers: Vec<(i32, f64)>,
    /// Pixels moved since the press.
    travel: f64,
    /// Fraction of a day carried between pan steps.
    carry: f64,
    /// Distance between two pinching fingers at the last zoom step.
    pinch: Option<f64>,
    /// A drag just ended: the click that follows is not a selection.
    swallow_click: bool,
}

impl Gesture {
    /// A pointer went down at `x`.
    pub fn press(&mut self, id: i32, x: f64) {
        self.pointers.retain(|(p, _)| *p != id);
        self.pointers.push((id, x));
        self.travel = 0.0;
        self.pinch = None;
    }

    /// A pointer moved to `x`, with a button or finger still `pressed` or not; returns
    /// the pan or zoom it asks for, if any.
    pub fn moved(&mut self, id: i32, x: f64, pressed: bool, scale: &Linear) -> Option<Msg> {
        // A press that ended outside the track left no release here: forget it.
        if !pressed {
            self.pointers.retain(|(p, _)| *p != id);
            return None;
        }
        let slot = self.pointers.iter_mut().find(|(p, _)| *p == id)?;
        let last = std::mem::replace(&mut slot.1, x);
        if let [(_, a), (_, b)] = self.pointers[..] {
            return self.pinch_to((a - b).abs().max(1.0), day_at(scale, (a + b) / 2.0));
        }
        self.travel += (x - last).abs();
        if self.travel < DRAG_START_PX {
            return None;
        }
        let days = -(x - last) / density(scale) + self.carry;
        let whole = days.trunc();
        self.carry = days - whole;
        (whole != 0.0).then_some(Msg::Pan(whole as i32))
    }

    /// Two fingers are `dist` apart: zoom once they have moved enough since the last step.
    fn pinch_to(&mut self, dist: f64, anchor: Date) -> Option<Msg> {
        match self.pinch {
            None => {
                self.pinch = Some(dist);
                None
            }
            Some(prev) if (dist / prev - 1.0).abs() > PINCH_STEP => {
                self.pinch = Some(dist);
                let percent = (prev / dist * 100.0).round() as i32;
                Some(Msg::Zoom(Zoom::By { percent, anchor }))
            }
            Some(_) => None,
        }
    }

    /// A pointer went up or was cancelled.
    pub fn release(&mut self, id: i32) {
        self.pointers.retain(|(p, _)| *p != id);
        if self.travel >= DRAG_START_PX {
            self.swallow_click = true;
        }
        self.carry = 0.0;
    }

    /// Whether a click should select: not when it ends a drag. Asking consumes the answer.
    pub fn click_selects(&mut self) -> bool {
        !std::mem::take(&mut self.swallow_click)
    }
}

/// What a wheel turn at `x` asks for: ctrl (a trackpad pinch) zooms around `x`, a mostly
/// sideways turn pans, anything else is left to scroll the page.
pub fn wheel(dx: f64, dy: f64, ctrl: bool, x: f64, scale: &Linear) -> Option<Msg> {
    if ctrl {
        let percent = (100.0 * (dy / WHEEL_ZOOM_PX).exp()).round() as i32;
        Some(Msg::Zoom(Zoom::By { percent, anchor: day_at(scale, x) }))
    } else if dx.abs() > dy.abs() {
        Some(Msg::Pan((dx / density(scale)).round() as i32))
    } else {
        None
    }
}

fn day_at(scale: &Linear, x: f64) -> Date {
    Date(scale.invert(x).round() as i32)
}

/// Pixels per day, never zero.
fn density(scale: &Linear) -> f64 {
    scale.density().max(1e-6)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ten pixels a day, day 0 at x = 0.
    fn scale() -> Linear {
        Linear::new((0.0, 100.0), (0.0, 1000.0))
    }

    fn drag(g: &mut Gesture, xs: &[f64]) -> Vec<Msg> {
        g.press(1, xs[0]);
        xs[1..].iter().filter_map(|&x| g.moved(1, x, true, &scale())).collect()
    }

    #[test]
    fn a_small_wobble_is_a_click_not_a_drag() {
        let mut g = Gesture::default();
        assert_eq!(drag(&mut g, &[500.0, 502.0, 499.0]), vec![]);
        g.release(1);
        assert!(g.click_selects());
    }

    #[test]
    fn a_drag_pans_by_whole_days_and_carries_the_fraction() {
        let mut g = Gesture::default();
        // Left by 4 px (under the threshold), then by 15 px twice: 3 days in all, split 1 + 2.
        let msgs = drag(&mut g, &[500.0, 496.0, 481.0, 466.0]);
        assert_eq!(msgs, vec![Msg::Pan(1), Msg::Pan(2)]);
        g.release(1);
        assert!(!g.click_selects(), "the click that ends a drag selects nothing");
        assert!(g.click_selects(), "only that one click");
    }

    #[test]
    fn dragging_right_shows_earlier_days() {
        let mut g = Gesture::default();
        assert_eq!(drag(&mut g, &[100.0, 130.0]), vec![Msg::Pan(-3)]);
    }

    #[test]
    fn moving_without_a_press_does_nothing_and_forgets_the_pointer() {
        let mut g = Gesture::default();
        g.press(1, 500.0);
        assert_eq!(g.moved(1, 300.0, false, &scale()), None);
        assert_eq!(g.moved(1, 100.0, true, &scale()), None, "the pointer was forgotten");
        assert_eq!(g.moved(7, 100.0, true, &scale()), None, "an unknown pointer");
    }

    #[test]
    fn a_pinch_zooms_around_the_fingers_midpoint() {
        let mut g = Gesture::default();
        g.press(1, 400.0);
        g.press(2, 600.0);
        // The first move only measures the distance.
        assert_eq!(g.moved(2, 600.0, true, &scale()), None);
        // Under the step: nothing yet.
        assert_eq!(g.moved(2, 610.0, true, &scale()), None);
        // Fingers apart from 200 to 400 px: half the span, around day 60 (x = 600).
        assert_eq!(g.moved(2, 800.0, true, &scale()), Some(Msg::Zoom(Zoom::By { percent: 50, anchor: Date(60) })));
        // Together again to 200 px: twice the span, around day 50.
        assert_eq!(g.moved(2, 600.0, true, &scale()), Some(Msg::Zoom(Zoom::By { percent: 200, anchor: Date(50) })));
    }

    #[test]
    fn the_wheel_pans_sideways_zooms_with_ctrl_and_leaves_vertical_scroll_alone() {
        assert_eq!(wheel(40.0, 5.0, false, 0.0, &scale()), Some(Msg::Pan(4)));
        assert_eq!(wheel(-40.0, 5.0, false, 0.0, &scale()), Some(Msg::Pan(-4)));
        assert_eq!(wheel(5.0, 40.0, false, 0.0, &scale()), None);
        let Some(Msg::Zoom(Zoom::By { percent, anchor })) = wheel(0.0, -100.0, true, 250.0, &scale()) else {
            panic!("ctrl+wheel zooms")
        };
        assert_eq!((percent, anchor), (72, Date(25)));
    }
}
