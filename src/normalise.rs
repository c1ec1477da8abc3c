//! Stage 3: text → a matching form. Traditional characters and Taiwan/Hong Kong wording become
//! Simplified (OpenCC's phrase tables via ferrous-opencc) and Latin letters are lower-cased, so a
//! cue written once in Simplified Chinese or lower-case English reaches every variant.

use crate::error::{Error, Result};
use ferrous_opencc::{config::BuiltinConfig, OpenCC};

pub struct Normaliser {
    to_simplified: OpenCC,
}

impl Normaliser {
    pub fn new() -> Result<Self> {
        let to_simplified = OpenCC::from_config(BuiltinConfig::Tw2sp)
            .map_err(|e| Error::data("OpenCC tw2sp", 0, e.to_string()))?;
        Ok(Normaliser { to_simplified })
    }

    pub fn normalise(&self, text: &str) -> String {
        self.to_simplified.convert(text).to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_taiwan_wording_become_simplified() {
        let normaliser = Normaliser::new().unwrap();
        assert_eq!(normaliser.normalise("網絡主權"), "网络主权");
        assert_eq!(normaliser.normalise("聯合國 ICANN"), "联合国 icann");
    }
}
