//! The Chinese texts of the dataset travel apart from the WebAssembly, in a file that only
//! Chinese readers fetch: English readers download none of them. The build leaves them
//! out of the graphic's compiled dataset (`without_chinese`) and writes them next to it
//! (`file`): one line per English text, in the sorted order of those texts. Before it
//! starts in Chinese, the app fetches that file and `install`s it; `Text::get` then finds
//! each translation by its English text, like a gettext catalogue.

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

/// The dataset with its Chinese texts left out, as the graphic compiles it.
#[cfg(not(target_arch = "wasm32"))]
pub fn without_chinese(data: &Dataset) -> Dataset {
    use super::dataset::{Dated, Deadline, Event, Meta, RateStep, Revision};
    fn en(t: Text) -> Text {
        Text { en: t.en, zh: "" }
    }
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
    Dataset {
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
    }
}

/// Installs the fetched file as the translations of `data`'s texts. False, installing
/// nothing, if its lines do not match the texts (a file of another build).
pub fn install(data: &Dataset, file_text: &'static str) -> bool {
    super::catalogue::install(keys(data), file_text.split('\n').collect())
}
