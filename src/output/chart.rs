//! The chart of `--chart FILE.svg`: both routes' net worth year by year (under each Box 3 future
//! of the plan), the break-even value growth, and the sensitivity grid (value growth ×
//! alternative return → keep − sell) as a heat map with the break-even growth marked.
//!
//! Drawn with `plotters` (its SVG backend only). Amounts become `f64` here for the drawing
//! coordinates only; every figure written as text is formatted from its `Decimal`.

use plotters::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::i18n::{Arg, Lang, Msg};
use crate::money::out;
use crate::plan::Year;
use crate::report::Report;
use crate::sensitivity::Grid;

/// Width and height of the line chart, and of the grid below it.
const WIDTH: u32 = 900;
const LINES_HEIGHT: u32 = 520;
const GRID_HEIGHT: u32 = 460;

const KEEP: RGBColor = RGBColor(31, 119, 180);
const SELL: RGBColor = RGBColor(214, 95, 14);

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// The SVG of `r`'s plan, or `None` when the property has no plan. The grid panel is drawn when
/// the report has the grid.
pub fn svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    let height = LINES_HEIGHT + r.grid.as_ref().map_or(0, |_| GRID_HEIGHT);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        let (top, bottom) = root.split_vertically(LINES_HEIGHT);
        lines(&top, r, lang).ok()?;
        if let Some(g) = &r.grid {
            heat_map(&bottom, &shown(g), p.break_even_growth_pct, lang).ok()?;
        }
        root.present().ok()?;
    }
    Some(out)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Drawn = Result<(), Box<dyn std::error::Error>>;

/// The series of one route: (label, colour, dashed, points).
type Series = (String, RGBColor, bool, Vec<(i32, f64)>);

fn route(years: &[Year], keep: bool) -> Vec<(i32, f64)> {
    years
        .iter()
        .map(|y| {
            (
                y.year,
                f(out(if keep {
                    y.keep_net_worth
                } else {
                    y.sell_net_worth
                })),
            )
        })
        .collect()
}

