//! The charts of `--chart FILE.svg` and of the HTML report: each route's net worth year by year
//! (under each Box 3 future of the plan), the Box 3 tax year by year under each future, and the
//! sensitivity grid (value growth × alternative return → keep − sell) as a heat map with the
//! break-even growth marked.
//!
//! Drawn with `plotters` (its SVG backend only). Amounts become `f64` here for the drawing
//! coordinates only; every figure written as text is formatted from its `Decimal`.
//!
//! Colours come from the Okabe–Ito palette, which stays distinct for colour-blind readers; each
//! route also has its own marker and each Box 3 future its own line pattern (today's system
//! solid, the bill dashed, in the legend too), so the charts read in greyscale print as well.
//! A new route of the plan is one more entry in [`ROUTES`].

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::calc::bv::Comparison;
use crate::i18n::{Arg, Lang, Msg};
use crate::money::out;
use crate::plan::Year;
use crate::report::{Report, SellVsKeepOut, UitpondOut};
use crate::sensitivity::Grid;

/// Width of every chart, and the heights of the line charts and of the grid.
const WIDTH: u32 = 900;
const LINES_HEIGHT: u32 = 520;
const BOX3_HEIGHT: u32 = 400;
const GRID_HEIGHT: u32 = 460;
/// The strip under a line chart that holds its note (never over the lines).
const NOTE_HEIGHT: u32 = 30;

/// Okabe–Ito blue, vermillion, bluish green and reddish purple.
const BLUE: RGBColor = RGBColor(0, 114, 178);
const VERMILLION: RGBColor = RGBColor(213, 94, 0);
const GREEN: RGBColor = RGBColor(0, 158, 115);
const PURPLE: RGBColor = RGBColor(204, 121, 167);
/// The axes' grid: light.
const GRID_LINE: RGBColor = RGBColor(225, 225, 225);

/// A route's marker on its points.
#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// What the charts draw of one Box 3 future: the plan's year rows, the uitpond route's (when the
/// plan has it) and the BV route (when the property has one).
struct FutureLines<'a> {
    years: &'a [Year],
    uitpond: Option<&'a UitpondOut>,
    bv: Option<&'a Comparison>,
}

/// A route's points: (year, amount).
type Points = Vec<(i32, Decimal)>;

/// One route as the charts draw it: its names, colour and marker, and its figures year by year
/// under one future (`None` where the route has none, e.g. no Box 3 tax in a BV).
struct RouteStyle {
    /// The label under today's system and under the bill.
    label: Msg,
    label_bill: Msg,
    colour: RGBColor,
    marker: Marker,
    net_worth: fn(&FutureLines) -> Option<Points>,
    box3_tax: fn(&FutureLines) -> Option<Points>,
}

/// The points of the plan's rows `years` by `figure`.
fn rows(years: &[Year], figure: fn(&Year) -> Decimal) -> Option<Points> {
    Some(years.iter().map(|y| (y.year, figure(y))).collect())
}

/// The routes, in the legend's order: keeping and selling now always, uitponden and the BV
/// where the plan has them.
const ROUTES: &[RouteStyle] = &[
    RouteStyle {
        label: Msg::ChartKeep,
        label_bill: Msg::ChartKeepBill,
        colour: BLUE,
        marker: Marker::Circle,
        net_worth: |f| rows(f.years, |y| y.keep_net_worth),
        box3_tax: |f| rows(f.years, |y| y.keep_box3_tax),
    },
    RouteStyle {
        label: Msg::ChartSell,
        label_bill: Msg::ChartSellBill,
        colour: VERMILLION,
        marker: Marker::Square,
        net_worth: |f| rows(f.years, |y| y.sell_net_worth),
        box3_tax: |f| rows(f.years, |y| y.sell_box3_tax),
    },
    RouteStyle {
        label: Msg::ChartUitpond,
        label_bill: Msg::ChartUitpondBill,
        colour: GREEN,
        marker: Marker::Triangle,
        net_worth: |f| {
            let u = f.uitpond.filter(|u| !u.years.is_empty())?;
            Some(
                u.years
                    .iter()
                    .map(|y| (y.year, y.expected_net_worth))
                    .collect(),
            )
        },
        box3_tax: |f| {
            let u = f.uitpond.filter(|u| !u.years.is_empty())?;
            Some(
                u.years
                    .iter()
                    .map(|y| (y.year, y.expected_box3_tax))
                    .collect(),
            )
        },
    },
    RouteStyle {
        label: Msg::ChartBv,
        label_bill: Msg::ChartBvBill,
        colour: PURPLE,
        marker: Marker::Diamond,
        // The BV's net worth were it liquidated at the end of each year from the move on.
        net_worth: |f| {
            let c = f.bv?;
            Some(
                c.route
                    .years
                    .iter()
                    .map(|y| (y.year, y.net_worth))
                    .collect(),
            )
        },
        // A BV pays Vpb and Box 2, no Box 3 on the dwelling: not in the Box 3 chart.
        box3_tax: |_| None,
    },
];

