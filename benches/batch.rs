//! Batch benchmark: generate N properties with a 10-year plan as CSV, run `verhuurd --format csv`
//! on them, and report properties per second and the peak memory of the process.
//!
//! `cargo bench` runs 10,000 and 100,000 properties; set `VERHUURD_BENCH_SIZES=10000,1000000` for
//! other sizes. Timings are printed, never asserted. `VERHUURD_BENCH_WRITE=FILE` only writes the
//! generated input (of the first size) to FILE, for profiling. `VERHUURD_BENCH_INSTRUCTIONS=N`
//! also counts the instructions per property on N generated properties with `valgrind
//! --tool=callgrind` (a figure that does not wander with the load of a shared machine).

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Instant;

const HEADER: &str = "name,tax_year,property.woz_value,property.surface_m2,property.energy_label,property.region,property.dwelling,lease.monthly_rent,lease.segment,mortgage.balance,mortgage.interest_pct,mortgage.repayment,mortgage.remaining_years,costs.maintenance,costs.insurance,costs.vacancy_pct,owner.bank_balance,owner.fiscal_partner,plan.years,plan.value_growth_pct,plan.rent_growth_pct,plan.alternative_return_pct,plan.sale";

/// A small deterministic generator (no dependency, same file every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn generate(path: &std::path::Path, n: usize) {
    let mut w = BufWriter::new(File::create(path).unwrap());
    writeln!(w, "{HEADER}").unwrap();
    let mut r = Lcg(42);
    let labels = ["A", "B", "C", "D", "E", "F", "G"];
    let repay = ["interest_only", "annuity", "linear"];
    let segments = ["", "social", "mid", "free"];
    let sales = ["tenanted", "to_tenant", "vacant"];
    let mut line = String::new();
    for i in 0..n {
        line.clear();
        let woz = 120_000 + r.next(600) * 1000;
        let rent = 500 + r.next(1500);
        let balance = r.next(woz / 1000) * 700;
        let _ = write!(
            line,
            "p{i},{},{woz},{},{},{},{},{rent},{},{balance},{}.{},{},{},{},{},{},{},{},10,{},{},{}.{},{}",
            2023 + r.next(4),
            20 + r.next(130),
            labels[r.next(7) as usize],
            if r.next(2) == 0 {
                "randstad"
            } else {
                "elsewhere"
            },
            if r.next(3) == 0 { "house" } else { "apartment" },
            segments[r.next(4) as usize],
            2 + r.next(4),
            r.next(10),
            repay[r.next(3) as usize],
            5 + r.next(25),
            500 + r.next(3000),
            200 + r.next(500),
            r.next(5),
            r.next(200_000),
            r.next(2) == 0,
            r.next(7),
            r.next(5),
            r.next(6),
            r.next(10),
            sales[r.next(3) as usize],
        );
        writeln!(w, "{line}").unwrap();
    }
}

/// Run the command and return (seconds, peak resident memory in MB). The child is reaped by
/// `wait4`, which also reports its peak memory, so `Child::wait` is not used.
#[allow(clippy::zombie_processes)]
fn run(input: &std::path::Path, output: &std::path::Path) -> (f64, f64) {
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_verhuurd"))
        .args(["--format", "csv", "--quiet"])
        .arg(input)
        .stdout(Stdio::from(File::create(output).unwrap()))
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child with valid pointers to a status word and an rusage struct.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid);
    assert!(
        std::process::ExitStatus::from_raw(status).success(),
        "verhuurd failed"
    );
    // ru_maxrss is in kilobytes on Linux.
    (secs, usage.ru_maxrss as f64 / 1024.0)
}

fn main() {
    // `VERHUURD_BENCH_WRITE=FILE` writes the input of the first size to FILE and stops: an input
    // to profile the binary on (callgrind, perf).
    if let Ok(file) = std::env::var("VERHUURD_BENCH_WRITE") {
        let n = std::env::var("VERHUURD_BENCH_SIZES")
            .ok()
            .and_then(|s| s.split(',').next().and_then(|x| x.trim().parse().ok()))
            .unwrap_or(1_000);
        generate(std::path::Path::new(&file), n);
        return;
    }
    let sizes: Vec<usize> = std::env::var("VERHUURD_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000]);
    let dir = std::env::temp_dir().join(format!("verhuurd-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    println!(
        "{:>10}  {:>9}  {:>14}  {:>13}",
        "properties", "seconds", "properties/s", "peak MB"
    );
    for n in sizes {
        let input = dir.join(format!("in-{n}.csv"));
        let output = dir.join(format!("out-{n}.csv"));
        generate(&input, n);
        let (secs, mb) = run(&input, &output);
        // Count rows by streaming: the benchmark's own memory would otherwise show up in the
        // peak of the next child (the child starts as a copy of this process).
        let rows = std::io::BufRead::lines(std::io::BufReader::new(File::open(&output).unwrap()))
            .count()
            - 1;
        assert_eq!(rows, n, "one output row per property");
        println!(
            "{n:>10}  {secs:>9.2}  {:>14.0}  {mb:>13.1}",
            n as f64 / secs
        );
        let _ = std::fs::remove_file(&input);
        let _ = std::fs::remove_file(&output);
    }
    if let Some(n) = std::env::var("VERHUURD_BENCH_INSTRUCTIONS")
        .ok()
        .and_then(|x| x.trim().parse::<usize>().ok())
    {
        // The count of one property is taken off: the start of the process (the rules).
        let (one, input) = (dir.join("in-1.csv"), dir.join(format!("in-{n}.csv")));
        generate(&one, 1);
        generate(&input, n.max(2));
        match instructions(&one).zip(instructions(&input)) {
            Some((start, total)) => println!(
                "{n} properties under callgrind: {total} instructions, {:.0} a property \
                 (a run of one property, {start}, taken off)",
                total.saturating_sub(start) as f64 / (n.max(2) - 1) as f64
            ),
            None => println!("callgrind did not run (is valgrind installed?)"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The instructions `verhuurd --format csv` executes on `input`, as callgrind counts them (all
/// threads): the line `Collected : N` of its summary.
fn instructions(input: &std::path::Path) -> Option<u64> {
    let out = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            env!("CARGO_BIN_EXE_verhuurd"),
            "--format",
            "csv",
            "--quiet",
        ])
        .arg(input)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find_map(|l| l.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
}
