//! Chinese is published in the fixture edition: every text needs a translation, and the
//! build names the file, line and field of one that is missing or empty.

mod common;

use common::{fixture, fixture_errors_with, fixture_with};
use tariff_timeline::model::i18n::Lang;
use tariff_timeline::model::translations;

#[test]
fn every_text_of_the_fixture_reads_in_both_languages() {
    let data = fixture();
    for e in data.events {
        assert_ne!(e.headline.get(Lang::Zh), e.headline.get(Lang::En), "{}", e.id);
        assert!(!e.summary.zh.is_empty(), "{}", e.id);
    }
    assert!(data.steps.iter().all(|s| !s.legal_basis.zh.is_empty()));
    assert!(data.deadlines.iter().all(|d| !d.label.zh.is_empty()));
}

#[test]
fn a_missing_or_empty_translation_stops_the_build_with_file_line_and_field() {
    let headline = "headline_zh = \"特朗普就职并下令审查贸易政策，首日未加征关税\"\n";
    let errors = fixture_errors_with(&[
        ("events.toml", headline, ""),
        ("deadlines.toml", "label_zh = \"日内瓦休战预定到期\"", "label_zh = \"  \""),
        ("rates.csv", ",inauguration,就职首日未加征新关税", ",inauguration,"),
    ]);
    // In the order the files are read; each line is the English text's, where the
    // translation goes.
    let expected = [
        "events.toml:9: event `inauguration`, field `headline_zh`: missing Chinese translation",
        "rates.csv:2: us step, field `legal_basis_zh`: missing Chinese translation",
        "deadlines.toml:8: deadline `truce-expiry-2025-08-12`, field `label_zh`: missing Chinese translation",
    ];
    assert_eq!(errors, expected);
}

#[test]
fn the_page_and_the_translations_file_restore_every_text_the_graphic_only_marks() {
    let data = fixture();
    let (name, text) = translations::file(&data).unwrap();
    assert!(name.starts_with("zh-") && name.ends_with(".txt"), "{name}");
    let graphic = translations::for_graphic(&data).unwrap();
    let (left, full) = (translations::texts(&graphic), translations::texts(&data));
    assert_eq!(left.len(), full.len());
    assert!(left.iter().all(|t| t.zh.is_empty() && t.en.chars().count() == 1), "markers only");
    assert_eq!(left[0].get(Lang::En), "", "nothing until the English is installed");

    let english = translations::english_file(&data).unwrap();
    assert!(!translations::install_english(&graphic, "a copy of another build"));
    assert!(translations::install_english(&graphic, String::leak(english)));
    for (t, f) in left.iter().zip(&full) {
        assert_eq!(t.get(Lang::En), f.en);
    }
    assert_eq!(left[0].get(Lang::Zh), full[0].en, "English until the Chinese file is installed");
    assert!(!translations::install(&graphic, "a file of another build"));
    assert!(translations::install(&graphic, String::leak(text)));
    for (t, f) in left.iter().zip(&full) {
        assert_eq!(t.get(Lang::Zh), f.zh, "{}", f.en);
    }
    // Texts the graphic keeps as they are: the empty, and the late ones (see `late_texts`).
    assert_eq!(
        graphic.events.iter().find(|e| e.chart_label.en.is_empty()).map(|e| e.chart_label.get(Lang::En)),
        Some("")
    );
    assert_eq!(graphic.events[0].summary.en, data.events[0].summary.en);
}

#[test]
fn a_text_of_the_data_that_spans_lines_stops_the_build() {
    let data =
        fixture_with(&[("deadlines.toml", "label = \"Extended truce due to expire\"", "label = \"Extended\\ntruce\"")]);
    let error = translations::english_file(&data).unwrap_err();
    assert_eq!(error, "a text of the data spans lines: \"Extended\\ntruce\"");
}

#[test]
fn one_english_text_with_two_translations_is_refused() {
    let data = fixture_with(&[(
        "deadlines.toml",
        "label = \"Extended truce due to expire\"",
        "label = \"Geneva truce due to expire\"",
    )]);
    let error = translations::file(&data).unwrap_err();
    assert!(error.starts_with("\"Geneva truce due to expire\" has different translations"), "{error}");
}