/// The rows of the legend of `lines` (see [`legend`]).
fn legend_rows(lines: &[Series]) -> u32 {
    let today = lines.iter().filter(|s| !s.dashed).count();
    let rows = if today > 2 && today < lines.len() {
        today.max(lines.len() - today)
    } else {
        lines.len().div_ceil(2)
    };
    rows as u32
}

/// The height of a line chart of `lines`: `base` with two rows of legend, and a row more for
/// each further row (the uitpond and the BV routes).
fn with_legend(base: u32, lines: &[Series]) -> u32 {
    base + LEGEND_ROW * legend_rows(lines).saturating_sub(2)
}

/// The height of the net-worth chart of `p`.
fn lines_height(r: &Report, p: &SellVsKeepOut) -> u32 {
    with_legend(LINES_HEIGHT, &series(r, p, Lang::En, |s| s.net_worth))
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// The SVG of `r`'s plan for `--chart`: the routes' net worth and, when the report has the grid,
/// the grid below it (and the uitpond route's grid below that, when the plan has the route);
/// `None` when the property has no plan.
pub(crate) fn svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    let grids = r.grid.as_ref().map_or(0, |g| {
        if g.uitpond_difference.is_empty() {
            1
        } else {
            2
        }
    });
    let lines = lines_height(r, p);
    draw(lines + grids * GRID_HEIGHT, |root| {
        let (top, bottom) = root.split_vertically(lines);
        net_worth(&top, r, p, lang)?;
        if let Some(g) = &r.grid {
            let (keep, rest) = bottom.split_vertically(GRID_HEIGHT);
            let g = shown(g);
            heat_map(&keep, &g, Cells::Keep, p.break_even_growth_pct, lang)?;
            if grids == 2 {
                let be = p.uitpond.as_ref().and_then(|u| u.break_even_growth_pct);
                heat_map(&rest, &g, Cells::Uitpond, be, lang)?;
            }
        }
        Ok(())
    })
}

/// The routes' net worth year by year under each Box 3 future, alone; `None` without a plan.
pub(crate) fn net_worth_svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    draw(lines_height(r, p), |root| net_worth(root, r, p, lang))
}

/// The Box 3 tax year by year of each route under each Box 3 future; `None` without a plan.
pub(crate) fn box3_svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    let lines = series(r, p, lang, |s| s.box3_tax);
    draw(with_legend(BOX3_HEIGHT, &lines), |root| {
        box3(root, r, p, lang)
    })
}

/// The sensitivity grid as a heat map; `None` without a plan or a grid.
pub(crate) fn grid_svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    let g = r.grid.as_ref()?;
    draw(GRID_HEIGHT, |root| {
        heat_map(root, &shown(g), Cells::Keep, p.break_even_growth_pct, lang)
    })
}

/// The uitpond route's grid (its expected net worth − sell) as a heat map; `None` without a
/// plan, a grid or the route.
pub(crate) fn uitpond_grid_svg(r: &Report, lang: Lang) -> Option<String> {
    let p = r.sell_vs_keep.as_ref()?;
    let g = r
        .grid
        .as_ref()
        .filter(|g| !g.uitpond_difference.is_empty())?;
    let be = p.uitpond.as_ref().and_then(|u| u.break_even_growth_pct);
    draw(GRID_HEIGHT, |root| {
        heat_map(root, &shown(g), Cells::Uitpond, be, lang)
    })
}

/// An SVG of `WIDTH` × `height` drawn by `paint` on a white ground.
fn draw(height: u32, paint: impl FnOnce(&Area) -> Drawn) -> Option<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        paint(&root).ok()?;
        root.present().ok()?;
    }
    Some(out)
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = Result<(), Box<dyn std::error::Error>>;

