//! The texts of the data that travel apart from the WebAssembly, installed once: its English
//! texts, which the graphic's compiled dataset marks by their line (see `translations`), and
//! for a Chinese reader their translations. A leaf module, so that `dataset::Text::get`
//! reads it without importing `translations`, which builds it from a dataset.

use std::sync::OnceLock;

static CATALOGUE: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
static ENGLISH: OnceLock<Vec<&'static str>> = OnceLock::new();

/// The first marker: the graphic's dataset writes the English text of line `i` as the one
/// character `FIRST + i`, from a private-use plane no text of the data consists of alone.
const FIRST: u32 = 0xF_0000;

/// The marker of line `i` of the English texts; none past the plane's 65,534 characters.
pub fn marker(i: usize) -> Option<char> {
    let c = FIRST.checked_add(u32::try_from(i).ok()?)?;
    char::from_u32(c).filter(|_| c < FIRST + 0xFFFE)
}

/// The line a text marks, if it is a marker.
fn line(text: &str) -> Option<usize> {
    let mut chars = text.chars();
    let c = u32::from(chars.next()?);
    (chars.next().is_none() && (FIRST..FIRST + 0xFFFE).contains(&c)).then(|| (c - FIRST) as usize)
}

/// Installs the English texts, `lines[i]` being that marked `i`. False if installed already.
pub fn install_english(lines: Vec<&'static str>) -> bool {
    ENGLISH.set(lines).is_ok()
}

/// A text of the data in English: itself, or the installed line it marks ("" until then).
pub fn english(text: &'static str) -> &'static str {
    match line(text) {
        Some(i) => ENGLISH.get().and_then(|lines| lines.get(i)).copied().unwrap_or(""),
        None => text,
    }
}

/// Installs translations, `lines[i]` being that of `keys[i]` (sorted). False, installing
/// nothing, if the counts differ or a catalogue is installed already.
pub fn install(keys: Vec<&'static str>, lines: Vec<&'static str>) -> bool {
    keys.len() == lines.len() && CATALOGUE.set((keys, lines)).is_ok()
}

/// The installed translation of an English text (or of its marker).
pub fn lookup(en: &str) -> Option<&'static str> {
    let (keys, lines) = CATALOGUE.get()?;
    keys.binary_search(&en).ok().map(|i| lines[i])
}
