//! Colours of the chart per theme. Each series colour keeps at least 3:1 contrast with
//! the background (WCAG 2.2, non-text contrast), and the series also differ by line
//! style and marker shape, so colour is never the only cue.

use plotters::style::RGBColor;

use crate::model::dataset::Series;
use crate::model::theme::Theme;

/// The colours of one theme.
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub future: RGBColor,
    pub us: RGBColor,
    pub china: RGBColor,
    pub selected: RGBColor,
}

const LIGHT: Palette = Palette {
    background: RGBColor(0xff, 0xff, 0xff),
    text: RGBColor(0x1b, 0x1d, 0x21),
    muted: RGBColor(0x5a, 0x5f, 0x66),
    grid: RGBColor(0xe4, 0xe6, 0xea),
    future: RGBColor(0xf4, 0xf1, 0xe8),
    us: RGBColor(0xb4, 0x23, 0x18),
    china: RGBColor(0x1d, 0x5f, 0xa8),
    selected: RGBColor(0x6b, 0x3f, 0xa0),
};

const DARK: Palette = Palette {
    background: RGBColor(0x16, 0x18, 0x1c),
    text: RGBColor(0xec, 0xee, 0xf1),
    muted: RGBColor(0xa8, 0xae, 0xb6),
    grid: RGBColor(0x33, 0x37, 0x3e),
    future: RGBColor(0x22, 0x25, 0x2b),
    us: RGBColor(0xff, 0x8a, 0x7a),
    china: RGBColor(0x7c, 0xb7, 0xff),
    selected: RGBColor(0xc9, 0xa7, 0xff),
};

impl Palette {
    pub fn of(theme: Theme) -> &'static Palette {
        match theme {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }

    pub fn series(&self, series: Series) -> RGBColor {
        match series {
            Series::Us => self.us,
            Series::China => self.china,
        }
    }
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    fn luminance(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_and_text_stand_out_from_the_background_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            for s in [p.us, p.china, p.selected, p.muted] {
                assert!(contrast(s, p.background) >= 3.0, "{theme:?}: {s:?}");
                assert!(contrast(s, p.future) >= 3.0, "{theme:?} on future shade: {s:?}");
            }
            assert!(contrast(p.text, p.background) >= 7.0, "{theme:?}");
            assert!(contrast(p.muted, p.background) >= 4.5, "{theme:?}: muted text");
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let c = contrast(RGBColor(0, 0, 0), RGBColor(255, 255, 255));
        assert!((c - 21.0).abs() < 1e-9);
    }
}
