//! Messages between the graphic and the page that frames it (SPEC: Publisher contract).
//! Outgoing messages are formatted and incoming ones parsed here, so the browser shell only
//! posts and receives text. Anything malformed, oversized or unexpected parses to `None`.

use super::params::is_event_id;
use super::theme::Theme;

/// Longest incoming message read; longer ones are ignored unread.
pub const MAX_INCOMING: usize = 2048;
/// Widest width a Pym parent may report, in CSS pixels.
const MAX_WIDTH: u32 = 100_000;

/// One message to post to the parent window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outgoing {
    /// Posted as a string (Pym.js reads only strings).
    Text(String),
    /// JSON text, posted as the object it describes (AMP and Datawrapper read objects).
    Json(String),
}

/// Every message that reports the content's height, in CSS pixels: Pym's (only with a
/// `childId`), AMP's, the Datawrapper-compatible one and the graphic's own.
pub fn height_messages(child_id: Option<&str>, height: u32) -> Vec<Outgoing> {
    child_id
        .map(|id| pym_height(id, height))
        .into_iter()
        .chain([
            Outgoing::Json(format!(r#"{{"sentinel":"amp","type":"embed-size","height":{height}}}"#)),
            Outgoing::Json(format!(r#"{{"datawrapper-height":{{"tariff-timeline":{height}}}}}"#)),
            Outgoing::Json(format!(r#"{{"source":"tariff-timeline","version":1,"type":"height","height":{height}}}"#)),
        ])
        .collect()
}

/// Pym's height message (also its answer to the parent's `width`).
pub fn pym_height(child_id: &str, height: u32) -> Outgoing {
    Outgoing::Text(format!("pymxPYMx{child_id}xPYMxheightxPYMx{height}"))
}

/// The message that tells the host an event was selected and where its card is (`top`:
/// offset from the top of the graphic's document, in CSS pixels).
pub fn select_message(id: &str, top: u32) -> Outgoing {
    Outgoing::Json(format!(
        r#"{{"source":"tariff-timeline","version":1,"type":"select","id":{},"top":{top}}}"#,
        json_string(id)
    ))
}

/// A message the graphic acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// Pym's parent reports the frame's width: answer with the height.
    Width(u32),
    /// The host sets the theme.
    Theme(Theme),
    /// The host selects an event (its id is well-formed; whether it exists is for the caller).
    Select(String),
}

/// Parses a message from the parent window: Pym's `width` (for our `childId` only) or
/// the host's own JSON `theme` and `select`.
pub fn parse_incoming(data: &str, child_id: Option<&str>) -> Option<Incoming> {
    if data.len() > MAX_INCOMING {
        return None;
    }
    if let Some(rest) = data.strip_prefix("pymxPYMx") {
        let rest = rest.strip_prefix(child_id?)?.strip_prefix("xPYMx")?;
        let width = rest.strip_prefix("widthxPYMx")?;
        return parse_px(width).filter(|w| (1..=MAX_WIDTH).contains(w)).map(Incoming::Width);
    }
    let fields = parse_flat_object(data)?;
    let get = |key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    if get("source")? != &Json::Str("tariff-timeline-host".into()) || get("version")? != &Json::Num("1".into()) {
        return None;
    }
    match (get("type")?, fields.len()) {
        (Json::Str(t), 4) if t == "theme" => match get("theme")? {
            Json::Str(s) if s == "light" => Some(Incoming::Theme(Theme::Light)),
            Json::Str(s) if s == "dark" => Some(Incoming::Theme(Theme::Dark)),
            _ => None,
        },
        (Json::Str(t), 4) if t == "select" => match get("id")? {
            Json::Str(id) if is_event_id(id) => Some(Incoming::Select(id.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn parse_px(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// `s` as a JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // `<` too, so the text is safe wherever a host might paste it.
            c if c < ' ' || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON value of a flat object. Numbers keep their text: the messages need only
/// integers, and float parsing would cost the WebAssembly kilobytes.
#[derive(Clone, Debug, PartialEq)]
enum Json {
    Str(String),
    Num(String),
    Other,
}

/// Parses a JSON object whose values are all strings, numbers, booleans or null. Nested
/// values, duplicate keys, trailing text or more than 16 keys give `None`.
fn parse_flat_object(text: &str) -> Option<Vec<(String, Json)>> {
    let mut p = Parser { s: text.trim().as_bytes(), i: 0 };
    p.eat(b'{')?;
    let mut fields: Vec<(String, Json)> = Vec::new();
    if !p.peek_is(b'}') {
        loop {
            let key = p.string()?;
            p.eat(b':')?;
            let value = p.value()?;
            if fields.len() >= 16 || fields.iter().any(|(k, _)| *k == key) {
                return None;
            }
            fields.push((key, value));
            if p.peek_is(b',') {
                p.eat(b',')?;
            } else {
                break;
            }
        }
    }
    p.eat(b'}')?;
    p.skip_ws();
    (p.i == p.s.len()).then_some(fields)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn skip_ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| b" \t\r\n".contains(b)) {
            self.i += 1;
        }
    }

    fn peek_is(&mut self, b: u8) -> bool {
        self.skip_ws();
        self.s.get(self.i) == Some(&b)
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.peek_is(b).then(|| self.i += 1)
    }

    fn value(&mut self) -> Option<Json> {
        self.skip_ws();
        let rest = self.s.get(self.i..)?;
        for word in [&b"true"[..], b"false", b"null"] {
            if rest.starts_with(word) {
                self.i += word.len();
                return Some(Json::Other);
            }
        }
        match rest.first()? {
            b'"' => self.string().map(Json::Str),
            b'-' | b'0'..=b'9' => self.number().map(Json::Num),
            _ => None,
        }
    }

    /// A number in JSON's grammar, as its text.
    fn number(&mut self) -> Option<String> {
        let start = self.i;
        self.skip(b'-');
        let int = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int] == b'0') {
            return None;
        }
        if self.skip(b'.') && self.digits() == 0 {
            return None;
        }
        if self.skip(b'e') || self.skip(b'E') {
            let _ = self.skip(b'+') || self.skip(b'-');
            if self.digits() == 0 {
                return None;
            }
        }
        Some(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    fn skip(&mut self, b: u8) -> bool {
        let hit = self.s.get(self.i) == Some(&b);
        self.i += usize::from(hit);
        hit
    }

    fn digits(&mut self) -> usize {
        let from = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - from
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let rest = std::str::from_utf8(self.s.get(self.i..)?).ok()?;
            let c = rest.chars().next()?;
            self.i += c.len_utf8();
            match c {
                '"' => return Some(out),
                '\\' => {
                    let e = *self.s.get(self.i)?;
                    self.i += 1;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    });
                }
                c if c < ' ' => return None,
                c => out.push(c),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), pairing surrogates.
    fn unicode_escape(&mut self) -> Option<char> {
        let hex4 = |p: &mut Self| {
            let h = std::str::from_utf8(p.s.get(p.i..p.i + 4)?).ok()?;
            p.i += 4;
            h.bytes().all(|b| b.is_ascii_hexdigit()).then(|| u32::from_str_radix(h, 16).ok()).flatten()
        };
        let hi = hex4(self)?;
        if !(0xD800..0xDC00).contains(&hi) {
            return char::from_u32(hi);
        }
        if self.s.get(self.i..self.i + 2)? != b"\\u" {
            return None;
        }
        self.i += 2;
        let lo = hex4(self).filter(|lo| (0xDC00..0xE000).contains(lo))?;
        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
    }
}

#[cfg(test)]
mod tests;
