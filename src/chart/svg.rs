//! A small SVG backend for plotters: integer coordinates and font sizes, written straight
//! into one string. plotters' own `SVGBackend` formats every number with the float
//! formatter and builds each attribute with `format!`; in the browser that is both bytes
//! of WebAssembly and work on every redraw.

use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};

use super::dashed::Dashes;

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

/// Draws into `out` as one `<svg>` document of `size` pixels, closed on `present` (or drop).
pub struct Svg<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> Svg<'a> {
    pub fn with_string(out: &'a mut String, size: (u32, u32)) -> Self {
        out.push_str("<svg width=\"");
        push_int(out, i64::from(size.0));
        out.push_str("\" height=\"");
        push_int(out, i64::from(size.1));
        out.push_str("\" viewBox=\"0 0 ");
        push_int(out, i64::from(size.0));
        out.push(' ');
        push_int(out, i64::from(size.1));
        out.push_str("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        Svg { out, size, closed: false }
    }

    /// Starts an element: `<tag` and its paint, with no attribute left open.
    fn open(&mut self, tag: &str, color: BackendColor, paint: Paint) {
        let out = &mut *self.out;
        out.push('<');
        out.push_str(tag);
        match paint {
            Paint::Fill => attr_color(out, "fill", color),
            Paint::Stroke(width) => {
                out.push_str(" fill=\"none\"");
                attr_color(out, "stroke", color);
                attr_int(out, "stroke-width", i64::from(width));
            }
        }
        if color.alpha < 1.0 {
            // Hundredths are finer than any screen shows.
            out.push_str(" opacity=\"0.");
            let hundredths = (color.alpha * 100.0).round().clamp(0.0, 99.0) as i64;
            if hundredths < 10 {
                out.push('0');
            }
            push_int(out, hundredths);
            out.push('"');
        }
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        let out = &mut *self.out;
        out.push_str(" points=\"");
        for (i, (x, y)) in path.into_iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            push_int(out, i64::from(x));
            out.push(',');
            push_int(out, i64::from(y));
        }
        out.push_str("\"/>\n");
    }

    fn rect(&mut self, (x0, y0): BackendCoord, (x1, y1): BackendCoord, color: BackendColor, paint: Paint) {
        self.open("rect", color, paint);
        let out = &mut *self.out;
        attr_int(out, "x", i64::from(x0));
        attr_int(out, "y", i64::from(y0));
        attr_int(out, "width", i64::from(x1) - i64::from(x0));
        attr_int(out, "height", i64::from(y1) - i64::from(y0));
        out.push_str("/>\n");
    }
}

/// How an element is painted: filled, or outlined with a stroke this wide.
#[derive(Clone, Copy)]
enum Paint {
    Fill,
    Stroke(u32),
}

impl Paint {
    fn of(fill: bool, style: &impl BackendStyle) -> Paint {
        if fill { Paint::Fill } else { Paint::Stroke(style.stroke_width()) }
    }
}

impl DrawingBackend for Svg<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            self.rect(point, (point.0 + 1, point.1 + 1), color, Paint::Fill);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha > 0.0 {
            self.rect(upper_left, bottom_right, style.color(), Paint::of(fill, style));
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("polyline", style.color(), Paint::Stroke(style.stroke_width()));
            self.points(path);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("polygon", style.color(), Paint::Fill);
            self.points(path);
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("circle", style.color(), Paint::of(fill, style));
            let out = &mut *self.out;
            attr_int(out, "cx", i64::from(center.0));
            attr_int(out, "cy", i64::from(center.1));
            attr_int(out, "r", i64::from(radius));
            out.push_str("/>\n");
        }
        Ok(())
    }

    /// Text keeps plotters' anchoring (`text-anchor` and a `dy` per vertical position); its
    /// size is the style's, in whole pixels.
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, (x, y): BackendCoord) -> Drawn {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.open("text", style.color(), Paint::Fill);
        let out = &mut *self.out;
        attr_int(out, "x", i64::from(x));
        attr_int(out, "y", i64::from(y));
        out.push_str(match style.anchor().v_pos {
            VPos::Top => " dy=\"0.76em\"",
            VPos::Center => " dy=\"0.5ex\"",
            VPos::Bottom => " dy=\"-0.5ex\"",
        });
        out.push_str(match style.anchor().h_pos {
            HPos::Left => " text-anchor=\"start\"",
            HPos::Right => " text-anchor=\"end\"",
            HPos::Center => " text-anchor=\"middle\"",
        });
        out.push_str(" font-family=\"");
        escape_into(out, style.family().as_str());
        out.push('"');
        attr_int(out, "font-size", style.size().round() as i64);
        out.push('>');
        escape_into(out, text);
        out.push_str("</text>\n");
        Ok(())
    }
}

