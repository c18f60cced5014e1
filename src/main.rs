//! The `verhuurd` command: the command line (`cli`: arguments, help, and which library calls
//! they make) over the library, which does all the work.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
