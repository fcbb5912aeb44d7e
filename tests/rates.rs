//! The rates, the `as of` cut and the key figures, checked against the fact sheet.

mod common;
use common::fixture;
use tariff_timeline::model::dataset::Series;
use tariff_timeline::model::date::Date;
use tariff_timeline::model::takeaways::Takeaways;

fn d(iso: &str) -> Date {
    Date::parse(iso).unwrap()
}

#[test]
fn rates_at_the_key_dates() {
    let cases = [
        ("2025-01-20", 0.0, 0.0),
        ("2025-02-04", 10.0, 0.0),
        ("2025-03-04", 20.0, 0.0),
        ("2025-04-05", 30.0, 0.0),
        ("2025-04-08", 30.0, 0.0),
        ("2025-04-09", 104.0, 0.0),
        ("2025-04-10", 145.0, 84.0),
        ("2025-04-12", 145.0, 125.0),
        ("2025-05-13", 145.0, 125.0),
        ("2025-05-14", 30.0, 10.0),
        ("2025-08-12", 30.0, 10.0),
        ("2025-11-10", 20.0, 10.0),
        ("2026-02-23", 20.0, 10.0),
        ("2026-02-24", 10.0, 10.0),
        ("2026-05-20", 10.0, 10.0),
    ];
    for (iso, us, china) in cases {
        assert_eq!(fixture().rate_on(Series::Us, d(iso)), us, "US on {iso}");
        assert_eq!(fixture().rate_on(Series::China, d(iso)), china, "China on {iso}");
    }
}

#[test]
fn each_step_names_its_legal_basis_source_and_event() {
    for step in fixture().steps {
        assert!(!step.legal_basis.en.is_empty());
        assert!(step.source.url.starts_with("https://"));
        assert!(fixture().event(step.event).is_some(), "{}", step.event);
    }
    let step = fixture().step_on(Series::Us, d("2025-04-10")).unwrap();
    assert!(step.legal_basis.en.contains("125%"), "{}", step.legal_basis.en);
    assert_eq!(step.event, "us-reciprocal-125");
}

#[test]
fn as_of_the_seed_article_day() {
    let seed = d("2025-07-23");
    let then = fixture().as_of(seed);
    assert_eq!(then.meta.updated, seed);
    assert!(then.events.iter().all(|e| e.date <= seed));
    assert!(then.event("china-confirms-stockholm").is_some(), "the talks were announced");
    assert!(then.event("stockholm-talks").is_none(), "but not yet held");
    assert_eq!(then.rate_on(Series::Us, seed), 30.0);
    assert_eq!(then.rate_on(Series::China, seed), 10.0);
    let t = Takeaways::of(&then);
    assert_eq!(t.truce_ends, Some(d("2025-08-12")));
    assert_eq!((t.current_us, t.current_china), (30.0, 10.0));
    // Steps after the cut are gone, so nothing later can leak into the chart.
    assert!(then.steps.iter().all(|s| s.date <= seed));
}

#[test]
fn as_of_a_later_day_changes_nothing() {
    assert_eq!(fixture().as_of(d("2030-01-01")), fixture());
}

#[test]
fn the_key_figures_of_the_whole_dataset() {
    let t = Takeaways::of(&fixture());
    assert_eq!((t.current_us, t.current_china), (10.0, 10.0));
    assert_eq!((t.peak_us.rate, t.peak_us.date), (145.0, d("2025-04-10")));
    assert_eq!((t.peak_china.rate, t.peak_china.date), (125.0, d("2025-04-12")));
    let jump = t.largest_jump.unwrap();
    assert_eq!((jump.series, jump.from, jump.to, jump.date), (Series::China, 0.0, 84.0, d("2025-04-10")));
    // The one-year truce is the pending one; the earlier expiries were extended.
    assert_eq!(t.truce_ends, Some(d("2026-11-10")));
    let lines = t.lines(tariff_timeline::model::i18n::Lang::En);
    assert_eq!(lines.len(), 4);
    assert!(lines[3].text.contains("scheduled as of 20 May 2026"), "{}", lines[3].text);
}

#[test]
fn pending_deadlines_depend_on_the_day() {
    let ids = |iso: &str| fixture().as_of(d(iso)).pending_deadlines().map(|x| x.id).collect::<Vec<_>>();
    assert_eq!(ids("2025-05-11"), Vec::<&str>::new());
    assert_eq!(ids("2025-06-01"), vec!["truce-expiry-2025-08-12"]);
    assert_eq!(ids("2025-09-01"), vec!["truce-expiry-2025-11-10"]);
    assert!(ids("2026-05-20").contains(&"truce-expiry-2026-11-10"));
}

#[test]
fn an_asof_before_the_data_shows_an_empty_but_sound_graphic() {
    use tariff_timeline::model::chart_view::{ChartInput, ChartView};
    use tariff_timeline::model::i18n::Lang;
    use tariff_timeline::model::timeline::TimelineView;
    let early = d("2024-06-01");
    let data = fixture().as_of(early);
    assert!(data.events.is_empty() && data.steps.is_empty());
    assert_eq!(data.meta.updated, fixture().meta.start);
    let t = Takeaways::of(&data);
    assert_eq!((t.current_us, t.current_china, t.largest_jump, t.truce_ends), (0.0, 0.0, None, None));
    let input = ChartInput { as_of: Some(early), hover: Some(early), ..ChartInput::new(&data, 320.0, Lang::En) };
    let view = ChartView::layout(&input);
    assert_eq!(view.lines.len(), 2);
    let all = tariff_timeline::model::state::State::bounds(&data);
    assert!(TimelineView::layout(&data, Default::default(), all, 900.0, Lang::En, 1.0).items.is_empty());
}

#[test]
fn an_event_names_the_rate_changes_it_caused() {
    let changes: Vec<_> = fixture().changes_by("geneva-truce-takes-effect").collect();
    assert_eq!(changes, vec![(Series::Us, 145.0, 30.0), (Series::China, 125.0, 10.0)]);
    assert_eq!(fixture().changes_by("geneva-talks").count(), 0);
}

#[test]
fn the_chart_has_a_text_alternative_from_the_data() {
    use tariff_timeline::model::i18n::Lang;
    use tariff_timeline::model::takeaways::chart_text_alternative;
    let text = chart_text_alternative(&fixture(), Lang::En);
    assert!(text.contains("from 20 Jan 2025 to 20 May 2026"), "{text}");
    assert!(text.contains("10% now, peak 145% on 10 Apr 2025"), "{text}");
    assert!(text.contains("peak 125% on 12 Apr 2025"), "{text}");
    let then = chart_text_alternative(&fixture().as_of(d("2025-07-23")), Lang::En);
    assert!(then.contains("30% now"), "{then}");
}

#[test]
fn texts_fall_back_to_english_until_translated() {
    use tariff_timeline::model::dataset::Text;
    use tariff_timeline::model::i18n::Lang;
    let both = Text { en: "Geneva", zh: "日内瓦" };
    let english_only = Text { en: "Geneva", zh: "" };
    assert_eq!(both.get(Lang::Zh), "日内瓦");
    assert_eq!(both.get(Lang::En), "Geneva");
    assert_eq!(english_only.get(Lang::Zh), "Geneva");
    assert_eq!(Lang::Zh.strings().series(Series::Us), "美国对华");
}