impl Dashes for Svg<'_> {
    fn draw_dashed_path<S: BackendStyle>(&mut self, path: &[BackendCoord], dash: u32, gap: u32, style: &S) -> Drawn {
        if style.color().alpha > 0.0 {
            self.open("polyline", style.color(), Paint::Stroke(style.stroke_width()));
            let out = &mut *self.out;
            out.push_str(" stroke-dasharray=\"");
            push_int(out, i64::from(dash));
            out.push(' ');
            push_int(out, i64::from(gap));
            out.push('"');
            self.points(path.iter().copied());
        }
        Ok(())
    }
}

impl Drop for Svg<'_> {
    fn drop(&mut self) {
        let _ = self.present();
    }
}

fn attr_int(out: &mut String, name: &str, value: i64) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_int(out, value);
    out.push('"');
}

fn attr_color(out: &mut String, name: &str, color: BackendColor) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"#");
    let (r, g, b) = color.rgb;
    for byte in [r, g, b] {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out.push('"');
}

/// Decimal digits without the formatting machinery.
fn push_int(out: &mut String, value: i64) {
    if value < 0 {
        out.push('-');
    }
    let mut n = value.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn color(alpha: f64) -> BackendColor {
        BackendColor { alpha, rgb: (0xb4, 0x23, 0x0a) }
    }

    #[test]
    fn integers_and_colours_are_written_exactly() {
        let mut s = String::new();
        push_int(&mut s, -1203);
        s.push(' ');
        push_int(&mut s, 0);
        attr_color(&mut s, "fill", color(1.0));
        assert_eq!(s, "-1203 0 fill=\"#B4230A\"");
    }

    #[test]
    fn a_document_is_closed_once_and_skips_the_invisible() {
        let mut s = String::new();
        {
            let mut svg = Svg::with_string(&mut s, (20, 10));
            svg.draw_pixel((3, 4), color(0.5)).unwrap();
            svg.draw_pixel((5, 5), color(0.0)).unwrap();
            svg.present().unwrap();
        }
        assert!(s.starts_with("<svg width=\"20\" height=\"10\" viewBox=\"0 0 20 10\""), "{s}");
        assert!(
            s.contains("<rect fill=\"#B4230A\" opacity=\"0.50\" x=\"3\" y=\"4\" width=\"1\" height=\"1\"/>"),
            "{s}"
        );
        assert_eq!(s.matches("<rect").count(), 1);
        assert_eq!(s.matches("</svg>").count(), 1);
    }

    #[test]
    fn a_dashed_line_is_one_element_with_a_dash_pattern() {
        let mut s = String::new();
        Svg::with_string(&mut s, (20, 10)).draw_dashed_path(&[(0, 1), (9, 1), (9, 8)], 8, 4, &color(1.0)).unwrap();
        assert!(
            s.contains(
                "<polyline fill=\"none\" stroke=\"#B4230A\" stroke-width=\"1\" stroke-dasharray=\"8 4\" points=\"0,1 9,1 9,8\"/>"
            ),
            "{s}"
        );
        assert_eq!(s.matches("<polyline").count(), 1);
    }

    #[test]
    fn text_is_escaped() {
        let mut s = String::new();
        escape_into(&mut s, "R&D <\"x\">");
        assert_eq!(s, "R&amp;D &lt;&quot;x&quot;&gt;");
    }
}
