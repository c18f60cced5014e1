//! The `verhuurd` command: all work happens in the library; this only hands over the exit code.

fn main() {
    std::process::exit(verhuurd::cli::run());
}
