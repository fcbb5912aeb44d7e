//! The texts the graphic installs apart from its data: every one of them comes back from the
//! file of its language, for the whole dataset and for one as of an earlier day; the
//! English file travels in the page too, and only a copy true to its name is installed.

mod common;

use common::{d, fixture, fixture_with};
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::late_texts;

#[test]
fn the_file_brings_back_every_late_text_left_out_of_the_graphic() {
    let data = fixture();
    let (name, text) = late_texts::file(&data, Lang::En).unwrap();
    assert!(name.starts_with("texts-en-") && name.ends_with(".txt"), "{name}");
    let graphic = late_texts::without_late(&data);
    assert!(graphic.events.iter().all(|e| e.summary.en.is_empty() && e.sources.is_empty()));
    assert!(graphic.meta.revisions.iter().all(|r| r.note.en.is_empty()));
    let first = data.events[0];
    assert_eq!(late_texts::event(&graphic, first.id), None, "nothing until the file is installed");

    assert!(!late_texts::install(&graphic, "a file of another build"));
    assert!(late_texts::install_checked(&graphic, &name, text));
    for e in data.events {
        let (summary, sources) = late_texts::event(&graphic, e.id).unwrap();
        assert_eq!((summary, sources.as_slice()), (e.summary.en, e.sources), "{}", e.id);
    }
    let meta = &data.meta;
    assert_eq!(late_texts::definitions(&graphic.meta), Some(meta.definitions().en));
    assert_eq!(late_texts::methodology(&graphic.meta), Some(meta.methodology().en));
    for (i, r) in meta.revisions.iter().enumerate() {
        assert_eq!(late_texts::revision(i), Some(r.note.en));
    }
    // As of an earlier day: the notes then, and the events known then.
    let day = d("2025-04-01");
    let (then, graphic_then) = (data.as_of(day), graphic.as_of(day));
    assert_eq!(late_texts::definitions(&graphic_then.meta), Some(then.meta.definitions().en));
    assert_eq!(late_texts::event_at(data.events.len()), None, "no event past the last");
    let last = then.events.last().unwrap();
    assert_eq!(late_texts::event(&graphic_then, last.id).unwrap().0, last.summary.en);
}

#[test]
fn each_language_has_its_own_file() {
    let data = fixture();
    let (en, en_text) = late_texts::file(&data, Lang::En).unwrap();
    let (zh, zh_text) = late_texts::file(&data, Lang::Zh).unwrap();
    assert!(zh.starts_with("texts-zh-Hans-"), "{zh}");
    assert_ne!(en, zh);
    assert!(zh_text.contains(data.events[0].summary.zh));
    assert_eq!(en_text.lines().count(), zh_text.lines().count());
}

#[test]
fn a_tab_in_a_summary_stops_the_build_naming_the_event() {
    let data = fixture_with(&[("events.toml", "summary = \"Fixture event 1.\"", "summary = \"Fixture\\tevent 1.\"")]);
    let error = late_texts::file(&data, Lang::En).unwrap_err();
    assert!(error.starts_with("event `inauguration`: a tab or line break in \"Fixture\\tevent 1.\""), "{error}");
}

#[test]
fn only_a_copy_true_to_the_files_name_is_installed() {
    let data = fixture();
    let (name, text) = late_texts::file(&data, Lang::En).unwrap();
    assert!(late_texts::is_file(&name, &text));
    let edited = text.replacen("Fixture", "Fixed", 1);
    assert!(!late_texts::is_file(&name, &edited), "an edited copy");
    assert!(!late_texts::is_file(&name, &text[..text.len() - 1]), "a cut copy");
    assert!(!late_texts::is_file(&name, ""), "an empty copy");
    assert!(!late_texts::is_file("texts-en.txt", &text), "a name without its hash");
    let graphic = late_texts::without_late(&data);
    assert!(!late_texts::install_checked(&graphic, &name, edited));
}

#[test]
fn the_page_carries_the_english_file_as_is_in_an_element_that_never_runs() {
    let (_, text) = late_texts::file(&fixture(), Lang::En).unwrap();
    let block = late_texts::page_block(late_texts::PAGE_ID, &text).unwrap();
    let open = format!(r#"<script type="text/plain" id="{}">"#, late_texts::PAGE_ID);
    assert_eq!(block.strip_prefix(open.as_str()).and_then(|b| b.strip_suffix("</script>")), Some(text.as_str()));
}

#[test]
fn a_text_that_would_end_the_pages_element_stops_the_build() {
    let data = fixture_with(&[("events.toml", "summary = \"Fixture event 1.\"", "summary = \"See </SCRIPT> 1.\"")]);
    let (_, text) = late_texts::file(&data, Lang::En).unwrap();
    let error = late_texts::page_block(late_texts::PAGE_ID, &text).unwrap_err();
    assert!(error.contains("\"</script\""), "{error}");
    assert!(late_texts::page_block("x", "a < b, c > d & e").is_ok(), "other markup characters are fine");
}
