//! The tables for people as data: a header and rows of cells, built first by [`super::table`]
//! and `output::household`, then laid out at the style's width — by comfy-table with the
//! feature `table` (on by default), as plain aligned columns without it. Every column but the
//! first is aligned right.

use super::Style;

/// A table as data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// When set, the first column is at least this wide and the others as wide as their content
    /// (the comparison tables); otherwise the columns share the width as their content asks.
    pub first_column_min: Option<u16>,
}

/// One row of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<String>,
    /// Negative amounts in this row are red when colour is on.
    pub signed: bool,
}

impl Rows {
    /// A table with `header`.
    pub fn new(header: Vec<String>) -> Rows {
        Rows {
            header,
            ..Rows::default()
        }
    }

    /// A two-column table titled `title`.
    pub fn titled(title: &str) -> Rows {
        Rows::new(vec![title.to_string(), String::new()])
    }

    /// Set the header row.
    pub fn set_header<S: Into<String>>(&mut self, header: impl IntoIterator<Item = S>) {
        self.header = header.into_iter().map(Into::into).collect();
    }

    /// Add a row whose negative amounts are red when colour is on.
    pub fn add(&mut self, cells: Vec<String>) {
        self.rows.push(Row {
            cells,
            signed: true,
        });
    }

    /// Add a row shown without colour.
    pub fn add_plain(&mut self, cells: Vec<String>) {
        self.rows.push(Row {
            cells,
            signed: false,
        });
    }

    /// How many columns the table has.
    pub fn column_count(&self) -> usize {
        self.rows
            .iter()
            .map(|r| r.cells.len())
            .chain([self.header.len()])
            .max()
            .unwrap_or(0)
    }

    /// The table laid out in `st`: its width, its colour.
    pub fn layout(&self, st: &Style) -> String {
        layout(self, st)
    }
}

/// Whether a cell shows a negative amount (`€ -39`, `-€39`, `-1.235`).
pub fn negative(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('-') || t.starts_with("€ -") || t.starts_with("-€")
}

#[cfg(feature = "table")]
fn layout(rows: &Rows, st: &Style) -> String {
    use comfy_table::presets::UTF8_FULL_CONDENSED;
    use comfy_table::{
        Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width,
    };

    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(st.width)
        .force_no_tty();
    if st.color {
        t.enforce_styling();
    }
    t.set_header(rows.header.clone());
    for row in &rows.rows {
        t.add_row(row.cells.iter().map(|c| {
            let cell = Cell::new(c);
            if row.signed && st.color && negative(c) {
                cell.fg(Color::Red)
            } else {
                cell
            }
        }));
    }
    if let Some(min) = rows.first_column_min {
        let mut constraints = vec![ColumnConstraint::LowerBoundary(Width::Fixed(min))];
        constraints.extend(std::iter::repeat_n(
            ColumnConstraint::ContentWidth,
            t.column_count() - 1,
        ));
        t.set_constraints(constraints);
    }
    for i in 1..t.column_count() {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.to_string()
}

/// Without comfy-table: the header and the rows in columns padded to their widest cell, two
/// spaces apart, no wrapping.
#[cfg(not(feature = "table"))]
fn layout(rows: &Rows, st: &Style) -> String {
    let _ = st;
    let n = rows.column_count();
    let lines = std::iter::once(&rows.header).chain(rows.rows.iter().map(|r| &r.cells));
    let mut widths = vec![0; n];
    for line in lines.clone() {
        for (i, c) in line.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    if let (Some(min), Some(w)) = (rows.first_column_min, widths.first_mut()) {
        *w = (*w).max(usize::from(min));
    }
    let mut s = String::new();
    for line in lines {
        let mut text = String::new();
        for (i, w) in widths.iter().enumerate() {
            let c = line.get(i).map_or("", String::as_str);
            if i > 0 {
                text.push_str("  ");
            }
            if i == 0 {
                text.push_str(&format!("{c:<w$}"));
            } else {
                text.push_str(&format!("{c:>w$}"));
            }
        }
        s.push_str(text.trim_end());
        s.push('\n');
    }
    s.pop();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_laid_out_with_every_cell() {
        let mut t = Rows::titled("Box 3");
        t.add(vec!["belasting".into(), "€ -39".into()]);
        t.add_plain(vec!["heffingsvrij".into(), "€ 57.684".into()]);
        assert_eq!(t.column_count(), 2);
        let text = t.layout(&Style::default());
        for cell in ["Box 3", "belasting", "€ -39", "heffingsvrij", "€ 57.684"] {
            assert!(text.contains(cell), "{cell} in {text}");
        }
        // The figures are aligned right: they end in the same column.
        let end = |cell: &str| {
            let line = text.lines().find(|l| l.contains(cell)).unwrap();
            line[..line.find(cell).unwrap() + cell.len()]
                .chars()
                .count()
        };
        assert_eq!(end("€ -39"), end("€ 57.684"));
        assert!(negative("€ -39") && !negative("€ 57.684"));
    }
}
