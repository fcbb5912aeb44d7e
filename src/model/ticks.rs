//! Time-axis ticks spaced for the pixels available: days, weeks or months, never crowded.

use super::date::Date;
use super::i18n::{self, Lang};
use super::scale::{Linear, text_width};

/// Font size of tick labels, CSS pixels.
pub const TICK_PX: f64 = 12.0;

/// A tick on an axis: its pixel position and label lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub px: f64,
    pub label: String,
    /// Second line (the year under a month), if any.
    pub sub: Option<String>,
}

impl Tick {
    /// Width of the widest of its lines, in pixels.
    pub fn width(&self) -> f64 {
        let sub = self.sub.as_deref().map_or(0.0, |s| text_width(s, TICK_PX));
        text_width(&self.label, TICK_PX).max(sub)
    }
}

fn year_label(y: i32, lang: Lang) -> String {
    match lang {
        Lang::En => y.to_string(),
        Lang::Zh => format!("{y}年"),
    }
}

/// Ticks from `start` to `end` on scale `x` (day numbers to pixels). Labels start at the
/// tick and run right; the step is the smallest whose labels keep a clear gap.
pub fn time_ticks(start: Date, end: Date, x: &Linear, lang: Lang) -> Vec<Tick> {
    let day_px = x.density();
    let day_need =
        text_width(&i18n::format_day_month(Date::parse("2025-09-30").unwrap_or(start), lang), TICK_PX) + 14.0;
    if let Some(step) = [1, 2, 7, 14].into_iter().find(|s| f64::from(*s) * day_px >= day_need) {
        return day_ticks(start, end, step, x, lang);
    }
    let widest = lang.strings().months.iter().map(|m| text_width(m, TICK_PX)).fold(0.0, f64::max);
    let need = widest.max(text_width(&year_label(2026, lang), TICK_PX)) + 12.0;
    let month_px = day_px * 30.44;
    let step = [1, 2, 3, 4, 6, 12].into_iter().find(|s| f64::from(*s) * month_px >= need).unwrap_or(12);
    month_ticks(start, end, step, x, lang)
}

fn day_ticks(start: Date, end: Date, step: i32, x: &Linear, lang: Lang) -> Vec<Tick> {
    // Weekly ticks fall on Mondays (1970-01-01 was a Thursday: day 4 is a Monday).
    let first = if step >= 7 { start.add_days((4 - start.0).rem_euclid(7)) } else { start };
    let mut ticks = Vec::new();
    let mut d = first;
    while d <= end {
        let sub = (ticks.is_empty() || d.ymd().1 == 1 && d.ymd().2 <= step as u32).then(|| year_label(d.ymd().0, lang));
        ticks.push(Tick { px: x.map(f64::from(d.0)), label: i18n::format_day_month(d, lang), sub });
        d = d.add_days(step);
    }
    ticks
}

fn month_ticks(start: Date, end: Date, step: u32, x: &Linear, lang: Lang) -> Vec<Tick> {
    let (mut y, mut m, day) = start.ymd();
    if day > 1 {
        m += 1;
    }
    let mut ticks = Vec::new();
    loop {
        if m > 12 {
            m -= 12;
            y += 1;
        }
        let Some(d) = Date::from_ymd(y, m, 1) else { break };
        if d > end {
            break;
        }
        if (m - 1) % step == 0 {
            let sub = (ticks.is_empty() || m == 1).then(|| year_label(y, lang));
            let label = lang.strings().months[m as usize - 1].to_owned();
            ticks.push(Tick { px: x.map(f64::from(d.0)), label, sub });
        }
        m += 1;
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks(start: &str, end: &str, width: f64) -> Vec<Tick> {
        let (s, e) = (Date::parse(start).unwrap(), Date::parse(end).unwrap());
        let x = Linear::new((f64::from(s.0), f64::from(e.0)), (0.0, width));
        time_ticks(s, e, &x, Lang::En)
    }

    fn assert_uncrowded(t: &[Tick]) {
        for w in t.windows(2) {
            assert!(w[0].px + w[0].width() + 4.0 < w[1].px, "{:?} crowds {:?}", w[0].label, w[1].label);
        }
    }

    #[test]
    fn long_spans_get_months_with_the_year_on_january() {
        let t = ticks("2025-01-20", "2026-05-20", 1000.0);
        assert_eq!(t[0].label, "Feb");
        assert_eq!(t[0].sub.as_deref(), Some("2025"));
        assert!(t.iter().any(|k| k.label == "Jan" && k.sub.as_deref() == Some("2026")));
        assert_uncrowded(&t);
    }

    #[test]
    fn short_spans_get_days_or_weeks() {
        let t = ticks("2025-04-01", "2025-04-20", 1000.0);
        assert!(t.len() >= 10, "{t:?}");
        assert_eq!(t[0].label, "1 Apr");
        assert_uncrowded(&t);
        // Three months at 700 px: a tick every other Monday (3 March 2025 was one).
        let t = ticks("2025-03-01", "2025-06-01", 700.0);
        assert_eq!(t[0].label, "3 Mar");
        assert_eq!(t[1].label, "17 Mar");
        assert_uncrowded(&t);
    }

    #[test]
    fn no_width_crowds_the_labels() {
        for width in [200.0, 320.0, 640.0, 1200.0, 3000.0] {
            for (s, e) in [("2025-01-20", "2026-05-20"), ("2025-04-01", "2025-05-01"), ("2025-01-01", "2025-12-31")] {
                assert_uncrowded(&ticks(s, e, width));
            }
        }
    }
}
