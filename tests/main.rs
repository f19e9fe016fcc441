//! One integration-test binary (one link of tract instead of one per file).

mod common;

mod cli;
mod context;
mod engines;
mod guard;
mod robustness;
mod stream;
mod tokenizer_parity;
mod views;
