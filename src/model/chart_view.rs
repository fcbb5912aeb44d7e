//! Everything the tariff chart draws, laid out in pixels: scales, ticks, the two step
//! lines, direct labels, annotations and marks. Computed here, drawn by `chart::tariff`,
//! so layout rules (no overlapping text) are tested without a browser.

use super::dataset::{Dataset, Deadline, Series};
use super::date::Date;
use super::deadlines;
use super::i18n::{self, Lang};
use super::scale::{Linear, Rect, fit, text_width};
use super::state::CategorySet;
use super::theme::Theme;
pub use super::ticks::{TICK_PX, Tick, time_ticks};

/// What the chart is asked to show.
#[derive(Clone, Copy, Debug)]
pub struct ChartInput<'a> {
    /// The data, already cut to the `as of` date if one is set.
    pub data: &'a Dataset,
    pub as_of: Option<Date>,
    /// CSS pixels.
    pub width: f64,
    pub lang: Lang,
    pub theme: Theme,
    /// Date of the selected event.
    pub selected: Option<Date>,
    /// Date under the pointer or keyboard cursor.
    pub hover: Option<Date>,
    /// Event categories the reader has hidden: their key moments are not annotated.
    pub hidden: CategorySet,
}

impl<'a> ChartInput<'a> {
    /// The chart of `data` at `width` in `lang` as it first shows: light theme, nothing
    /// selected, pointed at or hidden; other choices by struct update.
    pub fn new(data: &'a Dataset, width: f64, lang: Lang) -> ChartInput<'a> {
        ChartInput {
            data,
            as_of: None,
            width,
            lang,
            theme: Theme::Light,
            selected: None,
            hover: None,
            hidden: CategorySet::default(),
        }
    }
}

/// Font sizes in CSS pixels.
pub const LABEL_PX: f64 = 12.0;
/// How far right of its tick a time label starts.
pub const TICK_LABEL_DX: f64 = 2.0;
const ROW_H: f64 = 16.0;
const MAX_ROWS: usize = 3;
const GAP: f64 = 6.0;
const HALF_LINE: f64 = LABEL_PX * 0.7;

/// A text placed at a box (left, top, width, height) in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub text: String,
    pub rect: Rect,
}

/// One rate series as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub series: Series,
    /// Step-after polyline in pixels, ending on the data's "updated" day.
    pub path: Vec<(f64, f64)>,
    /// The start of each step, where a marker is drawn.
    pub markers: Vec<(f64, f64)>,
    /// Direct label at the line's end ("US on China 10%").
    pub label: Label,
}

/// What an annotation points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnotationKind {
    /// A key moment of the story: a point on the lines.
    Moment,
    /// A scheduled date ahead: a dashed line.
    Deadline,
    /// The `as of` cut.
    AsOf,
}

/// A label in the band above the plot, with a leader line down to what it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    pub kind: AnnotationKind,
    pub date: Date,
    pub x: f64,
    /// Where the leader ends (top of the lines for a moment, the axis for a deadline).
    pub y_end: f64,
    pub label: Label,
    /// The full text, also when the label had to be shortened to a number.
    pub full_text: String,
}

impl Annotation {
    /// The note as a sentence: its full text and its date, unless the text names it.
    pub fn note(&self, lang: Lang) -> String {
        let date = i18n::format_date(self.date, lang);
        if self.full_text.contains(&date) { self.full_text.clone() } else { i18n::aside(&self.full_text, &date, lang) }
    }

    /// The line of the chart's key for a label shortened to a number: the number, then
    /// the note.
    pub fn key_text(&self, lang: Lang) -> String {
        format!("{} {}", self.label.text, self.note(lang))
    }
}

/// The readout of both rates on one day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Readout {
    pub date: Date,
    pub us: f64,
    pub china: f64,
}