/// One line: label, colour, marker, dashed, points.
struct Series {
    label: String,
    colour: RGBColor,
    marker: Marker,
    dashed: bool,
    points: Vec<(i32, f64)>,
}

/// Every route under today's system, then under the bill when the plan has it, with `figure`
/// of the route's style; a route without figures is left out.
fn series(
    r: &Report,
    p: &SellVsKeepOut,
    lang: Lang,
    figure: impl Fn(&RouteStyle) -> fn(&FutureLines) -> Option<Points>,
) -> Vec<Series> {
    let bv = |future: &str| {
        r.bv.as_ref()
            .and_then(|b| b.scenarios.iter().find(|c| c.future == future))
    };
    let line = |lines: &FutureLines, route: &RouteStyle, dashed: bool| {
        let points = figure(route)(lines).filter(|p| !p.is_empty())?;
        Some(Series {
            label: lang
                .t(if dashed {
                    route.label_bill
                } else {
                    route.label
                })
                .into(),
            colour: route.colour,
            marker: route.marker,
            dashed,
            points: points.into_iter().map(|(y, v)| (y, f(out(v)))).collect(),
        })
    };
    let today = FutureLines {
        years: &p.years,
        uitpond: p.uitpond.as_ref(),
        bv: bv("forfaitair"),
    };
    let mut all: Vec<Series> = ROUTES
        .iter()
        .filter_map(|r| line(&today, r, false))
        .collect();
    if let Some(c) = p.scenarios.iter().find(|c| c.future == "bill") {
        let bill = FutureLines {
            years: &c.years,
            uitpond: c.uitpond.as_ref(),
            bv: bv("bill"),
        };
        all.extend(ROUTES.iter().filter_map(|r| line(&bill, r, true)));
    }
    all
}

/// A line chart of `lines` over the plan's years, titled `title`, its y axis in euros.
fn line_chart(area: &Area, title: String, y_desc: &str, lines: Vec<Series>, lang: Lang) -> Drawn {
    // The legend in its own strip under the chart: never over a line.
    let rows = legend_rows(&lines);
    let height = area.dim_in_pixel().1;
    let (area, legend_area) = area.split_vertically(height.saturating_sub(LEGEND_ROW * rows + 6));
    legend(&legend_area, &lines)?;
    let area = &area;
    let years = lines.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let first = years.clone().min().unwrap_or(0);
    let last = years.max().unwrap_or(0).max(first + 1);
    let values = lines.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (lo, hi) = values.fold((0.0f64, 1.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = (hi - lo) * 0.05;
    let top = hi + pad;
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(100)
        .build_cartesian_2d(first..last, (lo - pad)..top)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID_LINE)
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .x_desc(lang.t(Msg::ChartYear))
        .y_desc(y_desc)
        .x_labels((last - first + 1).min(12) as usize)
        .x_label_formatter(&|y| y.to_string())
        .y_label_formatter(&|v| lang.euro(Decimal::from_f64_retain(*v).unwrap_or_default()))
        .draw()?;
    for s in lines {
        let style = ShapeStyle::from(&s.colour).stroke_width(if s.dashed { 2 } else { 3 });
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(s.points.clone(), 8, 5, style))?;
        } else {
            chart.draw_series(LineSeries::new(s.points.clone(), style))?;
        }
        match s.marker {
            Marker::Circle => chart.draw_series(
                s.points
                    .iter()
                    .map(|(x, y)| Circle::new((*x, *y), 3, s.colour.filled())),
            )?,
            Marker::Square => chart.draw_series(s.points.iter().map(|(x, y)| {
                EmptyElement::at((*x, *y)) + Rectangle::new([(-3, -3), (3, 3)], s.colour.filled())
            }))?,
            Marker::Triangle => chart.draw_series(s.points.iter().map(|(x, y)| {
                EmptyElement::at((*x, *y))
                    + Polygon::new(vec![(0, -4), (4, 3), (-4, 3)], s.colour.filled())
            }))?,
            Marker::Diamond => chart.draw_series(s.points.iter().map(|(x, y)| {
                EmptyElement::at((*x, *y))
                    + Polygon::new(vec![(0, -4), (4, 0), (0, 4), (-4, 0)], s.colour.filled())
            }))?,
        };
    }
    Ok(())
}

