//! Linear scales between data values and pixels, reversible for hit-testing.

/// Maps `[d0, d1]` onto `[r0, r1]` and back.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    pub d0: f64,
    pub d1: f64,
    pub r0: f64,
    pub r1: f64,
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        Linear { d0: domain.0, d1: domain.1, r0: range.0, r1: range.1 }
    }

    /// Pixel of a data value.
    pub fn map(&self, v: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 { self.r0 } else { self.r0 + (v - self.d0) / span * (self.r1 - self.r0) }
    }

    /// Data value of a pixel.
    pub fn invert(&self, px: f64) -> f64 {
        let span = self.r1 - self.r0;
        if span == 0.0 { self.d0 } else { self.d0 + (px - self.r0) / span * (self.d1 - self.d0) }
    }

    /// Pixels per data unit.
    pub fn density(&self) -> f64 {
        let span = self.d1 - self.d0;
        if span == 0.0 { 0.0 } else { (self.r1 - self.r0) / span }
    }
}

/// An axis-aligned box in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    /// The box grown by `m` on every side.
    pub fn grow(&self, m: f64) -> Rect {
        Rect { x: self.x - m, y: self.y - m, w: self.w + 2.0 * m, h: self.h + 2.0 * m }
    }
}

/// `v` limited to `[lo, hi]`; never panics: NaN gives `lo`, and `lo` wins if `hi < lo`.
pub fn fit(v: f64, lo: f64, hi: f64) -> f64 {
    if v.is_nan() { lo } else { v.min(hi).max(lo) }
}

/// A conservative estimate of a text's width in pixels at `font_px`: wider than the
/// sans-serif fonts readers have, so boxes laid out with it never overlap on screen.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'l' | 'j' | '!' => 0.32,
            'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.92,
            'A'..='Z' | '0'..='9' | '–' | '—' => 0.68,
            c if c.is_ascii() => 0.58,
            c if (c as u32) >= 0x2E80 => 1.02,
            _ => 0.68,
        })
        .sum();
    ems * font_px
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_inverts() {
        let s = Linear::new((100.0, 200.0), (10.0, 310.0));
        assert_eq!(s.map(150.0), 160.0);
        assert_eq!(s.invert(160.0), 150.0);
        assert_eq!(s.density(), 3.0);
        let flipped = Linear::new((0.0, 150.0), (300.0, 0.0));
        assert_eq!(flipped.map(150.0), 0.0);
        assert_eq!(flipped.invert(150.0), 75.0);
    }

    #[test]
    fn rectangles_overlap_only_when_they_share_area() {
        let a = Rect { x: 0.0, y: 0.0, w: 10.0, h: 10.0 };
        assert!(a.overlaps(&Rect { x: 9.0, y: 9.0, w: 5.0, h: 5.0 }));
        assert!(!a.overlaps(&Rect { x: 10.0, y: 0.0, w: 5.0, h: 5.0 }));
        assert!(a.grow(1.0).overlaps(&Rect { x: 10.0, y: 0.0, w: 5.0, h: 5.0 }));
    }

    #[test]
    fn fit_never_panics_and_prefers_the_lower_bound() {
        assert_eq!(fit(5.0, 0.0, 10.0), 5.0);
        assert_eq!(fit(-5.0, 0.0, 10.0), 0.0);
        assert_eq!(fit(15.0, 0.0, 10.0), 10.0);
        assert_eq!(fit(f64::NAN, 1.0, 10.0), 1.0);
        assert_eq!(fit(5.0, 10.0, 0.0), 10.0);
    }

    #[test]
    fn text_width_grows_with_text_and_counts_wide_scripts_wider() {
        assert!(text_width("Geneva truce", 12.0) > text_width("Geneva", 12.0));
        assert!(text_width("日内瓦", 12.0) > text_width("abc", 12.0));
        assert!(text_width("Geneva truce", 12.0) > 12.0 * 12.0 * 0.5);
    }
}