fn lines(area: &Area, r: &Report, lang: Lang) -> Drawn {
    let Some(p) = &r.sell_vs_keep else {
        return Ok(());
    };
    let mut series: Vec<Series> = vec![
        (
            lang.t(Msg::ChartKeep).into(),
            KEEP,
            false,
            route(&p.years, true),
        ),
        (
            lang.t(Msg::ChartSell).into(),
            SELL,
            false,
            route(&p.years, false),
        ),
    ];
    if let Some(bill) = p.scenarios.iter().find(|c| c.future == "bill") {
        series.push((
            lang.t(Msg::ChartKeepBill).into(),
            KEEP,
            true,
            route(&bill.years, true),
        ));
        series.push((
            lang.t(Msg::ChartSellBill).into(),
            SELL,
            true,
            route(&bill.years, false),
        ));
    }
    let first = p.years.first().map_or(r.tax_year, |y| y.year);
    let last = p.years.last().map_or(r.tax_year, |y| y.year).max(first + 1);
    let values = series.iter().flat_map(|s| s.3.iter().map(|p| p.1));
    let (lo, hi) = values.fold((0.0f64, 1.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = (hi - lo) * 0.05;
    let title = lang.f(
        Msg::ChartTitle,
        &[crate::text::printable(&r.name).into_owned().into()],
    );
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(90)
        .build_cartesian_2d(first..last, (lo - pad)..(hi + pad))?;
    chart
        .configure_mesh()
        .x_desc(lang.t(Msg::ChartYear))
        .y_desc(lang.t(Msg::ChartEuro))
        .x_labels((last - first + 1).min(12) as usize)
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| lang.number(Decimal::from_f64_retain(*v).unwrap_or_default(), 0))
        .draw()?;
    for (label, colour, dashed, points) in series {
        let style = ShapeStyle::from(&colour).stroke_width(if dashed { 2 } else { 3 });
        let drawn = if dashed {
            chart.draw_series(DashedLineSeries::new(points.clone(), 8, 5, style))?
        } else {
            chart.draw_series(LineSeries::new(points.clone(), style))?
        };
        drawn
            .label(label)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
        chart.draw_series(
            points
                .iter()
                .map(|(x, y)| Circle::new((*x, *y), 3, colour.filled())),
        )?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()?;
    // The break-even growth, under the chart's caption.
    let plan_growth = r.grid.as_ref().map(|g| out(g.plan_value_growth_pct));
    let note = match (p.break_even_growth_pct, plan_growth) {
        (Some(b), Some(g)) => lang.f(Msg::ChartBreakEven, &[Arg::Pct(b), Arg::Pct(g)]),
        (Some(b), None) => lang.f(Msg::ChartBreakEven, &[Arg::Pct(b), "—".into()]),
        (None, _) => lang.t(Msg::ChartBreakEvenNone).into(),
    };
    area.draw(&Text::new(
        note,
        (110, LINES_HEIGHT as i32 - 70),
        ("sans-serif", 15).into_font().color(&BLACK),
    ))?;
    Ok(())
}

/// The colour of a difference: green where keeping is better, red where selling is, stronger
/// the larger it is relative to `max`.
fn shade(d: f64, max: f64) -> RGBColor {
    let t = if max > 0.0 {
        (d.abs() / max).min(1.0)
    } else {
        0.0
    };
    let mix = |from: u8, to: u8| (f64::from(from) + (f64::from(to) - f64::from(from)) * t) as u8;
    if d >= 0.0 {
        RGBColor(mix(255, 44), mix(255, 160), mix(255, 44))
    } else {
        RGBColor(mix(255, 214), mix(255, 39), mix(255, 40))
    }
}

/// The position of `v` on an axis whose categories are `values` (ascending): an index, or
/// between two.
fn position(values: &[Decimal], v: Decimal) -> Option<f64> {
    let i = values.windows(2).position(|w| w[0] <= v && v <= w[1])?;
    let (a, b) = (values[i], values[i + 1]);
    Some(i as f64 + f((v - a) / (b - a)))
}

/// The label of category `v` (an index into `values`), or nothing between categories.
fn category(values: &[Decimal], v: f64, lang: Lang) -> String {
    let i = v.round();
    if (v - i).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    values
        .get(i as usize)
        .map(|d| lang.pct(*d, 1))
        .unwrap_or_default()
}

/// The grid's figures as the output shows them ([`out`]).
fn shown(g: &Grid) -> Grid {
    let list = |v: &[Decimal]| v.iter().copied().map(out).collect::<Vec<_>>();
    Grid {
        plan_value_growth_pct: out(g.plan_value_growth_pct),
        plan_alternative_return_pct: out(g.plan_alternative_return_pct),
        value_growth_pct: list(&g.value_growth_pct),
        alternative_return_pct: list(&g.alternative_return_pct),
        difference: g.difference.iter().map(|row| list(row)).collect(),
    }
}

fn heat_map(area: &Area, g: &Grid, break_even: Option<Decimal>, lang: Lang) -> Drawn {
    let (nx, ny) = (g.alternative_return_pct.len(), g.value_growth_pct.len());
    if nx == 0 || ny == 0 {
        return Ok(());
    }
    let max = g
        .difference
        .iter()
        .flatten()
        .map(|d| f(*d).abs())
        .fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(area)
        .caption(lang.t(Msg::ChartGrid), ("sans-serif", 20))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(90)
        .build_cartesian_2d(-0.5..(nx as f64 - 0.5), -0.5..(ny as f64 - 0.5))?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc(lang.t(Msg::ChartAlternative))
        .y_desc(lang.t(Msg::ChartGrowth))
        .x_labels(nx)
        .y_labels(ny)
        .x_label_formatter(&|v| category(&g.alternative_return_pct, *v, lang))
        .y_label_formatter(&|v| category(&g.value_growth_pct, *v, lang))
        .draw()?;
    for (iy, row) in g.difference.iter().enumerate() {
        for (ix, d) in row.iter().enumerate() {
            let (x, y) = (ix as f64, iy as f64);
            let plan = g.value_growth_pct[iy] == g.plan_value_growth_pct
                && g.alternative_return_pct[ix] == g.plan_alternative_return_pct;
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)],
                shade(f(*d), max).filled(),
            )))?;
            if plan {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x - 0.48, y - 0.48), (x + 0.48, y + 0.48)],
                    BLACK.stroke_width(2),
                )))?;
            }
            chart.draw_series(std::iter::once(Text::new(
                lang.number(*d, 0),
                (x - 0.3, y + 0.12),
                ("sans-serif", 14).into_font().color(&BLACK),
            )))?;
        }
    }
    if let Some(bd) = break_even
        && let Some(y) = position(&g.value_growth_pct, bd)
    {
        let style = ShapeStyle::from(&BLACK).stroke_width(2);
        chart.draw_series(DashedLineSeries::new(
            vec![(-0.5, y), (nx as f64 - 0.5, y)],
            8,
            5,
            style,
        ))?;
        chart.draw_series(std::iter::once(Text::new(
            format!("{} {}", lang.t(Msg::BreakEven), lang.pct(bd, 2)),
            (-0.45, y + 0.3),
            ("sans-serif", 14).into_font().color(&BLACK),
        )))?;
    }
    Ok(())
}
