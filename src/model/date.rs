//! Calendar dates as day numbers, so that scales, lookups and comparisons are integer maths.

use std::fmt;

/// A calendar date, stored as days since 1970-01-01 (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(databake::Bake), databake(path = crate::model::date))]
pub struct Date(pub i32);

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well formed, but no such day (e.g. 2025-02-30).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "is not a date (expected YYYY-MM-DD)",
            DateError::Impossible => "is not a day of the calendar",
        })
    }
}

impl Date {
    /// The date of a year, month (1–12) and day (1–31), if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Days-from-civil (H. Hinnant): shift the year to start in March.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (month as i32 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146_097 + doe - 719_468))
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| DateError::Format);
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::from_ymd(y as i32, m, d).ok_or(DateError::Impossible)
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// The date `days` later (or earlier, if negative).
    pub fn add_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    /// Whole days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO 8601, `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_round_trip() {
        for text in ["1970-01-01", "2025-01-20", "2024-02-29", "2026-12-31", "2000-03-01"] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Date::parse("1970-01-02").unwrap(), Date(1));
        assert_eq!(Date::parse("2025-01-20").unwrap(), Date(20_108));
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in ["2025-1-20", "20250120", "2025/01/20", "2025-01-2a", "", "2025-01-20 "] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad}");
        }
        for bad in ["2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31"] {
            assert_eq!(Date::parse(bad), Err(DateError::Impossible), "{bad}");
        }
    }

    #[test]
    fn every_day_of_a_span_round_trips() {
        let start = Date::parse("2023-12-25").unwrap();
        for i in 0..1200 {
            let d = start.add_days(i);
            assert_eq!(Date::parse(&d.to_string()), Ok(d));
        }
        assert_eq!(start.days_until(start.add_days(42)), 42);
    }
}