/// The chart, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    pub width: f64,
    pub height: f64,
    pub theme: Theme,
    pub lang: Lang,
    /// The plotting area.
    pub plot: Rect,
    /// Day number (`Date.0`) to x pixel.
    pub x: Linear,
    /// Percent to y pixel.
    pub y: Linear,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub lines: Vec<Line>,
    /// Pixel span after the data's "updated" day: only scheduled things lie there.
    pub future: Option<(f64, f64)>,
    pub annotations: Vec<Annotation>,
    /// The selection and readout marks.
    pub marks: Marks,
    /// First and last day of the x axis.
    pub domain: (Date, Date),
}

/// What changes as the reader points and selects: drawn over the rest, so the live chart
/// redraws only these when the pointer moves.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Marks {
    /// x pixel of the selected event's date.
    pub selected: Option<f64>,
    /// x pixel of the readout's day, and both rates that day.
    pub hover: Option<(f64, Readout)>,
}

/// A key moment to annotate: its date and text.
struct Moment {
    kind: AnnotationKind,
    date: Date,
    text: String,
}

impl ChartView {
    pub fn layout(input: &ChartInput) -> ChartView {
        let (data, lang) = (input.data, input.lang);
        let width = fit(input.width, 280.0, 1600.0).round();
        let height = fit(width * 0.6, 300.0, 440.0).round();
        let (start, updated) = (data.meta.start, data.meta.updated);
        // Deadlines up to nine months ahead are drawn; later ones only listed.
        let horizon = updated.add_days(270);
        let deadlines = deadlines::chart_notes(data, horizon, lang);
        let end = deadlines.iter().map(|(d, _)| d.date).max().unwrap_or(updated).max(updated).add_days(12);

        let end_texts: Vec<String> = Series::ALL.iter().map(|&series| end_label(data, series, width, lang)).collect();
        let end_w = end_texts.iter().map(|t| text_width(t, LABEL_PX)).fold(0.0, f64::max);
        let plot = plot_area(width, height, (start, updated, end), end_w);
        let x = Linear::new((f64::from(start.0), f64::from(end.0)), (plot.x, plot.right()));
        let y_max = rate_axis_max(data);
        let y = Linear::new((0.0, y_max), (plot.bottom(), plot.y));
        let px = |d: Date| x.map(f64::from(d.0));

        let lines = Series::ALL.iter().zip(end_texts).map(|(&series, text)| line(data, series, &x, &y, text));
        let lines = dodge_end_labels(lines.collect(), &plot);
        let moments = merge_close(moments(input, &deadlines), px);
        let y_end = |m: &Moment| match m.kind {
            AnnotationKind::Moment => y.map(top_of_lines(data, m.date)) - 5.0,
            _ => plot.bottom(),
        };
        let annotations = place_all(&moments, &plot, y_end, px);

        let mut view = ChartView {
            width,
            height,
            theme: input.theme,
            lang,
            plot,
            x,
            y,
            x_ticks: within(time_ticks(start, end, &x, lang), width),
            y_ticks: rate_ticks(&y, y_max, plot.h, lang),
            future: (end > updated).then(|| (px(updated), plot.right())),
            annotations,
            marks: Marks::default(),
            lines,
            domain: (start, end),
        };
        view.marks = view.marks_for(data, input.selected, input.hover);
        view
    }

    /// The marks for a selected day and a readout day, on this layout's scales.
    pub fn marks_for(&self, data: &Dataset, selected: Option<Date>, hover: Option<Date>) -> Marks {
        let clamp = |d: Date| d.max(self.domain.0).min(self.domain.1);
        let px = |d: Date| self.x.map(f64::from(d.0));
        Marks { selected: selected.map(|d| px(clamp(d))), hover: hover.map(clamp).map(|d| (px(d), readout(data, d))) }
    }

    /// The day under an x pixel, clamped to the drawn range.
    pub fn date_at(&self, px: f64) -> Date {
        let day = self.x.invert(fit(px, self.plot.x, self.plot.right())).round();
        Date(day as i32)
    }

    /// How many whole days `px` pixels span on the x axis.
    pub fn days_across(&self, px: f64) -> i32 {
        (px / self.x.density().max(1e-6)).round() as i32
    }

