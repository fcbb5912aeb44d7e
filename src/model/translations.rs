//! The texts of the dataset a reader may see first (headlines, actors, labels...) travel
//! apart from the WebAssembly, which carries a one-character marker of each (`for_graphic`):
//! their English in the page (`english_file`), whose pre-render holds the same texts, so
//! that brotli shares them; their Chinese in a file only Chinese readers fetch (`file`).
//! Both have one line per English text, in the sorted order of those texts, which is the
//! order of the markers. The app installs the English from the page before it renders
//! (`install_english`) and, before it starts in Chinese, fetches the Chinese file and
//! `install`s it; `Text::get` then finds each text by its marker, like a gettext catalogue.

use super::dataset::{Dataset, Text};

/// Every text of a dataset that a reader may see, but the late texts, which travel in a
/// file of each language (see `late_texts`).
pub fn texts(data: &Dataset) -> Vec<Text> {
    let meta = data.meta;
    let mut out: Vec<Text> = vec![meta.title, meta.subtitle, meta.credits];
    for e in data.events {
        out.extend([e.headline, e.chart_label]);
        out.extend(e.actors);
    }
    out.extend(data.steps.iter().map(|s| s.legal_basis));
    out.extend(data.deadlines.iter().flat_map(|d| [d.label, d.chart_label]));
    out.retain(|t| !t.en.is_empty());
    out
}

/// The English texts, sorted and unique: the keys of the file's lines, in order.
fn keys(data: &Dataset) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = texts(data).iter().map(|t| t.en).collect();
    super::sort::by_key(&mut keys, |k| *k);
    keys.dedup();
    keys
}

/// The id of the page's inert element holding the English texts (see `english_file`).
pub const PAGE_ID: &str = "texts-en";

/// The English texts of a dataset, one line each. Fails, naming the text, if one spans lines.
#[cfg(not(target_arch = "wasm32"))]
pub fn english_file(data: &Dataset) -> Result<String, String> {
    let keys = keys(data);
    match keys.iter().find(|k| k.contains('\n')) {
        Some(key) => Err(format!("a text of the data spans lines: {key:?}")),
        None => Ok(keys.join("\n")),
    }
}

/// Installs the English texts of `data` (the graphic's, which marks them). False,
/// installing nothing, if the lines do not match its texts (a copy of another build).
pub fn install_english(data: &Dataset, file_text: &'static str) -> bool {
    let lines: Vec<&'static str> = file_text.split('\n').collect();
    lines.len() == keys(data).len() && super::catalogue::install_english(lines)
}

/// The translations file of a dataset: its name and its text. Fails, naming the text, if
/// one English text has two translations or a translation spans lines.
#[cfg(not(target_arch = "wasm32"))]
pub fn file(data: &Dataset) -> Result<(String, String), String> {
    let all = texts(data);
    let mut lines = Vec::new();
    for key in keys(data) {
        let mut zh: Vec<&str> = all.iter().filter(|t| t.en == key).map(|t| t.zh).collect();
        zh.dedup();
        match zh.as_slice() {
            [one] if !one.contains('\n') => lines.push(*one),
            [one] => return Err(format!("the translation of {key:?} spans lines: {one:?}")),
            _ => return Err(format!("{key:?} has different translations: {zh:?}")),
        }
    }
    let text = lines.join("\n");
    Ok((format!("zh-{:016x}.txt", fnv1a(&text)), text))
}

/// FNV-1a: a stable content hash for file names, with no dependency; the app checks a
/// copy of a file against its name with it.
pub(crate) fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// The dataset as the graphic compiles it: its texts' Chinese left out, and their English
/// (where `texts` has it) replaced by the marker of its line in `english_file`. Fails if
/// the data has more texts than markers.
#[cfg(not(target_arch = "wasm32"))]
pub fn for_graphic(data: &Dataset) -> Result<Dataset, String> {
    use super::dataset::{Dated, Deadline, Event, Meta, RateStep, Revision};
    use std::collections::HashMap;
    let keys = keys(data);
    let mut markers = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        let marker = super::catalogue::marker(i).ok_or(format!("more than {i} texts in the data"))?;
        markers.insert(*key, &*String::leak(marker.to_string()));
    }
    let en = |t: Text| Text { en: markers.get(t.en).copied().unwrap_or(t.en), zh: "" };
    fn each<T: Copy>(items: &[T], f: impl Fn(T) -> T) -> &'static [T] {
        Vec::leak(items.iter().map(|x| f(*x)).collect())
    }
    let dated = |d: Dated| Dated { text: en(d.text), ..d };
    let m = data.meta;
    let meta = Meta {
        title: en(m.title),
        subtitle: en(m.subtitle),
        credits: en(m.credits),
        definitions: each(m.definitions, dated),
        methodology: each(m.methodology, dated),
        revisions: each(m.revisions, |r| Revision { note: en(r.note), ..r }),
        ..m
    };
    Ok(Dataset {
        meta,
        events: each(data.events, |e| Event {
            actors: each(e.actors, en),
            headline: en(e.headline),
            summary: en(e.summary),
            chart_label: en(e.chart_label),
            ..e
        }),
        steps: each(data.steps, |s| RateStep { legal_basis: en(s.legal_basis), ..s }),
        deadlines: each(data.deadlines, |d| Deadline { label: en(d.label), chart_label: en(d.chart_label), ..d }),
    })
}

/// Installs the fetched file as the translations of `data`'s texts. False, installing
/// nothing, if its lines do not match the texts (a file of another build).
pub fn install(data: &Dataset, file_text: &'static str) -> bool {
    super::catalogue::install(keys(data), file_text.split('\n').collect())
}
