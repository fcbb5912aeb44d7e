//! What stands for the graphic where it cannot run: fallback images for platforms that take
//! only an image (the chart from the same `chart::tariff::draw`, with the title and the
//! current rates), the link-preview tags a shared link shows, and an oEmbed document.
//! Host only: the build writes them next to the graphic (`examples/export_data.rs`).

use crate::chart::render_svg;
use crate::model::chart_view::{ChartInput, ChartView};
use crate::model::dataset::Dataset;
use crate::model::i18n::{self, Lang};
use crate::model::scale::text_width;
use crate::model::takeaways::{Takeaways, subtitle};

/// One image: its file name and size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Image {
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    pub lang: Lang,
}

/// The images the build writes: the fallback in each language (1200×675, the size link
/// previews use) and a square crop for social networks that prefer one.
pub const IMAGES: [Image; 3] = [
    Image { name: "fallback", width: 1200, height: 675, lang: Lang::En },
    Image { name: "fallback-zh", width: 1200, height: 675, lang: Lang::Zh },
    Image { name: "social-square", width: 1080, height: 1080, lang: Lang::En },
];

/// Fonts of the images, first choice first: what the build machine has (`scripts/setup.sh`).
pub fn font_family(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "DejaVu Sans, Noto Sans CJK SC, sans-serif",
        Lang::Zh => "Noto Sans CJK SC, DejaVu Sans, sans-serif",
    }
}

const MARGIN: f64 = 48.0;
const INK: &str = "#1a1a1a";
const MUTED: &str = "#444444";

/// The image as an SVG document: title, the chart with the key of its numbered notes, the
/// date the data runs to; the square one adds the subtitle and the key figures.
pub fn image_svg(data: &Dataset, image: Image) -> String {
    let (w, h, lang) = (f64::from(image.width), f64::from(image.height), image.lang);
    let s = lang.strings();
    let square = image.width == image.height;
    let inner = w - 2.0 * MARGIN;
    let mut body = String::new();
    let mut y = MARGIN;
    let title_px = if square { 52.0 } else { 40.0 };
    for line in wrap(data.meta.title.get(lang), title_px, inner) {
        y += title_px;
        body += &text(MARGIN, y, title_px, "700", INK, &line);
    }
    if square {
        y += 8.0;
        for line in wrap(&subtitle(data, lang), 22.0, inner).into_iter().take(3) {
            y += 30.0;
            body += &text(MARGIN, y, 22.0, "400", MUTED, &line);
        }
    }
    let input = ChartInput::new(data, inner, lang);
    let view = ChartView::layout(&input);
    y += 16.0;
    // The chart document nests as it is, placed by its own x and y.
    body += &render_svg(&view).replacen("<svg ", &format!("<svg x=\"{MARGIN}\" y=\"{y}\" "), 1);
    y += view.height;
    // Notes the chart had to number, spelled out as on the page.
    for a in view.annotations.iter().filter(|a| a.label.text != a.full_text) {
        for line in wrap(&a.key_text(lang), 16.0, inner) {
            y += 22.0;
            body += &text(MARGIN, y, 16.0, "400", INK, &line);
        }
    }
    if square {
        y += 16.0;
        for l in Takeaways::of(data).lines(lang) {
            let lines = wrap(&format!("{}{}{}", l.label, s.colon, l.text), 24.0, inner);
            if y + 34.0 * lines.len() as f64 > h - 56.0 {
                break;
            }
            for line in lines {
                y += 34.0;
                body += &text(MARGIN, y, 24.0, "400", INK, &line);
            }
        }
    }
    let through = i18n::fill(s.data_through, &[("{date}", i18n::format_date(data.meta.updated, lang))]);
    body += &text(MARGIN, h - 24.0, 16.0, "400", MUTED, &through);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         font-family=\"{}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>{body}</svg>\n",
        font_family(lang)
    )
}

/// The tags of the page's `<head>` that describe it to link previews and oEmbed consumers.
/// `base` is the public URL the graphic is served from (ending in `/`), or empty: then
/// the URLs are relative, which most link previews resolve against the page.
pub fn head_tags(data: &Dataset, base: &str) -> String {
    let title = escape(data.meta.title.en);
    let description = escape(&subtitle(data, Lang::En));
    let image = IMAGES[0];
    let url = |file: &str| escape(&format!("{base}{file}"));
    [
        format!("<meta name=\"description\" content=\"{description}\" />"),
        "<meta property=\"og:type\" content=\"article\" />".to_owned(),
        format!("<meta property=\"og:title\" content=\"{title}\" />"),
        format!("<meta property=\"og:description\" content=\"{description}\" />"),
        format!("<meta property=\"og:image\" content=\"{}\" />", url(&format!("{}.png", image.name))),
        format!("<meta property=\"og:image:width\" content=\"{}\" />", image.width),
        format!("<meta property=\"og:image:height\" content=\"{}\" />", image.height),
        format!("<meta property=\"og:image:alt\" content=\"{}\" />", escape(&image_alt(data))),
        "<meta name=\"twitter:card\" content=\"summary_large_image\" />".to_owned(),
        format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{title}\" />",
            url("oembed.json")
        ),
    ]
    .join("\n    ")
}

/// The text alternative of the fallback images.
pub fn image_alt(data: &Dataset) -> String {
    crate::model::takeaways::chart_text_alternative(data, Lang::En)
}

/// The oEmbed document (type `rich`): the iframe a consumer embeds, with the height the
/// graphic needs on a phone until it reports its own.
pub fn oembed_json(data: &Dataset, base: &str) -> String {
    let iframe = format!(
        "<iframe src=\"{base}index.html\" title=\"{}\" data-tariff-timeline style=\"width:100%;border:0;height:2400px\" \
         loading=\"lazy\"></iframe><script async src=\"{base}embed.js\"></script>",
        escape(data.meta.title.en)
    );
    let image = IMAGES[0];
    serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": data.meta.title.en,
        "provider_name": "tariff-timeline",
        "html": iframe,
        "width": 1200,
        "height": 2400,
        "thumbnail_url": format!("{base}{}.png", image.name),
        "thumbnail_width": image.width,
        "thumbnail_height": image.height,
    })
    .to_string()
}

/// Greedy line breaking with the model's conservative text widths: at spaces, or between
/// any two characters of a text without spaces (Chinese).
fn wrap(text: &str, font_px: f64, width: f64) -> Vec<String> {
    let spaced = text.contains(' ');
    let words: Vec<String> =
        if spaced { text.split(' ').map(str::to_owned).collect() } else { text.chars().map(String::from).collect() };
    let joiner = if spaced { " " } else { "" };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in words {
        let candidate = if line.is_empty() { word.clone() } else { format!("{line}{joiner}{word}") };
        if !line.is_empty() && text_width(&candidate, font_px) > width {
            lines.push(std::mem::replace(&mut line, word));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn text(x: f64, y: f64, px: f64, weight: &str, fill: &str, content: &str) -> String {
    format!(
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{px}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
        escape(content)
    )
}

/// Text for XML content and attribute values.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_within_the_width_without_losing_words() {
        let text = "How Washington and Beijing raised, cut and paused tariffs on each other's goods";
        let lines = wrap(text, 22.0, 300.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 22.0) <= 300.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), text);
        let zh = wrap("中美关税战始末中美关税战始末中美关税战始末", 22.0, 100.0);
        assert!(zh.len() > 2 && zh.concat() == "中美关税战始末中美关税战始末中美关税战始末");
    }

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
