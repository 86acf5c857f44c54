//! The files and folders the review keeps: private to the analyst, and only
//! ever regular files, so a FIFO or a device in their place cannot hang it.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

/// Create `dir` and any missing parents, readable by the analyst alone.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Open `path` with `options`; a file it creates is the analyst's alone,
/// and a file already there keeps its mode.
pub fn open(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    // Opening a FIFO blocks until the other end is opened: look first.
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => return Err(not_regular()),
        _ => {}
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options.open(path)
}

/// The bytes of `path`.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut open(path, OpenOptions::new().read(true))?, &mut bytes)?;
    Ok(bytes)
}

/// Write `bytes` to a new file at `path`, replacing one there.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = open(
        path,
        OpenOptions::new().write(true).create(true).truncate(true),
    )?;
    io::Write::write_all(&mut f, bytes)
}

fn not_regular() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "not a regular file")
}
