//! The SPEC.md vocabulary the tests check output against, written out
//! apart from the engine so a change to it does not pass unseen.

/// The items the scorer compares.
pub const CORE_ITEMS: [&str; 5] = ["drone", "missile", "drone_or_missile", "person", "child"];

/// The events the scorer compares.
pub const CORE_EVENTS: [&str; 6] = [
    "launched",
    "intercepted",
    "not_reached",
    "hit",
    "killed",
    "injured",
];