    /// The text boxes laid out by this module (direct labels and annotations), for
    /// overlap checks; tick labels are spaced by `ticks`.
    pub fn text_boxes(&self) -> Vec<&Label> {
        self.lines.iter().map(|l| &l.label).chain(self.annotations.iter().map(|a| &a.label)).collect()
    }
}

/// A line's direct label: its name (the short one on narrow charts) and latest rate.
fn end_label(data: &Dataset, series: Series, width: f64, lang: Lang) -> String {
    let strings = lang.strings();
    let name = if width < 560.0 { strings.series_short(series) } else { strings.series(series) };
    format!("{name} {}", i18n::format_percent(data.rate_on(series, data.meta.updated), lang))
}

/// The plotting area: room for the y tick labels on the left, the annotation band on
/// top, two lines of x ticks below, and right of the lines' ends for their labels
/// (`end_w` wide) beyond whatever the days after `updated` already leave.
fn plot_area(width: f64, height: f64, (start, updated, end): (Date, Date, Date), end_w: f64) -> Rect {
    let left = text_width("150%", TICK_PX) + 8.0;
    let band = MAX_ROWS as f64 * ROW_H + 4.0;
    let bottom = 2.0 * TICK_PX + 12.0;
    let top = band + 6.0;
    let plot_w0 = width - left - 8.0;
    let after = f64::from(updated.days_until(end)) / f64::from(start.days_until(end)) * plot_w0;
    let right = 8.0 + (end_w + 8.0 - after).max(0.0);
    Rect { x: left, y: top, w: width - left - right, h: height - top - bottom }
}

/// The top of the rate axis: the highest rate, rounded up to a multiple of 25.
fn rate_axis_max(data: &Dataset) -> f64 {
    let peak = data.steps.iter().map(|s| s.rate).fold(0.0, f64::max);
    ((peak / 25.0).ceil() * 25.0).max(25.0)
}

/// Rate ticks every 25 points, or every 50 when the plot is too short for that.
fn rate_ticks(y: &Linear, y_max: f64, plot_h: f64, lang: Lang) -> Vec<Tick> {
    let step = if plot_h / (y_max / 25.0) >= 34.0 { 25.0 } else { 50.0 };
    (0..)
        .map(|i| f64::from(i) * step)
        .take_while(|v| *v <= y_max)
        .map(|v| Tick { px: y.map(v), label: i18n::format_percent(v, lang), sub: None })
        .collect()
}

/// Everything annotated, in date order: the peak, the events with a chart label in the
/// categories shown, the drawn deadlines and the `as of` cut.
fn moments(input: &ChartInput, deadlines: &[(&Deadline, String)]) -> Vec<Moment> {
    let (data, lang) = (input.data, input.lang);
    let strings = lang.strings();
    let updated = data.meta.updated;
    let mut moments: Vec<Moment> = Vec::new();
    let peak = data.steps.iter().map(|s| s.rate).fold(0.0, f64::max);
    if let Some(top_step) = data.steps.iter().filter(|s| s.rate == peak && peak > 0.0).min_by_key(|s| s.date) {
        // "Peak 145%/125%": the highest rate, then the other series' highest.
        let other_peak = data.series(other_series(top_step.series)).map(|s| s.rate).fold(0.0, f64::max);
        let text = format!(
            "{} {}/{}",
            strings.peak_label,
            i18n::format_percent(peak, lang),
            i18n::format_percent(other_peak, lang)
        );
        moments.push(Moment { kind: AnnotationKind::Moment, date: top_step.date, text });
    }
    for e in data.events.iter().filter(|e| !e.chart_label.en.is_empty() && !input.hidden.contains(e.category)) {
        moments.push(Moment { kind: AnnotationKind::Moment, date: e.date, text: e.chart_label.get(lang).to_owned() });
    }
    for (d, text) in deadlines {
        moments.push(Moment { kind: AnnotationKind::Deadline, date: d.date, text: text.clone() });
    }
    if let Some(as_of) = input.as_of.filter(|&a| a < updated.add_days(1)) {
        let text = i18n::fill(strings.as_of, &[("{date}", i18n::format_date(as_of, lang))]);
        moments.push(Moment { kind: AnnotationKind::AsOf, date: as_of, text });
    }
    super::sort::by_key(&mut moments, |m| m.date);
    moments
}

