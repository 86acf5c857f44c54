//! Moments as every output writes them: RFC 3339 in UTC, to the second, with `Z`.

use chrono::{DateTime, SecondsFormat, Utc};

/// `2026-12-04T09:58:12Z`.
pub fn rfc3339(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// [`rfc3339`] for serde's `serialize_with`, so JSON says what CSV says.
pub fn serialize<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rfc3339(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_written_in_utc_to_the_second_with_z() {
        let t = DateTime::parse_from_rfc3339("2026-12-04T11:58:12.345678+02:00")
            .expect("a valid time")
            .with_timezone(&Utc);
        assert_eq!(rfc3339(&t), "2026-12-04T09:58:12Z");
    }
}
