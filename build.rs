//! Embeds the sample articles of `data/articles` in the binary.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data/articles");
    let manifest = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("data").join("articles");
    let mut files = sample_files(&dir);
    files.sort();
    let mut code = String::from("static SAMPLE: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        writeln!(code, "    ({name:?}, include_str!({path:?})),").expect("writing to a String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("sample.rs"), code).expect("cannot write sample.rs into OUT_DIR");
}

/// The `.txt` files of `dir` as (file name, absolute path). Files that
/// `include_str!` could not take (not UTF-8, or a path that is not) are
/// left out with a build warning rather than failing the build.
fn sample_files(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "txt") || !path.is_file() {
            continue;
        }
        let (Ok(name), Some(full)) = (entry.file_name().into_string(), path.to_str()) else {
            println!(
                "cargo:warning=sample {} skipped: name is not UTF-8",
                path.display()
            );
            continue;
        };
        match fs::read(&path).map(String::from_utf8) {
            Ok(Ok(_)) => files.push((name, full.to_string())),
            _ => println!(
                "cargo:warning=sample {} skipped: not readable UTF-8",
                path.display()
            ),
        }
    }
    files
}