/// The height of a row of the legend.
const LEGEND_ROW: u32 = 22;

/// The legend of `lines` in two columns: each line's sample as drawn (dashed for the bill) with
/// its marker, and its label.
fn legend(area: &Area, lines: &[Series]) -> Drawn {
    // More than two routes under both futures: today's in the left column, the bill's in the
    // right, a route a row; else two a row.
    let today = lines.iter().filter(|s| !s.dashed).count();
    let by_future = today > 2 && today < lines.len();
    for (i, s) in lines.iter().enumerate() {
        let (column, row) = if by_future {
            (usize::from(s.dashed), if s.dashed { i - today } else { i })
        } else {
            (i % 2, i / 2)
        };
        let x = 116 + column as i32 * 340;
        let y = (LEGEND_ROW / 2) as i32 + row as i32 * LEGEND_ROW as i32;
        let style = ShapeStyle::from(&s.colour).stroke_width(if s.dashed { 2 } else { 3 });
        let segments: &[(i32, i32)] = if s.dashed {
            &[(0, 8), (13, 21), (26, 34)]
        } else {
            &[(0, 34)]
        };
        for (a, b) in segments {
            area.draw(&PathElement::new(vec![(x + a, y), (x + b, y)], style))?;
        }
        match s.marker {
            Marker::Circle => area.draw(&Circle::new((x + 17, y), 4, s.colour.filled()))?,
            Marker::Square => area.draw(&Rectangle::new(
                [(x + 13, y - 4), (x + 21, y + 4)],
                s.colour.filled(),
            ))?,
            Marker::Triangle => area.draw(&Polygon::new(
                vec![(x + 17, y - 5), (x + 22, y + 4), (x + 12, y + 4)],
                s.colour.filled(),
            ))?,
            Marker::Diamond => area.draw(&Polygon::new(
                vec![(x + 17, y - 5), (x + 22, y), (x + 17, y + 5), (x + 12, y)],
                s.colour.filled(),
            ))?,
        }
        area.draw(&Text::new(
            s.label.clone(),
            (x + 44, y),
            ("sans-serif", 14)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

fn net_worth(area: &Area, r: &Report, p: &SellVsKeepOut, lang: Lang) -> Drawn {
    let height = area.dim_in_pixel().1;
    let (chart_area, note_area) = area.split_vertically(height.saturating_sub(NOTE_HEIGHT));
    let title = lang.f(
        Msg::ChartTitle,
        &[crate::text::printable(&r.name).into_owned().into()],
    );
    line_chart(
        &chart_area,
        title,
        lang.t(Msg::ChartEuro),
        series(r, p, lang, |s| s.net_worth),
        lang,
    )?;
    // The break-even growth, in its own strip under the chart.
    let plan_growth = r.grid.as_ref().map(|g| out(g.plan_value_growth_pct));
    let note = match (p.break_even_growth_pct, plan_growth) {
        (Some(b), Some(g)) => lang.f(Msg::ChartBreakEven, &[Arg::Pct(b), Arg::Pct(g)]),
        (Some(b), None) => lang.f(Msg::ChartBreakEven, &[Arg::Pct(b), "—".into()]),
        (None, _) => lang.t(Msg::ChartBreakEvenNone).into(),
    };
    note_area.draw(&Text::new(
        note,
        (116, 4),
        ("sans-serif", 15).into_font().color(&BLACK),
    ))?;
    Ok(())
}

fn box3(area: &Area, r: &Report, p: &SellVsKeepOut, lang: Lang) -> Drawn {
    let title = lang.f(
        Msg::ChartBox3Title,
        &[crate::text::printable(&r.name).into_owned().into()],
    );
    line_chart(
        area,
        title,
        lang.t(Msg::ChartBox3Euro),
        series(r, p, lang, |s| s.box3_tax),
        lang,
    )
}

/// The colour of a difference: Okabe–Ito blue where keeping is better, vermillion where selling
/// is, stronger the larger it is relative to `max` (never so dark that its figure is hard to
/// read).
fn shade(d: f64, max: f64) -> RGBColor {
    let t = if max > 0.0 {
        (d.abs() / max).min(1.0) * 0.7
    } else {
        0.0
    };
    let mix = |from: u8, to: u8| (f64::from(from) + (f64::from(to) - f64::from(from)) * t) as u8;
    let to = if d >= 0.0 { BLUE } else { VERMILLION };
    RGBColor(mix(255, to.0), mix(255, to.1), mix(255, to.2))
}

/// Black or white, whichever reads on `c`.
fn ink(c: RGBColor) -> RGBColor {
    let luminance = 0.299 * f64::from(c.0) + 0.587 * f64::from(c.1) + 0.114 * f64::from(c.2);
    if luminance < 140.0 { WHITE } else { BLACK }
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
        uitpond_difference: g.uitpond_difference.iter().map(|row| list(row)).collect(),
    }
}

/// Which of a grid's differences a heat map shows.
#[derive(Clone, Copy)]
enum Cells {
    /// keep − sell.
    Keep,
    /// The uitpond route's expected net worth − sell.
    Uitpond,
}

/// The width right of the grid that holds the break-even label (never over a cell).
const GRID_RIGHT: u32 = 150;

fn heat_map(area: &Area, g: &Grid, cells: Cells, break_even: Option<Decimal>, lang: Lang) -> Drawn {
    let (difference, caption) = match cells {
        Cells::Keep => (&g.difference, Msg::ChartGrid),
        Cells::Uitpond => (&g.uitpond_difference, Msg::ChartGridUitpond),
    };
    let (nx, ny) = (g.alternative_return_pct.len(), g.value_growth_pct.len());
    if nx == 0 || ny == 0 || difference.len() != ny {
        return Ok(());
    }
    let max = difference
        .iter()
        .flatten()
        .map(|d| f(*d).abs())
        .fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(area)
        .caption(lang.t(caption), ("sans-serif", 20))
        .margin(16)
        .margin_right(GRID_RIGHT)
        .x_label_area_size(40)
        .y_label_area_size(100)
        .build_cartesian_2d(-0.5..(nx as f64 - 0.5), -0.5..(ny as f64 - 0.5))?;
    chart
        .configure_mesh()
        .disable_mesh()
        .label_style(("sans-serif", 13))
        .axis_desc_style(("sans-serif", 14))
        .x_desc(lang.t(Msg::ChartAlternative))
        .y_desc(lang.t(Msg::ChartGrowth))
        .x_labels(nx)
        .y_labels(ny)
        .x_label_formatter(&|v| category(&g.alternative_return_pct, *v, lang))
        .y_label_formatter(&|v| category(&g.value_growth_pct, *v, lang))
        .draw()?;
    let centred = Pos::new(HPos::Center, VPos::Center);
    for (iy, row) in difference.iter().enumerate() {
        for (ix, d) in row.iter().enumerate() {
            let (x, y) = (ix as f64, iy as f64);
            let plan = g.value_growth_pct[iy] == g.plan_value_growth_pct
                && g.alternative_return_pct[ix] == g.plan_alternative_return_pct;
            let fill = shade(f(*d), max);
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)],
                fill.filled(),
            )))?;
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)],
                WHITE.stroke_width(1),
            )))?;
            if plan {
                // The plan's own cell, outlined (a path: the SVG backend draws a rectangle's
                // border one pixel wide).
                let (a, b) = (0.45, 0.45);
                chart.draw_series(std::iter::once(PathElement::new(
                    vec![
                        (x - a, y - b),
                        (x + a, y - b),
                        (x + a, y + b),
                        (x - a, y + b),
                        (x - a, y - b),
                    ],
                    BLACK.stroke_width(3),
                )))?;
            }
            chart.draw_series(std::iter::once(Text::new(
                lang.euro(*d),
                (x, y),
                ("sans-serif", 14)
                    .into_font()
                    .color(&ink(fill))
                    .pos(centred),
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
        // The label right of the grid, level with the line.
        let (px, py) = chart.backend_coord(&(nx as f64 - 0.5, y));
        let (bx, by) = area.get_base_pixel();
        let font = ("sans-serif", 14).into_font().color(&BLACK);
        let at = (px - bx + 8, py - by);
        area.draw(&Text::new(
            lang.t(Msg::ChartBreakEvenShort).to_string(),
            (at.0, at.1 - 9),
            font.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        area.draw(&Text::new(
            lang.pct(bd, 2),
            (at.0, at.1 + 9),
            font.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}
