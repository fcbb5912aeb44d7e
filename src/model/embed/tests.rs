use super::*;

const HOST: &str = r#""source":"tariff-timeline-host","version":1"#;

fn texts(messages: &[Outgoing]) -> Vec<&str> {
    messages
        .iter()
        .map(|m| match m {
            Outgoing::Text(s) | Outgoing::Json(s) => s.as_str(),
        })
        .collect()
}

#[test]
fn height_messages_speak_every_protocol() {
    let all = height_messages(Some("graphic-1"), 1234);
    assert_eq!(
        texts(&all),
        [
            "pymxPYMxgraphic-1xPYMxheightxPYMx1234",
            r#"{"sentinel":"amp","type":"embed-size","height":1234}"#,
            r#"{"datawrapper-height":{"tariff-timeline":1234}}"#,
            r#"{"source":"tariff-timeline","version":1,"type":"height","height":1234}"#,
        ]
    );
    assert!(matches!(all[0], Outgoing::Text(_)));
    assert!(all[1..].iter().all(|m| matches!(m, Outgoing::Json(_))));
}

#[test]
fn without_a_child_id_no_pym_message_is_sent() {
    let all = height_messages(None, 10);
    assert_eq!(all.len(), 3);
    assert!(texts(&all).iter().all(|t| !t.starts_with("pym")));
}

#[test]
fn select_message_names_the_event_and_its_offset() {
    assert_eq!(
        select_message("geneva-talks", 812),
        Outgoing::Json(
            r#"{"source":"tariff-timeline","version":1,"type":"select","id":"geneva-talks","top":812}"#.into()
        )
    );
}

#[test]
fn select_message_escapes_what_it_is_given() {
    let Outgoing::Json(text) = select_message("a\"b\\c</script>\n", 0) else { panic!("not JSON") };
    assert!(text.contains(r#""id":"a\"b\\c\u003c/script>\u000a""#), "{text}");
    let fields = parse_flat_object(&text).expect("valid JSON");
    assert_eq!(fields[3].1, Json::Str("a\"b\\c</script>\n".into()));
}

#[test]
fn reads_pym_width_for_its_own_child_only() {
    assert_eq!(parse_incoming("pymxPYMxg1xPYMxwidthxPYMx375", Some("g1")), Some(Incoming::Width(375)));
    assert_eq!(parse_incoming("pymxPYMxg2xPYMxwidthxPYMx375", Some("g1")), None);
    assert_eq!(parse_incoming("pymxPYMxg1xPYMxwidthxPYMx375", None), None);
    assert_eq!(parse_incoming("pymxPYMxg1xPYMxscrollToChildPosxPYMx10", Some("g1")), None);
}

#[test]
fn rejects_bad_pym_widths() {
    for w in ["", "0", "-5", "12.5", "1e3", "9999999", "375 ", "abc", "375xPYMx1"] {
        assert_eq!(parse_incoming(&format!("pymxPYMxg1xPYMxwidthxPYMx{w}"), Some("g1")), None, "{w:?}");
    }
}

#[test]
fn reads_the_hosts_theme_and_select() {
    let theme = format!(r#"{{{HOST},"type":"theme","theme":"dark"}}"#);
    assert_eq!(parse_incoming(&theme, None), Some(Incoming::Theme(Theme::Dark)));
    let light = format!(r#" {{ {HOST} , "type" : "theme" , "theme" : "light" }} "#);
    assert_eq!(parse_incoming(&light, None), Some(Incoming::Theme(Theme::Light)));
    let select = format!(r#"{{"type":"select","id":"geneva-talks",{HOST}}}"#);
    assert_eq!(parse_incoming(&select, None), Some(Incoming::Select("geneva-talks".into())));
    let escaped = format!(r#"{{{HOST},"type":"select","id":"gen\u0065va"}}"#);
    assert_eq!(parse_incoming(&escaped, None), Some(Incoming::Select("geneva".into())));
}

#[test]
fn ignores_malformed_and_hostile_messages() {
    let cases = [
        String::new(),
        "null".into(),
        "{}".into(),
        "[]".into(),
        "\"select\"".into(),
        r#"{"source":"tariff-timeline-host","version":1,"type":"theme","theme":"dark""#.into(),
        format!(r#"{{{HOST},"type":"theme","theme":"dark"}} trailing"#),
        format!(r#"{{{HOST},"type":"theme","theme":"purple"}}"#),
        format!(r#"{{{HOST},"type":"theme","theme":{{"x":1}}}}"#),
        format!(r#"{{{HOST},"type":"theme","theme":"dark","extra":1}}"#),
        format!(r#"{{{HOST},"type":"theme","theme":"dark","theme":"light"}}"#),
        format!(r#"{{{HOST},"type":"resize","height":10}}"#),
        format!(r#"{{{HOST},"type":"select","id":"<img src=x onerror=alert(1)>"}}"#),
        format!(r#"{{{HOST},"type":"select","id":"<script>alert(1)</script>"}}"#),
        format!(r#"{{{HOST},"type":"select","id":42}}"#),
        format!(r#"{{{HOST},"type":"select","id":""}}"#),
        format!(r#"{{{HOST},"type":"select","id":"ok","__proto__":{{}}}}"#),
        r#"{"source":"tariff-timeline","version":1,"type":"select","id":"geneva-talks"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":2,"type":"select","id":"geneva-talks"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":"1","type":"select","id":"geneva-talks"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":1,"type":"select","id":"x\ud800"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":1.0,"type":"select","id":"geneva-talks"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":01,"type":"select","id":"geneva-talks"}"#.into(),
        r#"{"source":"tariff-timeline-host","version":1,"type":"select","id":"bad\x"}"#.into(),
        "{\"source\":\"tariff-timeline-host\",\"version\":1,\"type\":\"select\",\"id\":\"a\u{1}b\"}".into(),
        "{\"a\":".repeat(300),
        "[".repeat(5000),
    ];
    for case in &cases {
        assert_eq!(parse_incoming(case, Some("g1")), None, "{case:?}");
    }
}

#[test]
fn ignores_oversized_messages_unread() {
    let padding = " ".repeat(MAX_INCOMING);
    let select = format!(r#"{{{HOST},"type":"select","id":"geneva-talks"}}{padding}"#);
    assert_eq!(parse_incoming(&select, None), None);
    assert_eq!(parse_incoming(&format!("pymxPYMxg1xPYMxwidthxPYMx375{padding}"), Some("g1")), None);
}

#[test]
fn never_panics_on_any_prefix_of_a_valid_message() {
    let select = format!(r#"{{{HOST},"type":"select","id":"gen\u0065va-\ud83d\ude00"}}"#);
    for (i, _) in select.char_indices() {
        let _ = parse_incoming(&select[..i], Some("g1"));
    }
    let pym = "pymxPYMxg1xPYMxwidthxPYMx375";
    // Up to the width itself, no prefix is a message.
    for i in 0..=pym.len() - 3 {
        assert_eq!(parse_incoming(&pym[..i], Some("g1")), None);
    }
}

#[test]
fn parses_numbers_as_json_does() {
    let number = |n: &str| parse_flat_object(&format!(r#"{{"n":{n}}}"#)).map(|f| f[0].1.clone());
    assert_eq!(number("1"), Some(Json::Num("1".into())));
    assert_eq!(number("-0.5e+2"), Some(Json::Num("-0.5e+2".into())));
    for bad in ["+1", ".5", "1.", "01", "-", "1e", "1e+", "1.2.3", "1e2e3", "1-2", "1.e5", "0x1", "NaN"] {
        assert_eq!(number(bad), None, "{bad}");
    }
}
