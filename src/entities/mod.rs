//! People, places and organisations, merged across spellings.

use crate::text::Tokens;
use crate::Entity;

/// Finds the entities named in `tokens`.
pub fn extract(_tokens: &Tokens) -> Vec<Entity> {
    Vec::new()
}
