//! Texts no reader needs for the first screen travel apart from the WebAssembly: the
//! events' summaries and sources, the definitions, the method and the revision log. The
//! build leaves them out of the graphic's compiled dataset (`without_late`) and writes
//! them per language to a content-hashed file (`file`): one line per event (its summary,
//! then the name and URL of each source, apart by tabs), then one per variant of the
//! definitions, of the method, and one per revision. The build also writes the English
//! file into the page (`page_block`), whose pre-render holds the same texts, so that brotli
//! shares them: an English reader's app installs it from there before it mounts
//! (`install_checked`), and fetches the file only if the page's copy is missing or not of
//! this build. Chinese readers fetch theirs before the app mounts.

use std::sync::OnceLock;

use super::dataset::{Dataset, Meta, Source};

/// Between the fields of an event's line.
const TAB: char = '\t';

/// The installed file: its lines, and the first line of each kind of note.
struct Installed {
    lines: Vec<&'static str>,
    definitions: usize,
    methodology: usize,
    revisions: usize,
}

static INSTALLED: OnceLock<Installed> = OnceLock::new();

/// Installs the fetched file of `data`, the dataset the graphic was built with. False,
/// installing nothing, if its lines do not match the data (a file of another build).
pub fn install(data: &Dataset, file_text: &'static str) -> bool {
    let meta = data.meta;
    let definitions = data.events.len();
    let methodology = definitions + meta.definitions.len();
    let revisions = methodology + meta.methodology.len();
    let lines: Vec<&'static str> = file_text.split('\n').collect();
    lines.len() == revisions + meta.revisions.len()
        && INSTALLED.set(Installed { lines, definitions, methodology, revisions }).is_ok()
}

/// The id of the page's inert element holding the English file (`page_block`).
pub const PAGE_ID: &str = "late-texts-en";

/// Whether `file_text` is the text of the file named `file_name` (the hash in its name),
/// as a copy of the file in the page must be to be installed.
pub fn is_file(file_name: &str, file_text: &str) -> bool {
    // Spelt out rather than parsed or formatted: the WebAssembly then needs neither.
    let hash = super::translations::fnv1a(file_text);
    let hex = (0..16).rev().map(|i| b"0123456789abcdef"[(hash >> (i * 4)) as usize & 15]);
    let named = file_name.strip_suffix(".txt").and_then(|n| n.get(n.len().checked_sub(16)?..));
    named.is_some_and(|n| n.bytes().eq(hex))
}

/// Installs `file_text` if it is the text of the file named `file_name` of `data`.
pub fn install_checked(data: &Dataset, file_name: &str, file_text: String) -> bool {
    is_file(file_name, &file_text) && install(data, String::leak(file_text))
}

/// A file as an element `id` of the page that browsers neither run nor show, even under a
/// strict CSP: a `<script>` of a type that is not a script. Its text is the file's as is (a
/// script element's content is raw text), so fails if the file holds what would end the
/// element early.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_block(id: &str, file_text: &str) -> Result<String, String> {
    let lower = file_text.to_ascii_lowercase();
    if let Some(bad) = ["</script", "<!--"].into_iter().find(|b| lower.contains(b)) {
        return Err(format!("the texts of #{id} hold {bad:?}, which a page cannot carry as is"));
    }
    Ok(format!(r#"<script type="text/plain" id="{id}">{file_text}</script>"#))
}

/// Whether the file is installed.
pub fn installed() -> bool {
    INSTALLED.get().is_some()
}

/// The summary and sources of the event `id` of `data` (the graphic's dataset, or one
/// `as_of` a day, whose events are the first of it), once installed.
pub fn event(data: &Dataset, id: &str) -> Option<(&'static str, Vec<Source>)> {
    event_at(data.events.iter().position(|e| e.id == id)?)
}

/// The summary and sources of the `i`th event of the graphic's dataset, once installed.
pub fn event_at(i: usize) -> Option<(&'static str, Vec<Source>)> {
    let file = INSTALLED.get()?;
    // The events' lines come first, up to the definitions'.
    let line = *file.lines[..file.definitions].get(i)?;
    let mut fields = line.split(TAB);
    let summary = fields.next()?;
    let mut sources = Vec::new();
    while let (Some(name), Some(url)) = (fields.next(), fields.next()) {
        sources.push(Source { name, url });
    }
    Some((summary, sources))
}

/// The definitions as `meta` has them (its variants are the first of the graphic's).
pub fn definitions(meta: &Meta) -> Option<&'static str> {
    let at = INSTALLED.get()?.definitions;
    line(at + meta.definitions.len().checked_sub(1)?)
}

/// The method as `meta` has it (its variants are the first of the graphic's).
pub fn methodology(meta: &Meta) -> Option<&'static str> {
    let at = INSTALLED.get()?.methodology;
    line(at + meta.methodology.len().checked_sub(1)?)
}

/// The note of revision `i`.
pub fn revision(i: usize) -> Option<&'static str> {
    line(INSTALLED.get()?.revisions + i)
}

fn line(i: usize) -> Option<&'static str> {
    INSTALLED.get()?.lines.get(i).copied()
}

/// The file of a dataset's late texts in `lang`: its name and its text. Fails, naming the
/// text, if one holds a line break (or, in an event's line, a tab).
#[cfg(not(target_arch = "wasm32"))]
pub fn file(data: &Dataset, lang: super::lang::Lang) -> Result<(String, String), String> {
    let meta = data.meta;
    let mut lines: Vec<String> = Vec::new();
    for e in data.events {
        let sources = e.sources.iter().flat_map(|s| [s.name, s.url]);
        let fields: Vec<&str> = [e.summary.get(lang)].into_iter().chain(sources).collect();
        if let Some(field) = fields.iter().find(|f| f.contains([TAB, '\n'])) {
            return Err(format!("event `{}`: a tab or line break in {field:?}", e.id));
        }
        lines.push(fields.join("\t"));
    }
    let notes = meta.definitions.iter().chain(meta.methodology).map(|d| d.text);
    for note in notes.chain(meta.revisions.iter().map(|r| r.note)).map(|t| t.get(lang)) {
        if note.contains('\n') {
            return Err(format!("a note spans lines: {note:?}"));
        }
        lines.push(note.to_owned());
    }
    let text = lines.join("\n");
    Ok((format!("texts-{}-{:016x}.txt", lang.tag(), super::translations::fnv1a(&text)), text))
}

/// The dataset with its late texts left out, as the graphic compiles it.
#[cfg(not(target_arch = "wasm32"))]
pub fn without_late(data: &Dataset) -> Dataset {
    use super::dataset::{Dated, Event, Revision, Text};
    const NONE: Text = Text { en: "", zh: "" };
    let events = data.events.iter().map(|e| Event { summary: NONE, sources: &[], ..*e }).collect();
    let m = data.meta;
    let dated = |v: &[Dated]| -> &'static [Dated] { Vec::leak(v.iter().map(|d| Dated { text: NONE, ..*d }).collect()) };
    let revisions = m.revisions.iter().map(|r| Revision { note: NONE, ..*r }).collect();
    let meta = Meta {
        definitions: dated(m.definitions),
        methodology: dated(m.methodology),
        revisions: Vec::leak(revisions),
        ..m
    };
    Dataset { meta, events: Vec::leak(events), ..*data }
}