/// The ticks whose labels end inside the chart: the last one may start too near its edge.
fn within(mut ticks: Vec<Tick>, width: f64) -> Vec<Tick> {
    ticks.retain(|t| t.px + TICK_LABEL_DX + t.width() <= width);
    ticks
}

/// Moments a few pixels apart share one label: no two labels fit there side by side
/// without one crossing the other's leader. A deadline or `as of` outranks a moment.
fn merge_close(moments: Vec<Moment>, px: impl Fn(Date) -> f64) -> Vec<Moment> {
    let mut merged: Vec<Moment> = Vec::new();
    for m in moments {
        match merged.last_mut() {
            Some(last) if (px(m.date) - px(last.date)).abs() < 8.0 => {
                last.text = format!("{} · {}", last.text, m.text);
                if m.kind != AnnotationKind::Moment {
                    last.kind = m.kind;
                }
            }
            _ => merged.push(m),
        }
    }
    merged
}

/// The higher of the two rates on a day or the day before: where a moment's leader ends.
fn top_of_lines(data: &Dataset, d: Date) -> f64 {
    let before = d.add_days(-1);
    Series::ALL.iter().map(|&s| data.rate_on(s, d).max(data.rate_on(s, before))).fold(0.0, f64::max)
}

fn other_series(s: Series) -> Series {
    match s {
        Series::Us => Series::China,
        Series::China => Series::Us,
    }
}

/// Both rates on a day.
pub fn readout(data: &Dataset, date: Date) -> Readout {
    Readout { date, us: data.rate_on(Series::Us, date), china: data.rate_on(Series::China, date) }
}

impl Readout {
    /// The readout in words, for assistive technology: "10 Apr 2025: US on China 145%, …".
    pub fn describe(&self, lang: Lang) -> String {
        let s = lang.strings();
        let rate = |series| format!("{} {}", s.series(series), i18n::format_percent(self.rate(series), lang));
        let (colon, comma) = (s.colon, s.comma);
        format!("{}{colon}{}{comma}{}", i18n::format_date(self.date, lang), rate(Series::Us), rate(Series::China))
    }

    pub fn rate(&self, series: Series) -> f64 {
        match series {
            Series::Us => self.us,
            Series::China => self.china,
        }
    }
}

fn line(data: &Dataset, series: Series, x: &Linear, y: &Linear, text: String) -> Line {
    let updated = data.meta.updated;
    let mut path = Vec::new();
    let mut markers = Vec::new();
    let mut last: Option<f64> = None;
    for step in data.series(series) {
        let (px, py) = (x.map(f64::from(step.date.0)), y.map(step.rate));
        if let Some(prev) = last {
            path.push((px, prev));
        }
        path.push((px, py));
        markers.push((px, py));
        last = Some(py);
    }
    let end_x = x.map(f64::from(updated.0));
    let end_y = last.unwrap_or(y.map(0.0));
    path.push((end_x, end_y));
    let w = text_width(&text, LABEL_PX);
    let rect = Rect { x: end_x + 6.0, y: end_y - HALF_LINE, w, h: 2.0 * HALF_LINE };
    Line { series, path, markers, label: Label { text, rect } }
}

/// Moves the two end labels apart vertically when they would overlap, keeping them in
/// the plot; the higher line's label goes up.
fn dodge_end_labels(mut lines: Vec<Line>, plot: &Rect) -> Vec<Line> {
    if lines.len() != 2 {
        return lines;
    }
    let (a, b) = (lines[0].label.rect, lines[1].label.rect);
    let need = a.h + 2.0;
    let gap = (a.y - b.y).abs();
    if gap < need {
        // Index of the upper label: the smaller y, or the first series when equal.
        let upper = if b.y < a.y { 1 } else { 0 };
        let mid = (a.y + b.y) / 2.0;
        let mut up = mid - need / 2.0;
        up = fit(up, plot.y, plot.bottom() - 2.0 * need);
        lines[upper].label.rect.y = up;
        lines[1 - upper].label.rect.y = up + need;
    }
    lines
}

