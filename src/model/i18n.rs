//! Every reader-facing word of the interface, and date and number formats, per language.
//! Texts from the data carry their own translations (`dataset::Text`).

use super::dataset::{Category, DateKind, Event, Precision, Series};
use super::date::Date;
pub use super::lang::Lang;

impl Lang {
    /// The interface strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// The fixed strings of the interface.
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Strings {
    pub us_series: &'static str,
    pub china_series: &'static str,
    pub us_short: &'static str,
    pub china_short: &'static str,
    pub as_of: &'static str,
    pub us_series_long: &'static str,
    pub china_series_long: &'static str,
    pub takeaways_heading: &'static str,
    pub chart_heading: &'static str,
    pub events_heading: &'static str,
    pub sources: &'static str,
    /// "Data through {date}.": the data's updated day, as a sentence.
    pub data_through: &'static str,
    /// Between a label and what it labels.
    pub colon: &'static str,
    /// Between the items of a list.
    pub comma: &'static str,
    /// A text with a note in brackets.
    pub aside: &'static str,
    pub months: [&'static str; 12],
    pub now_label: &'static str,
    pub now_text: &'static str,
    pub peak_label: &'static str,
    pub peak_text: &'static str,
    pub jump_label: &'static str,
    pub jump_text: &'static str,
    pub truce_label: &'static str,
    pub truce_text: &'static str,
    pub truce_passed_text: &'static str,
    pub passed_deadline: &'static str,
    /// "early {month}", "mid-{month}", "late {month}": a part of a month.
    pub month_parts: [&'static str; 3],
    pub readout_hint: &'static str,
    pub legal_basis: &'static str,
    pub chart_label: &'static str,
    pub chart_text_alt: &'static str,
    pub selected_event: &'static str,
    pub close: &'static str,
    pub actors: &'static str,
    pub categories: [&'static str; 7],
    pub date_kinds: [&'static str; 4],
    pub reported: &'static str,
    pub month_precision: &'static str,
    pub table_summary: &'static str,
    pub col_date: &'static str,
    pub col_series: &'static str,
    pub col_rate: &'static str,
    pub col_event: &'static str,
    pub filters_label: &'static str,
    pub show_all: &'static str,
    pub zoom_label: &'static str,
    pub zoom_all: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,
    pub prev_event: &'static str,
    pub next_event: &'static str,
    pub timeline_label: &'static str,
    pub timeline_keys: &'static str,
    pub select_hint: &'static str,
    /// Stands for a text fetched once the graphic has mounted, until it arrives.
    pub text_loading: &'static str,
    /// Stands for such a text if it could not be fetched.
    pub text_failed: &'static str,
    pub cluster_label: &'static str,
    pub showing: &'static str,
    pub show_earlier: &'static str,
    pub show_later: &'static str,
    /// Opens the whole list on phones; `{n}`: how many events.
    pub all_events: &'static str,
    pub key_events_only: &'static str,
    pub no_events: &'static str,
    pub download_chart: &'static str,
    pub about_data: &'static str,
    pub what_rates: &'static str,
    pub get_data: &'static str,
    /// A cluster's name when it holds the selected event: `{event}` is its name, `{i}`
    /// its place among the cluster's `{n}` events.
    pub cluster_holding: &'static str,
    /// A category filter's name: `{category}` and its number of events, `{n}`.
    pub filter_name: &'static str,
    pub skip_graphic: &'static str,
    pub legend_label: &'static str,
    pub legend_scheduled: &'static str,
    pub legend_cluster: &'static str,
    pub chart_keys: &'static str,
    pub chart_notes: &'static str,
    /// The one expansion of the abbreviation the data uses.
    pub ieepa: &'static str,
}

const EN: Strings = Strings {
    us_series: "US on China",
    china_series: "China on US",
    us_short: "US",
    china_short: "China",
    as_of: "As of {date}",
    us_series_long: "US additional tariff on most Chinese goods",
    china_series_long: "China’s tariff on all US goods",
    takeaways_heading: "Key figures",
    chart_heading: "Tariff rates added since 20 January 2025",
    events_heading: "Events",
    sources: "Sources",
    data_through: "Data through {date}.",
    colon: ": ",
    comma: ", ",
    aside: "{text} ({note})",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    now_label: "Now",
    now_text: "The US adds {us} to most Chinese goods; China adds {china} to all US goods (as of {date}).",
    peak_label: "Peak",
    peak_text: "{us} from the US on {us_date}; {china} from China on {china_date}.",
    jump_label: "Largest jump",
    jump_text: "+{points} points in one step: {who}, {from} to {to}, on {date}.",
    truce_label: "Truce",
    truce_text: "Due to end on {date} (scheduled as of {updated}).",
    truce_passed_text: "Was due to end on {date}; no confirmed outcome as of {updated}.",
    passed_deadline: "was due on {date}; no confirmed outcome as of {updated}",
    month_parts: ["early {month}", "mid-{month}", "late {month}"],
    readout_hint: "Point at the chart, or focus it and use the arrow keys, to read the rates on any day.",
    legal_basis: "Legal basis",
    chart_label: "Tariff rates chart. Use left and right arrows to move by day, up and down to move by rate change, Enter to open the event behind a change.",
    chart_text_alt: "Step chart of two tariff rates from {start} to {end}. {us_long}: {us_now} now, peak {us_peak} on {us_peak_date}. {china_long}: {china_now} now, peak {china_peak} on {china_peak_date}.",
    selected_event: "Selected event",
    close: "Close",
    actors: "Who",
    categories: ["Tariff", "Retaliation", "Talks", "Export controls", "Deadline", "Legal", "Other"],
    date_kinds: ["announced", "took effect", "meeting", "ruling"],
    reported: "as reported",
    month_precision: "exact day not confirmed",
    table_summary: "The rate steps as a table",
    col_date: "From",
    col_series: "Tariff",
    col_rate: "Rate",
    col_event: "Event",
    filters_label: "Show categories",
    show_all: "Show all",
    zoom_label: "Time span",
    zoom_all: "All",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    earlier: "Earlier",
    later: "Later",
    prev_event: "Previous event",
    next_event: "Next event",
    timeline_label: "Timeline of events",
    timeline_keys: "Keys on the timeline: ← → move between events, Home and End jump to the first and last, Enter on a number zooms into its events, + and − zoom, Escape closes the event.",
    select_hint: "Select an event on the timeline to read what happened, with its sources.",
    text_loading: "Loading…",
    text_failed: "This text could not be loaded: reload the page to read it.",
    cluster_label: "{n} events from {from} to {to}: zoom in",
    showing: "{n} of {total} events",
    show_earlier: "Show earlier events",
    show_later: "Show later events",
    all_events: "All {n} events",
    key_events_only: "Key events only",
    no_events: "No events in this span. Zoom out or show more categories.",
    download_chart: "Download the chart",
    about_data: "About the data: method, definitions, revisions",
    what_rates: "What these rates include",
    get_data: "Get the data",
    cluster_holding: "{event}, {i} of {n} events",
    filter_name: "{category} {n} events",
    skip_graphic: "Skip past the graphic",
    legend_label: "Key",
    legend_scheduled: "Shaded: scheduled, dates still ahead",
    legend_cluster: "A number stands for events too close together to show apart: select it to zoom in.",
    chart_keys: "Keys on the chart: ← → move a day (with Shift, a week), ↑ ↓ move to the next rate change, Home and End jump to the first and last day, Enter opens the event behind a change.",
    chart_notes: "Notes on the chart",
    ieepa: "IEEPA: International Emergency Economic Powers Act (US, 1977).",
};

const ZH: Strings = Strings {
    us_series: "美国对华",
    china_series: "中国对美",
    us_short: "美国",
    china_short: "中国",
    as_of: "截至{date}",
    us_series_long: "美国对大部分中国商品加征的关税",
    china_series_long: "中国对所有美国商品加征的关税",
    takeaways_heading: "要点",
    chart_heading: "2025年1月20日以来加征的关税税率",
    events_heading: "大事记",
    sources: "来源",
    data_through: "数据截至{date}。",
    colon: "：",
    comma: "，",
    aside: "{text}（{note}）",
    months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    now_label: "目前",
    now_text: "美国对大部分中国商品加征{us}；中国对所有美国商品加征{china}（截至{date}）。",
    peak_label: "峰值",
    peak_text: "美国于{us_date}加征至{us}；中国于{china_date}加征至{china}。",
    jump_label: "最大单次上调",
    jump_text: "一次上调{points}个百分点：{who}，{date}由{from}升至{to}。",
    truce_label: "休战",
    truce_text: "预定于{date}到期（截至{updated}的安排）。",
    truce_passed_text: "原定于{date}到期；截至{updated}，结果未获证实。",
    passed_deadline: "原定于{date}到期；截至{updated}，结果未获证实",
    month_parts: ["{month}上旬", "{month}中旬", "{month}下旬"],
    readout_hint: "指向图表，或聚焦图表后使用方向键，查看任一天的税率。",
    legal_basis: "法律依据",
    chart_label: "关税税率图。左右方向键按日移动，上下方向键按税率变动移动，回车键打开相关事件。",
    chart_text_alt: "{start}至{end}两项关税税率的阶梯图。{us_long}：目前{us_now}，{us_peak_date}达到峰值{us_peak}。{china_long}：目前{china_now}，{china_peak_date}达到峰值{china_peak}。",
    selected_event: "所选事件",
    close: "关闭",
    actors: "相关方",
    categories: ["关税", "反制", "谈判", "出口管制", "期限", "法律", "其他"],
    date_kinds: ["宣布", "生效", "会谈", "裁决"],
    reported: "据报道",
    month_precision: "具体日期未经证实",
    table_summary: "税率变动表",
    col_date: "起始日期",
    col_series: "关税",
    col_rate: "税率",
    col_event: "事件",
    filters_label: "显示类别",
    show_all: "全部显示",
    zoom_label: "时间范围",
    zoom_all: "全部",
    zoom_in: "放大",
    zoom_out: "缩小",
    earlier: "更早",
    later: "更晚",
    prev_event: "上一事件",
    next_event: "下一事件",
    timeline_label: "事件时间轴",
    timeline_keys: "时间轴按键：← → 在事件间移动，Home和End键跳到第一个和最后一个事件，在数字上按回车键放大查看其中的事件，+ 和 − 缩放，Esc键关闭事件。",
    select_hint: "在时间轴上选择一个事件，查看事件经过及来源。",
    text_loading: "正在加载…",
    text_failed: "此段文字未能加载，请重新加载页面阅读。",
    cluster_label: "{from}至{to}的{n}个事件：放大",
    showing: "共{total}个事件，显示{n}个",
    show_earlier: "显示更早的事件",
    show_later: "显示更晚的事件",
    all_events: "全部{n}个事件",
    key_events_only: "只看关键事件",
    no_events: "此时间范围内没有事件。请缩小或显示更多类别。",
    download_chart: "下载图表",
    about_data: "关于数据：方法、定义、修订记录",
    what_rates: "这些税率包括哪些关税",
    get_data: "下载数据",
    cluster_holding: "{event}，{n}个事件中的第{i}个",
    filter_name: "{category}，{n}个事件",
    skip_graphic: "跳过本图解",
    legend_label: "图例",
    legend_scheduled: "阴影：计划中、尚未到来的日期",
    legend_cluster: "数字表示相距太近、合并显示的事件数：选择即可放大。",
    chart_keys: "图表按键：← → 移动一天（按住Shift移动一周），↑ ↓ 移到下一次税率变动，Home和End键跳到第一天和最后一天，回车键打开变动背后的事件。",
    chart_notes: "图表注释",
    ieepa: "IEEPA：美国《国际紧急经济权力法》（1977年）。",
};

impl Strings {
    /// The name of an event category.
    pub fn category(&self, c: Category) -> &'static str {
        self.categories[Category::ALL.iter().position(|x| *x == c).unwrap_or(0)]
    }

    /// The short name of a rate series ("US on China").
    pub fn series(&self, series: Series) -> &'static str {
        match series {
            Series::Us => self.us_series,
            Series::China => self.china_series,
        }
    }

    /// The shortest name of a rate series ("US"), for tight spaces.
    pub fn series_short(&self, series: Series) -> &'static str {
        match series {
            Series::Us => self.us_short,
            Series::China => self.china_short,
        }
    }

    /// What the date of an event is ("took effect", "meeting"…).
    pub fn date_kind(&self, k: DateKind) -> &'static str {
        self.date_kinds[DateKind::ALL.iter().position(|x| *x == k).unwrap_or(0)]
    }
}

/// Fills `{name}` placeholders of a template.
pub fn fill(template: &str, pairs: &[(&str, String)]) -> String {
    pairs.iter().fold(template.to_owned(), |t, (k, v)| t.replace(k, v))
}

/// A text with a note in brackets: "Truce due to end (was due…)" / "休战将到期（原定于…）".
pub fn aside(text: &str, note: &str, lang: Lang) -> String {
    fill(lang.strings().aside, &[("{text}", text.to_owned()), ("{note}", note.to_owned())])
}

/// The date of an event as shown: a day, a month, or a span.
pub fn event_date(event: &Event, lang: Lang) -> String {
    match event.end {
        Some(end) => format_span(event.date, event.precision, end, lang),
        None => format_approx(event.date, event.precision, lang),
    }
}

/// A date as a reader writes it: "4 Feb 2025" / "2025年2月4日".
pub fn format_date(date: Date, lang: Lang) -> String {
    let (y, m, d) = date.ymd();
    match lang {
        Lang::En => format!("{d} {} {y}", EN.months[m as usize - 1]),
        Lang::Zh => format!("{y}年{m}月{d}日"),
    }
}

/// A month and year: "Feb 2025" / "2025年2月".
pub fn format_month(date: Date, lang: Lang) -> String {
    let (y, m, _) = date.ymd();
    match lang {
        Lang::En => format!("{} {y}", EN.months[m as usize - 1]),
        Lang::Zh => format!("{y}年{m}月"),
    }
}

/// The date of an event as precisely as it is known: "4 Feb 2025", "May 2025", "late May 2025".
pub fn format_approx(date: Date, precision: Precision, lang: Lang) -> String {
    let part = |i: usize| fill(lang.strings().month_parts[i], &[("{month}", format_month(date, lang))]);
    match precision {
        Precision::Day => format_date(date, lang),
        Precision::Month => format_month(date, lang),
        Precision::EarlyMonth => part(0),
        Precision::MidMonth => part(1),
        Precision::LateMonth => part(2),
    }
}

/// The days of an event that spans several: "9 Nov 2025 – 10 Nov 2025" / "2025年11月9日至10日".
pub fn format_span(start: Date, precision: Precision, end: Date, lang: Lang) -> String {
    let from = format_approx(start, precision, lang);
    match lang {
        Lang::En => format!("{from} – {}", format_date(end, lang)),
        Lang::Zh => {
            let ((y0, m0, _), (y, m, d)) = (start.ymd(), end.ymd());
            let to = match precision {
                Precision::Day if (y0, m0) == (y, m) => format!("{d}日"),
                Precision::Day if y0 == y => format_day_month(end, lang),
                _ => format_date(end, lang),
            };
            format!("{from}至{to}")
        }
    }
}

/// A short date without the year, for axis ticks and labels: "4 Feb" / "2月4日".
pub fn format_day_month(date: Date, lang: Lang) -> String {
    let (_, m, d) = date.ymd();
    match lang {
        Lang::En => format!("{d} {}", EN.months[m as usize - 1]),
        Lang::Zh => format!("{m}月{d}日"),
    }
}

/// A rate in percent, with a decimal only when needed: "145%", "7.5%".
pub fn format_percent(rate: f64, lang: Lang) -> String {
    format!("{}%", format_number(rate, lang))
}

/// A number to one decimal, the decimal only when needed: "84", "7.5", "-2.5".
/// Integer formatting only: float formatting code would weigh on the WebAssembly.
pub fn format_number(v: f64, _lang: Lang) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{tenth}") }
}

