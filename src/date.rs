//! A calendar date (`YYYY-MM-DD`), for the dates the rules turn on: the date a lease was signed,
//! the WOZ valuation date, the date an energy label was registered.

use std::fmt;
use std::str::FromStr;

/// A date of the Gregorian calendar; ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date, when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// 1 January of `year`.
    pub fn jan1(year: i32) -> Date {
        Date {
            year,
            month: 1,
            day: 1,
        }
    }

    /// The same day `years` later (28 February for 29 February in a common year).
    pub fn plus_years(self, years: i32) -> Date {
        let year = self.year + years;
        Date::new(year, self.month, self.day).unwrap_or(Date {
            year,
            month: 2,
            day: 28,
        })
    }
}

impl FromStr for Date {
    type Err = String;

    /// `YYYY-MM-DD`; a TOML date-time with a time part is refused.
    fn from_str(s: &str) -> Result<Date, String> {
        let t = s.trim();
        let bad = || format!("`{t}` is not a date of the form YYYY-MM-DD");
        let parts: Vec<&str> = t.split('-').collect();
        if parts.len() != 3
            || parts[0].len() != 4
            || parts[1].len() != 2
            || parts[2].len() != 2
            || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(bad());
        }
        let (y, m, d) = (
            parts[0].parse().map_err(|_| bad())?,
            parts[1].parse().map_err(|_| bad())?,
            parts[2].parse().map_err(|_| bad())?,
        );
        Date::new(y, m, d).ok_or_else(|| format!("`{t}` is not a day of the calendar"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    /// A TOML date (`2024-07-01`) or a string of that form.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                // toml deserialises a date as a one-entry map holding its text.
                let mut found = None;
                while let Some((_, v)) = map.next_entry::<String, String>()? {
                    found = Some(v);
                }
                found
                    .ok_or_else(|| serde::de::Error::custom("an empty date"))?
                    .parse()
                    .map_err(serde::de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_order() {
        let d: Date = "2024-07-01".parse().unwrap();
        assert_eq!(d, Date::new(2024, 7, 1).unwrap());
        assert!(Date::jan1(2024) < d && d < Date::jan1(2025));
        assert_eq!(d.to_string(), "2024-07-01");
        assert!("2024-02-30".parse::<Date>().is_err());
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2024-7-1".parse::<Date>().is_err());
        assert!("2024-07-01T00:00:00".parse::<Date>().is_err());
        assert_eq!(
            Date::new(2024, 2, 29).unwrap().plus_years(10),
            Date::new(2034, 2, 28).unwrap()
        );
    }
}
