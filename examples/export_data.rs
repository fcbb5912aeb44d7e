//! Writes what the build puts next to the graphic from the dataset it was built with: the
//! data downloads (`events.csv`, `rates.csv`, `data.json`), the Chinese and late texts files, the
//! fallback images (`fallback.svg`/`.png`, `fallback-zh.svg`/`.png`, `social-square.png`),
//! the oEmbed document, and, in `index.html`, the link-preview tags, the graphic itself,
//! rendered by its own components for readers before (or without) the app, and the English
//! texts the app installs from there. Run by Trunk after each
//! build (`Trunk.toml`, `[[hooks]]`) into its staging folder, so they land in `dist/`; or by
//! hand into any folder: `cargo run --example export_data -- some/folder`.
//!
//! `TARIFF_TIMELINE_PUBLIC_URL` (e.g. `https://example.org/graphics/tariffs/`) makes the
//! preview and oEmbed URLs absolute, as link previews and oEmbed consumers want them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use tariff_timeline::export::{data_json, events_csv, rates_csv};
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::{DATASET, late_texts, translations};
use tariff_timeline::preview::{IMAGES, Image, font_family, head_tags, image_svg, oembed_json};
use tariff_timeline::ui::prerender_html;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("name the folder to write to, or run from a Trunk hook"));
    let base = public_url();
    // The Chinese texts the graphic fetches for a Chinese reader (see `translations`).
    let translations = translations::file(&DATASET).unwrap_or_else(|e| fail(&e));
    // The texts every reader's graphic fetches once it has mounted (see `late_texts`).
    let late = [Lang::En, Lang::Zh].map(|lang| late_texts::file(&DATASET, lang).unwrap_or_else(|e| fail(&e)));
    // The app reads the English ones from the page instead, with the English texts of the
    // data, which its WebAssembly only marks (see `late_texts`, `translations`).
    let english = translations::english_file(&DATASET).unwrap_or_else(|e| fail(&e));
    let blocks = [(translations::PAGE_ID, english.as_str()), (late_texts::PAGE_ID, late[0].1.as_str())]
        .map(|(id, text)| late_texts::page_block(id, text).unwrap_or_else(|e| fail(&e)));
    let files = [
        ("events.csv", events_csv(&DATASET)),
        ("rates.csv", rates_csv(&DATASET)),
        ("data.json", data_json(&DATASET)),
        ("oembed.json", oembed_json(&DATASET, &base)),
    ];
    for (name, text) in files.into_iter().map(|(n, t)| (n.to_owned(), t)).chain([translations]).chain(late) {
        write(&dir.join(name), text.as_bytes());
    }
    for image in IMAGES {
        let svg = image_svg(&DATASET, image);
        if image.name.starts_with("fallback") {
            write(&dir.join(format!("{}.svg", image.name)), svg.as_bytes());
        }
        write(&dir.join(format!("{}.png", image.name)), &png(&svg, image, &svg_options(image.lang)));
    }
    let page = dir.join("index.html");
    if page.exists() {
        let html = std::fs::read_to_string(&page).unwrap_or_else(|e| fail(&format!("{}: {e}", page.display())));
        let html = with_head_tags(&html, &head_tags(&DATASET, &base)).unwrap_or_else(|e| fail(&e));
        let html = with_graphic(&html, &prerender_html().unwrap_or_else(|e| fail(&e))).unwrap_or_else(|e| fail(&e));
        let html = with_texts(&html, &blocks.concat());
        write(&page, html.as_bytes());
    }
}

/// The page with `tags` at the end of its head: before `</head>`, or `<body>` where the
/// minifier left it out.
fn with_head_tags(html: &str, tags: &str) -> Result<String, String> {
    let at = html.find("</head>").or_else(|| html.find("<body")).ok_or("index.html: no </head> or <body>")?;
    Ok(format!("{}    {tags}\n  {}", &html[..at], &html[at..]))
}

/// The page with `graphic` as the content of its `<main id="graphic">`, after the status line
/// where the page's loader says if the app cannot start (`static/boot.js`).
fn with_graphic(html: &str, graphic: &str) -> Result<String, String> {
    let missing = || "index.html: no <main id=\"graphic\">…</main> to write the graphic into".to_owned();
    // Quoted or not: the release build's minifier drops the quotes.
    let main = html.find("<main id=\"graphic\"").or_else(|| html.find("<main id=graphic")).ok_or_else(missing)?;
    let open = main + html[main..].find('>').ok_or_else(missing)? + 1;
    let close = open + html[open..].find("</main>").ok_or_else(missing)?;
    let status = r#"<p class="fallback-status" role="status"></p>"#;
    Ok(format!("{}{status}{graphic}{}", &html[..open], &html[close..]))
}

/// The page with the English texts at the end of its body: after the graphic, whose
/// pre-render holds the same texts, so that they cost little once compressed.
fn with_texts(html: &str, block: &str) -> String {
    let at = html.rfind("</body>").unwrap_or(html.len());
    format!("{}{block}{}", &html[..at], &html[at..])
}

/// The public URL from the build setting, ending in `/`; empty (relative URLs) if unset.
fn public_url() -> String {
    match std::env::var("TARIFF_TIMELINE_PUBLIC_URL") {
        Ok(url) if url.starts_with("https://") || url.starts_with("http://") => {
            if url.ends_with('/') {
                url
            } else {
                format!("{url}/")
            }
        }
        Ok(url) if !url.is_empty() => fail(&format!("TARIFF_TIMELINE_PUBLIC_URL must start with https:// ({url:?})")),
        _ => String::new(),
    }
}

/// SVG options with the machine's fonts, the chart's "sans-serif" being the first of the
/// images' fonts for `lang` that is installed.
fn svg_options(lang: Lang) -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    let fonts = Arc::make_mut(&mut options.fontdb);
    fonts.load_system_fonts();
    let installed = |family: &str| fonts.faces().any(|f| f.families.iter().any(|(name, _)| name == family));
    match font_family(lang).split(", ").find(|f| installed(f)) {
        Some(family) => fonts.set_sans_serif_family(family),
        None => fail("no font for the images: install fonts-dejavu-core or fonts-noto-cjk (scripts/setup.sh does)"),
    }
    options
}

fn png(svg: &str, image: Image, options: &usvg::Options) -> Vec<u8> {
    let tree = usvg::Tree::from_str(svg, options).unwrap_or_else(|e| fail(&format!("{}.svg: {e}", image.name)));
    let mut pixmap = tiny_skia::Pixmap::new(image.width, image.height).unwrap_or_else(|| fail("empty image size"));
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().unwrap_or_else(|e| fail(&format!("{}.png: {e}", image.name)))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("export_data: {message}");
    std::process::exit(1)
}
