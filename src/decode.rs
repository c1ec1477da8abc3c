//! Stage 1: bytes → text. Detects the encoding with encoding_rs (BOMs) and chardetng (the rest).

use crate::error::{Error, Result};
use encoding_rs::Encoding;

#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding the bytes were read as, e.g. "UTF-8", "GBK", "Big5".
    pub encoding: &'static str,
}

pub fn decode(file: &str, bytes: &[u8]) -> Result<Decoded> {
    if bytes.is_empty() {
        return Err(Error::document(file, "the file is empty"));
    }
    let encoding = match Encoding::for_bom(bytes) {
        Some((encoding, _)) => encoding,
        None if looks_binary(bytes) => {
            return Err(Error::document(
                file,
                "this looks like a binary file, not text",
            ))
        }
        None => match std::str::from_utf8(bytes) {
            Ok(_) => encoding_rs::UTF_8,
            Err(_) => {
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                detector.guess(None, chardetng::Utf8Detection::Deny)
            }
        },
    };
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(Error::document(
            file,
            format!(
                "the text is not valid {} (detected); save it as UTF-8 and try again",
                encoding.name()
            ),
        ));
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    })
}

/// NUL bytes never occur in text encodings without a BOM (UTF-16 text carries one here).
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_is_utf8() {
        let decoded = decode("a.txt", b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!(decoded.text, "abc");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = encoding_rs::GBK.encode("网络空间主权是国家主权在网络空间的自然延伸。");
        let decoded = decode("gbk.txt", &bytes).unwrap();
        assert_eq!(decoded.text, "网络空间主权是国家主权在网络空间的自然延伸。");
        assert_eq!(decoded.encoding, "GBK");
    }

    #[test]
    fn empty_and_binary_files_are_named_errors() {
        assert_eq!(
            decode("empty.txt", b"").unwrap_err().to_string(),
            "empty.txt: the file is empty"
        );
        let err = decode("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(err.to_string().starts_with("x.png: "), "{err}");
    }
}