/// A CSS pixel length, rounded to whole pixels.
pub fn px(v: f64) -> String {
    format!("{}px", v.round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates_per_language() {
        let d = Date::parse("2025-02-04").unwrap();
        assert_eq!(format_date(d, Lang::En), "4 Feb 2025");
        assert_eq!(format_date(d, Lang::Zh), "2025年2月4日");
        assert_eq!(format_month(d, Lang::En), "Feb 2025");
        assert_eq!(format_day_month(d, Lang::Zh), "2月4日");
        let late = Date::parse("2025-05-21").unwrap();
        assert_eq!(format_approx(late, Precision::LateMonth, Lang::En), "late May 2025");
        assert_eq!(format_approx(late, Precision::LateMonth, Lang::Zh), "2025年5月下旬");
        assert_eq!(format_approx(d, Precision::Month, Lang::En), "Feb 2025");
        let (nov9, nov10) = (Date::parse("2025-11-09").unwrap(), Date::parse("2025-11-10").unwrap());
        assert_eq!(format_span(nov9, Precision::Day, nov10, Lang::En), "9 Nov 2025 – 10 Nov 2025");
        assert_eq!(format_span(nov9, Precision::Day, nov10, Lang::Zh), "2025年11月9日至10日");
        assert_eq!(format_span(d, Precision::Day, nov10, Lang::Zh), "2025年2月4日至11月10日");
        assert_eq!(format_span(late, Precision::LateMonth, nov10, Lang::Zh), "2025年5月下旬至2025年11月10日");
    }

    #[test]
    fn formats_percentages_without_noise() {
        assert_eq!(format_percent(145.0, Lang::En), "145%");
        assert_eq!(format_percent(7.5, Lang::En), "7.5%");
        assert_eq!(format_percent(0.0, Lang::En), "0%");
        assert_eq!(format_number(-2.5, Lang::En), "-2.5");
        assert_eq!(format_number(84.04, Lang::En), "84");
        assert_eq!(px(12.6), "13px");
        assert_eq!(aside("休战", "原定", Lang::Zh), "休战（原定）");
        assert_eq!(aside("Truce", "was due", Lang::En), "Truce (was due)");
        assert_eq!(Lang::Zh.tag(), "zh-Hans");
    }

    /// Every string of a table, by field name (array items numbered).
    fn all_strings(strings: &Strings) -> Vec<(String, String)> {
        let serde_json::Value::Object(fields) = serde_json::to_value(strings).unwrap() else { unreachable!() };
        fields
            .into_iter()
            .flat_map(|(name, v)| match v {
                serde_json::Value::Array(items) => {
                    items.into_iter().enumerate().map(|(i, s)| (format!("{name}[{i}]"), s.to_string())).collect()
                }
                s => vec![(name, s.to_string())],
            })
            .collect()
    }

    #[test]
    fn every_interface_string_is_translated_with_the_same_placeholders() {
        let placeholders = |s: &str| {
            let mut found: Vec<String> =
                s.split('{').skip(1).filter_map(|p| p.split('}').next()).map(String::from).collect();
            found.sort_unstable();
            found
        };
        let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let (en, zh) = (all_strings(&EN), all_strings(&ZH));
        assert!(en.len() > 60, "{}", en.len());
        assert_eq!(en.iter().map(|(k, _)| k).collect::<Vec<_>>(), zh.iter().map(|(k, _)| k).collect::<Vec<_>>());
        // Words, once the placeholders are taken out: punctuation-only strings just differ.
        let has_words = |s: &str| {
            s.split('{')
                .map(|p| p.split_once('}').map_or(p, |(_, rest)| rest))
                .any(|p| p.chars().any(char::is_alphabetic))
        };
        for ((name, en), (_, zh)) in en.iter().zip(&zh) {
            assert!(!han(en), "{name}: Chinese in the English text {en}");
            assert_ne!(en, zh, "{name}: not translated");
            assert!(han(zh) || !has_words(en), "{name}: no Chinese translation: {zh}");
            assert_eq!(placeholders(en), placeholders(zh), "{name}");
        }
    }

    #[test]
    fn every_category_and_date_kind_has_a_name_in_each_language() {
        for lang in [Lang::En, Lang::Zh] {
            let names: Vec<_> = Category::ALL.iter().map(|c| lang.strings().category(*c)).collect();
            assert_eq!(names.len(), 7);
            assert!(names.iter().all(|n| !n.is_empty()));
            assert_eq!(lang.strings().date_kind(DateKind::Ruling), lang.strings().date_kinds[3]);
        }
        assert_eq!(Lang::En.strings().category(Category::ExportControls), "Export controls");
        assert_eq!(fill("{a}-{b}", &[("{a}", "1".into()), ("{b}", "2".into())]), "1-2");
    }
}
