//! Every reader-facing word of the interface, and date and number formats, per language.
//! Texts from the data carry their own translations (`dataset::Text`).

use super::date::Date;

/// A language of the graphic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// The interface strings of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// The fixed strings of the interface.
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
    pub data_through: &'static str,
    pub scheduled_as_of: &'static str,
    pub peak: &'static str,
    pub months: [&'static str; 12],
    pub loading_failed: &'static str,
}

const EN: Strings = Strings {
    us_series: "US on China",
    china_series: "China on US",
    us_short: "US",
    china_short: "China",
    as_of: "As of",
    us_series_long: "US additional tariff on most Chinese goods",
    china_series_long: "China's tariff on all US goods",
    takeaways_heading: "Key figures",
    chart_heading: "Tariff rates added since 20 January 2025",
    events_heading: "Events",
    sources: "Sources",
    data_through: "Data through",
    scheduled_as_of: "scheduled as of",
    peak: "peak",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    loading_failed: "The interactive graphic could not start. The figures below are still correct.",
};

const ZH: Strings = Strings {
    us_series: "美国对华",
    china_series: "中国对美",
    us_short: "美国",
    china_short: "中国",
    as_of: "截至",
    us_series_long: "美国对大部分中国商品加征的关税",
    china_series_long: "中国对所有美国商品加征的关税",
    takeaways_heading: "要点",
    chart_heading: "2025年1月20日以来加征的关税税率",
    events_heading: "大事记",
    sources: "来源",
    data_through: "数据截至",
    scheduled_as_of: "截至以下日期的安排：",
    peak: "峰值",
    months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    loading_failed: "互动图表未能启动。以下数字仍然准确。",
};

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

/// A short date without the year, for axis ticks and labels: "4 Feb" / "2月4日".
pub fn format_day_month(date: Date, lang: Lang) -> String {
    let (_, m, d) = date.ymd();
    match lang {
        Lang::En => format!("{d} {}", EN.months[m as usize - 1]),
        Lang::Zh => format!("{m}月{d}日"),
    }
}

/// A rate in percent, with decimals only when needed: "145%", "7.5%".
pub fn format_percent(rate: f64, _lang: Lang) -> String {
    if rate.fract() == 0.0 { format!("{rate:.0}%") } else { format!("{rate:.1}%") }
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
    }

    #[test]
    fn formats_percentages_without_noise() {
        assert_eq!(format_percent(145.0, Lang::En), "145%");
        assert_eq!(format_percent(7.5, Lang::En), "7.5%");
        assert_eq!(Lang::Zh.tag(), "zh-Hans");
    }
}
