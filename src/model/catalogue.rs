//! The Chinese texts a Chinese reader's graphic fetched, installed once: sorted English
//! texts and their translations. A leaf module, so that `dataset::Text::get` reads it
//! without importing `translations`, which builds it from a dataset.

use std::sync::OnceLock;

static CATALOGUE: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();

/// Installs translations, `lines[i]` being that of `keys[i]` (sorted). False, installing
/// nothing, if the counts differ or a catalogue is installed already.
pub fn install(keys: Vec<&'static str>, lines: Vec<&'static str>) -> bool {
    keys.len() == lines.len() && CATALOGUE.set((keys, lines)).is_ok()
}

/// The installed translation of an English text.
pub fn lookup(en: &str) -> Option<&'static str> {
    let (keys, lines) = CATALOGUE.get()?;
    keys.binary_search(&en).ok().map(|i| lines[i])
}
