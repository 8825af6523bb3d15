//! Why an analysis was refused.

use std::fmt;

/// The stable code of an [`Error`], also given to JavaScript as `error.code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// The text is longer than [`crate::Options::max_bytes`].
    TooLarge,
    /// An option has a value that cannot be used.
    Options,
}

impl ErrorCode {
    /// The code as JavaScript and the command line report it.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::TooLarge => "E_TOO_LARGE",
            ErrorCode::Options => "E_OPTIONS",
        }
    }
}

/// An analysis that could not be done, with a message for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
}

impl Error {
    pub(crate) fn too_large(len: usize, max: usize) -> Error {
        Error {
            code: ErrorCode::TooLarge,
            message: format!("the text is {len} bytes long, over the limit of {max} bytes"),
        }
    }

    pub(crate) fn options(message: String) -> Error {
        Error {
            code: ErrorCode::Options,
            message,
        }
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