/// Places every moment's label, with as few of them shortened to numbers as possible: a
/// greedy pass can leave a moment no room at all when an earlier full label blocks it,
/// so sets of one, two… numbered labels are tried until every moment has a place.
fn place_all(
    moments: &[Moment],
    plot: &Rect,
    y_end: impl Fn(&Moment) -> f64 + Copy,
    px: impl Fn(Date) -> f64 + Copy,
) -> Vec<Annotation> {
    const MAX_SEARCH: usize = 10;
    let n = moments.len();
    let all_numbers = if n >= 32 { u32::MAX } else { (1u32 << n) - 1 };
    if n <= MAX_SEARCH {
        for k in 0..=n as u32 {
            for numbered in (0..=all_numbers).filter(|m| m.count_ones() == k) {
                let placed = place_annotations(moments, plot, y_end, px, numbered);
                if placed.len() == n {
                    return placed;
                }
            }
        }
    }
    place_annotations(moments, plot, y_end, px, all_numbers)
}

/// Places annotation labels in rows above the plot: centred on their date when they fit,
/// never overlapping another label or another label's leader line; a label that fits in
/// no row becomes its number (the full text is listed under the chart). Moments in
/// `numbered` (a bit set) are numbers from the start.
fn place_annotations(
    moments: &[Moment],
    plot: &Rect,
    y_end: impl Fn(&Moment) -> f64,
    px: impl Fn(Date) -> f64,
    numbered: u32,
) -> Vec<Annotation> {
    let mut placed: Vec<(usize, Annotation)> = Vec::new();
    for (i, m) in moments.iter().enumerate() {
        let x = px(m.date);
        let number = format!("{}", i + 1);
        let candidates = if numbered & (1 << i) != 0 { vec![number] } else { vec![m.text.clone(), number] };
        let mut chosen = None;
        'texts: for text in &candidates {
            let w = text_width(text, LABEL_PX) + 4.0;
            if w > plot.w {
                continue;
            }
            // Centred on the date, else hanging right of it, else left of it.
            let lefts = [x - w / 2.0, x - 8.0, x + 8.0 - w].map(|l| fit(l, plot.x - 4.0, plot.right() + 4.0 - w));
            for row in 0..MAX_ROWS {
                for left in lefts {
                    let rect = Rect { x: left, y: row as f64 * ROW_H + 2.0, w, h: ROW_H - 2.0 };
                    let clear =
                        placed.iter().all(|(r, other)| !collides((row, &rect, x), (*r, &other.label.rect, other.x)));
                    if clear {
                        chosen = Some((row, Label { text: text.clone(), rect }));
                        break 'texts;
                    }
                }
            }
        }
        if let Some((row, label)) = chosen {
            placed.push((
                row,
                Annotation { kind: m.kind, date: m.date, x, y_end: y_end(m), label, full_text: m.text.clone() },
            ));
        }
    }
    placed.into_iter().map(|(_, a)| a).collect()
}

/// Whether a label (row, box, leader x) collides with one already placed: the boxes
/// overlap (with a gap), a leader runs through the other's box, or the leaders coincide.
fn collides((row, rect, x): (usize, &Rect, f64), (other_row, other, other_x): (usize, &Rect, f64)) -> bool {
    let padded = Rect { x: rect.x - GAP, w: rect.w + 2.0 * GAP, ..*rect };
    let spans = |r: &Rect, x: f64| r.x - 2.0 <= x && x <= r.right() + 2.0;
    padded.overlaps(other)
        || (other_row > row && spans(other, x))
        || (other_row < row && spans(rect, other_x))
        || (other_x - x).abs() < 3.0
}
