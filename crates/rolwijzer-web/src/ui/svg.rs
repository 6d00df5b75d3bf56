//! Geometry for the charts drawn on the server (bar chart, timeline, gauge,
//! pay-or-receive chart). Only numbers are computed here; the SVG markup and every
//! word are in templates and Fluent files.

use std::fmt;

/// Scales a value to a length in pixels, with `max` filling `width`.
pub fn scale(value: f64, max: f64, width: f64) -> f64 {
    if max <= 0.0 || !value.is_finite() {
        0.0
    } else {
        (value / max * width).clamp(0.0, width)
    }
}

/// A coordinate or length as written in SVG: one decimal, a dot, never `NaN`.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Px(pub f64);

impl fmt::Display for Px {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = if self.0.is_finite() { self.0 } else { 0.0 };
        // `-0.0` would print as "-0.0"; SVG does not mind, people reading it might.
        let v = if v.abs() < 0.05 { 0.0 } else { v };
        write!(f, "{v:.1}")
    }
}

/// A round step for an axis: 1, 2 or 5 times a power of ten, at least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let norm = raw / magnitude;
    let nice = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A value axis from 0 to a round maximum with evenly spaced ticks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    /// The value at the far end.
    pub max: f64,
    /// Distance between ticks.
    pub step: f64,
}

impl Axis {
    /// An axis that fits every value (and at least `at_least`), with about five steps
    /// of at least `min_step`.
    pub fn fitting(values: impl IntoIterator<Item = f64>, at_least: f64, min_step: f64) -> Axis {
        let top = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(at_least.max(0.0), f64::max);
        let step = nice_step(top / 5.0).max(min_step).max(f64::MIN_POSITIVE);
        let max = ((top / step).ceil() * step).max(step);
        Axis { max, step }
    }

    /// The tick values, from 0 to `max`.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.max / self.step).round().clamp(0.0, 1000.0) as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }
}

/// A tick on a horizontal axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    /// Where it is.
    pub x: Px,
    /// The value it marks.
    pub value: f64,
}

/// One bar of a horizontal bar chart, with room for a label above it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// Baseline of the label above the bar.
    pub label_y: Px,
    /// Top of the bar.
    pub y: Px,
    /// Height of the bar.
    pub h: Px,
    /// Length of the bar.
    pub w: Px,
    /// Where the marker for the second value (capacity) is, if any.
    pub marker_x: Option<Px>,
    /// Top of the marker (it sticks out above and below the bar).
    pub marker_y1: Px,
    /// Bottom of the marker.
    pub marker_y2: Px,
    /// Where the value text beside the bar starts.
    pub value_x: Px,
    /// Baseline of the value text.
    pub value_y: Px,
    /// Whether the value exceeds the marker's value.
    pub over: bool,
}

/// The geometry of a horizontal bar chart: one bar per row, a value axis below.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Width of the view box.
    pub width: Px,
    /// Height of the view box.
    pub height: Px,
    /// Left edge of the bars (value 0).
    pub x0: Px,
    /// Right end of the value axis.
    pub x1: Px,
    /// Top of the grid lines.
    pub grid_top: Px,
    /// The value axis line's y.
    pub axis_y: Px,
    /// Baseline of the tick labels.
    pub tick_label_y: Px,
    /// Baseline of the axis title.
    pub title_y: Px,
    /// Middle of the plot, for the axis title.
    pub title_x: Px,
    /// Ticks along the value axis.
    pub ticks: Vec<Tick>,
    /// The bars, in the order given.
    pub bars: Vec<Bar>,
}

/// Width of the bar chart's view box.
pub const CHART_WIDTH: f64 = 720.0;
const BAR_X0: f64 = 12.0;
/// Room kept right of the plot for the value text.
const BAR_TEXT_ROOM: f64 = 190.0;
const ROW_H: f64 = 46.0;
const BAR_H: f64 = 18.0;
const LABEL_H: f64 = 18.0;

/// Lays out a bar chart of `(value, marker)` rows, such as assigned hours against
/// available hours. Hours get whole-number ticks.
pub fn bar_chart(rows: &[(f64, Option<f64>)]) -> BarChart {
    let axis = Axis::fitting(
        rows.iter().flat_map(|(v, m)| [*v, m.unwrap_or(0.0)]),
        1.0,
        1.0,
    );
    let plot_w = CHART_WIDTH - BAR_X0 - BAR_TEXT_ROOM;
    let top = 8.0;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (value, marker))| {
            let row_y = top + i as f64 * ROW_H;
            let y = row_y + LABEL_H + 4.0;
            let w = scale(*value, axis.max, plot_w);
            let marker_x = marker.map(|m| BAR_X0 + scale(m, axis.max, plot_w));
            let end = marker_x.unwrap_or(0.0).max(BAR_X0 + w);
            Bar {
                label_y: Px(row_y + LABEL_H - 4.0),
                y: Px(y),
                h: Px(BAR_H),
                w: Px(w),
                marker_x: marker_x.map(Px),
                marker_y1: Px(y - 4.0),
                marker_y2: Px(y + BAR_H + 4.0),
                value_x: Px(end + 8.0),
                value_y: Px(y + BAR_H - 4.0),
                over: marker.is_some_and(|m| *value > m + 1e-9),
            }
        })
        .collect();
    let axis_y = top + rows.len() as f64 * ROW_H + 6.0;
    BarChart {
        width: Px(CHART_WIDTH),
        height: Px(axis_y + 44.0),
        x0: Px(BAR_X0),
        x1: Px(BAR_X0 + plot_w),
        grid_top: Px(top),
        axis_y: Px(axis_y),
        tick_label_y: Px(axis_y + 18.0),
        title_y: Px(axis_y + 38.0),
        title_x: Px(BAR_X0 + plot_w / 2.0),
        ticks: axis
            .ticks()
            .into_iter()
            .map(|value| Tick {
                x: Px(BAR_X0 + scale(value, axis.max, plot_w)),
                value,
            })
            .collect(),
        bars,
    }
}

/// One turn on a timeline, on its own row (a Gantt chart).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Left edge.
    pub x: Px,
    /// Length.
    pub w: Px,
    /// Top of the bar.
    pub y: Px,
    /// Height of the bar.
    pub h: Px,
    /// Where the label above the bar is anchored.
    pub text_x: Px,
    /// Baseline of the label.
    pub text_y: Px,
    /// Whether the label is anchored at its end (bars in the right half grow their
    /// label to the left, so it stays inside the picture).
    pub anchor_end: bool,
}

/// A date tick on a timeline's axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimelineTick {
    /// Index into the boundaries: the spans' starts, then the last end.
    pub index: usize,
    /// Where it is.
    pub x: Px,
    /// How its label is anchored: `start`, `middle` or `end` (labels at the edges
    /// grow inwards so they are not cut off).
    pub anchor: &'static str,
}

/// A vertical line across a timeline (today, the next hand-over).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Where it is.
    pub x: Px,
    /// Baseline of its label at the top.
    pub text_y: Px,
    /// Whether the label is anchored at its end.
    pub anchor_end: bool,
}

/// The geometry of a timeline: rows of spans, date ticks below, marks across.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Width of the view box.
    pub width: Px,
    /// Height of the view box.
    pub height: Px,
    /// Top of the rows (below the marks' labels).
    pub top: Px,
    /// Left end of the axis.
    pub left: Px,
    /// Right end of the axis.
    pub right: Px,
    /// The axis line's y.
    pub axis_y: Px,
    /// Baseline of the tick labels.
    pub tick_label_y: Px,
    /// The spans, in the order given.
    pub spans: Vec<Span>,
    /// Ticks at span boundaries. Only every so many boundaries get one, so that
    /// labels do not overlap.
    pub ticks: Vec<TimelineTick>,
    /// The marks, in the order given; `None` when a mark falls outside the timeline.
    pub marks: Vec<Option<Mark>>,
}

/// Width of the timeline's view box.
pub const TIMELINE_WIDTH: f64 = 720.0;
const TL_X0: f64 = 12.0;
const TL_ROW_H: f64 = 50.0;
const TL_BAR_H: f64 = 22.0;
/// Labels of ticks closer than this to an edge grow inwards.
const TL_EDGE: f64 = 50.0;
/// Least room between two date labels on the axis.
const TL_MIN_TICK_GAP: f64 = 140.0;

/// Lays out spans given as `(start, end)` in days from the first start, and marks
/// given in days from the first start. Boundaries are the spans' starts and the last
/// end.
pub fn timeline(spans: &[(i64, i64)], marks: &[i64]) -> Timeline {
    let first = spans.iter().map(|s| s.0).min().unwrap_or(0);
    let last = spans
        .iter()
        .map(|s| s.1)
        .max()
        .unwrap_or(first + 1)
        .max(first + 1);
    let total = (last - first) as f64;
    let plot_w = TIMELINE_WIDTH - 2.0 * TL_X0;
    let x = |d: i64| TL_X0 + scale((d - first) as f64, total, plot_w);
    let mark_rows = marks.len().max(1) as f64;
    let top = 6.0 + mark_rows * 18.0;
    let mid = TIMELINE_WIDTH / 2.0;
    let out_spans: Vec<Span> = spans
        .iter()
        .enumerate()
        .map(|(i, (s, e))| {
            let row = top + i as f64 * TL_ROW_H;
            let (x1, x2) = (x(*s), x(*e));
            let anchor_end = x1 > mid;
            Span {
                x: Px(x1),
                w: Px((x2 - x1).max(1.0)),
                y: Px(row + 20.0),
                h: Px(TL_BAR_H),
                text_x: Px(if anchor_end { x2 } else { x1 }),
                text_y: Px(row + 15.0),
                anchor_end,
            }
        })
        .collect();
    let axis_y = top + spans.len() as f64 * TL_ROW_H + 4.0;
    let mut boundaries: Vec<i64> = spans.iter().map(|s| s.0).collect();
    if let Some(e) = spans.last().map(|s| s.1) {
        boundaries.push(e);
    }
    let gap = if boundaries.len() > 1 {
        plot_w / (boundaries.len() - 1) as f64
    } else {
        plot_w
    };
    let every = (TL_MIN_TICK_GAP / gap.max(1.0)).ceil().max(1.0) as usize;
    let ticks = boundaries
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, d)| {
            let tx = x(*d);
            TimelineTick {
                index: i,
                x: Px(tx),
                anchor: if tx < TL_X0 + TL_EDGE {
                    "start"
                } else if tx > TIMELINE_WIDTH - TL_X0 - TL_EDGE {
                    "end"
                } else {
                    "middle"
                },
            }
        })
        .collect();
    let marks = marks
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (*d >= first && *d <= last).then(|| {
                let mx = x(*d);
                Mark {
                    x: Px(mx),
                    text_y: Px(16.0 + i as f64 * 18.0),
                    anchor_end: mx > mid,
                }
            })
        })
        .collect();
    Timeline {
        width: Px(TIMELINE_WIDTH),
        height: Px(axis_y + 30.0),
        top: Px(top),
        left: Px(TL_X0),
        right: Px(TL_X0 + plot_w),
        axis_y: Px(axis_y),
        tick_label_y: Px(axis_y + 18.0),
        spans: out_spans,
        ticks,
        marks,
    }
}

/// The geometry of a gauge: a scale from 0 to `max` with an advised band and a marker.
#[derive(Debug, Clone, PartialEq)]
pub struct Gauge {
    /// Width of the view box.
    pub width: Px,
    /// Height of the view box.
    pub height: Px,
    /// Left end of the scale.
    pub x0: Px,
    /// Length of the scale.
    pub w: Px,
    /// Top of the scale bar.
    pub bar_y: Px,
    /// Height of the scale bar.
    pub bar_h: Px,
    /// Start of the advised band.
    pub band_x: Px,
    /// Length of the advised band.
    pub band_w: Px,
    /// Middle of the part below the band, for its label.
    pub low_mid: Px,
    /// Middle of the band, for its label.
    pub band_mid: Px,
    /// Middle of the part above the band, for its label.
    pub high_mid: Px,
    /// Baseline of the zone labels (above the bar).
    pub zone_label_y: Px,
    /// The marker's x (clamped to the scale).
    pub marker_x: Px,
    /// Top of the marker line.
    pub marker_y1: Px,
    /// Bottom of the marker line.
    pub marker_y2: Px,
    /// Baseline of the marker's label.
    pub marker_label_y: Px,
    /// Whether the marker label is anchored at its end (near the right edge).
    pub marker_anchor_end: bool,
    /// Whether the marker label is anchored at its start (near the left edge).
    pub marker_anchor_start: bool,
    /// Whether the value is beyond the end of the scale.
    pub beyond: bool,
    /// Ticks along the scale (whole units).
    pub ticks: Vec<Tick>,
    /// Top of the tick lines (the bottom of the scale bar).
    pub tick_y1: Px,
    /// Bottom of the tick lines.
    pub tick_y2: Px,
    /// Baseline of the tick labels.
    pub tick_label_y: Px,
    /// Baseline of the axis title.
    pub title_y: Px,
    /// Middle of the scale, for the axis title.
    pub title_x: Px,
}

/// Width of the gauge's view box.
pub const GAUGE_WIDTH: f64 = 720.0;

/// Lays out a gauge for `value` on a scale of 0 to `max` with the band `low..high`.
pub fn gauge(value: f64, band: (f64, f64), max: f64) -> Gauge {
    let x0 = 24.0;
    let w = GAUGE_WIDTH - 2.0 * x0;
    let x = |v: f64| x0 + scale(v, max, w);
    let bar_y = 40.0;
    let bar_h = 28.0;
    let marker_x = x(value.max(0.0));
    Gauge {
        width: Px(GAUGE_WIDTH),
        height: Px(bar_y + bar_h + 92.0),
        x0: Px(x0),
        w: Px(w),
        bar_y: Px(bar_y),
        bar_h: Px(bar_h),
        band_x: Px(x(band.0)),
        band_w: Px(x(band.1) - x(band.0)),
        low_mid: Px((x0 + x(band.0)) / 2.0),
        band_mid: Px((x(band.0) + x(band.1)) / 2.0),
        high_mid: Px((x(band.1) + x0 + w) / 2.0),
        zone_label_y: Px(bar_y - 10.0),
        marker_x: Px(marker_x),
        marker_y1: Px(bar_y - 6.0),
        marker_y2: Px(bar_y + bar_h + 6.0),
        marker_label_y: Px(bar_y + bar_h + 24.0),
        marker_anchor_end: marker_x > x0 + w - 80.0,
        marker_anchor_start: marker_x < x0 + 80.0,
        beyond: value > max,
        ticks: (0..=max.max(0.0).floor() as u32)
            .map(|m| Tick {
                x: Px(x(f64::from(m))),
                value: f64::from(m),
            })
            .collect(),
        tick_y1: Px(bar_y + bar_h),
        tick_y2: Px(bar_y + bar_h + 8.0),
        tick_label_y: Px(bar_y + bar_h + 48.0),
        title_y: Px(bar_y + bar_h + 74.0),
        title_x: Px(x0 + w / 2.0),
    }
}

/// One row of a pay-or-receive chart: a bar from the zero line to the right for what
/// a municipality pays, to the left for what it receives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CashBar {
    /// Baseline of the label above the bar.
    pub label_y: Px,
    /// Left edge of the bar.
    pub x: Px,
    /// Top of the bar.
    pub y: Px,
    /// Length of the bar.
    pub w: Px,
    /// Height of the bar.
    pub h: Px,
    /// Whether the value is negative (received).
    pub receive: bool,
    /// Where the value text is anchored: beyond the bar's outer end.
    pub value_x: Px,
    /// Baseline of the value text.
    pub value_y: Px,
    /// Whether the value text is anchored at its end (left of a bar that receives).
    pub value_anchor_end: bool,
}

/// The geometry of a pay-or-receive chart: one row per value around a zero line.
#[derive(Debug, Clone, PartialEq)]
pub struct CashChart {
    /// Width of the view box.
    pub width: Px,
    /// Height of the view box.
    pub height: Px,
    /// The zero line's x.
    pub zero_x: Px,
    /// Left edge, for the row labels.
    pub label_x: Px,
    /// Top of the zero line.
    pub top: Px,
    /// Bottom of the zero line.
    pub bottom: Px,
    /// The bars, in the order given.
    pub bars: Vec<CashBar>,
}

/// Room kept on each side of the cash chart for the value text.
const CASH_TEXT_ROOM: f64 = 170.0;
const CASH_ROW_H: f64 = 40.0;
const CASH_BAR_H: f64 = 14.0;

/// Lays out a pay-or-receive chart of `values` (positive pays, negative receives).
/// The zero line sits where the largest amount received and the largest amount paid
/// both fit; every bar of a non-zero value is at least a pixel long.
pub fn cash_chart(values: &[f64]) -> CashChart {
    let finite = |v: &f64| if v.is_finite() { *v } else { 0.0 };
    let neg = values.iter().map(finite).fold(0.0, |m: f64, v| m.max(-v));
    let pos = values.iter().map(finite).fold(0.0, |m: f64, v| m.max(v));
    let plot_w = CHART_WIDTH - 2.0 * CASH_TEXT_ROOM;
    let span = neg + pos;
    let zero_x = CASH_TEXT_ROOM + scale(neg, span, plot_w);
    let top = 8.0;
    let bars = values
        .iter()
        .map(finite)
        .enumerate()
        .map(|(i, v)| {
            let row_y = top + i as f64 * CASH_ROW_H;
            let y = row_y + LABEL_H + 2.0;
            let len = scale(v.abs(), span, plot_w);
            let len = if v != 0.0 { len.max(1.0) } else { 0.0 };
            let receive = v < 0.0;
            let x = if receive { zero_x - len } else { zero_x };
            CashBar {
                label_y: Px(row_y + LABEL_H - 4.0),
                x: Px(x),
                y: Px(y),
                w: Px(len),
                h: Px(CASH_BAR_H),
                receive,
                value_x: Px(if receive { x - 6.0 } else { x + len + 6.0 }),
                value_y: Px(y + CASH_BAR_H - 2.0),
                value_anchor_end: receive,
            }
        })
        .collect();
    let bottom = top + values.len() as f64 * CASH_ROW_H;
    CashChart {
        width: Px(CHART_WIDTH),
        height: Px(bottom + 8.0),
        zero_x: Px(zero_x),
        label_x: Px(BAR_X0),
        top: Px(top),
        bottom: Px(bottom),
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_is_clamped_and_safe() {
        assert_eq!(scale(5.0, 10.0, 200.0), 100.0);
        assert_eq!(scale(20.0, 10.0, 200.0), 200.0);
        assert_eq!(scale(1.0, 0.0, 200.0), 0.0);
        assert_eq!(scale(f64::NAN, 10.0, 200.0), 0.0);
    }

    #[test]
    fn px_prints_one_decimal_and_never_nan() {
        assert_eq!(Px(12.345).to_string(), "12.3");
        assert_eq!(Px(f64::NAN).to_string(), "0.0");
        assert_eq!(Px(-0.01).to_string(), "0.0");
    }

    #[test]
    fn axis_steps_are_round_and_cover_the_values() {
        assert_eq!(nice_step(3.2), 5.0);
        assert_eq!(nice_step(0.3), 0.5);
        let a = Axis::fitting([12.0, 24.0, 3.5], 1.0, 1.0);
        assert_eq!(a.step, 5.0);
        assert_eq!(a.max, 25.0);
        assert_eq!(a.ticks().len(), 6);
        let empty = Axis::fitting([], 1.0, 1.0);
        assert_eq!(empty.max, 1.0);
        assert_eq!(empty.ticks(), vec![0.0, 1.0]);
    }

    #[test]
    fn bar_chart_marks_over_capacity_and_keeps_bars_inside() {
        let c = bar_chart(&[(10.0, Some(8.0)), (4.0, Some(6.0)), (2.0, None)]);
        assert_eq!(c.bars.len(), 3);
        assert!(c.bars[0].over);
        assert!(!c.bars[1].over);
        assert!(!c.bars[2].over);
        assert!(c.bars[2].marker_x.is_none());
        for b in &c.bars {
            assert!(c.x0.0 + b.w.0 <= CHART_WIDTH - BAR_TEXT_ROOM + 1e-9);
            assert!(b.value_x.0 < CHART_WIDTH);
        }
        assert!(c.bars[1].y.0 > c.bars[0].y.0);
        assert!(c.height.0 > c.axis_y.0);
    }

    #[test]
    fn timeline_spreads_spans_and_thins_out_ticks() {
        let spans: Vec<(i64, i64)> = (0..12).map(|i| (i * 30, (i + 1) * 30)).collect();
        let t = timeline(&spans, &[45, 5000]);
        assert_eq!(t.spans.len(), 12);
        assert!((t.spans[0].x.0 - TL_X0).abs() < 1e-9);
        let end = t.spans[11].x.0 + t.spans[11].w.0;
        assert!((end - (TIMELINE_WIDTH - TL_X0)).abs() < 1e-6);
        assert!(t.marks[0].is_some());
        assert!(
            t.marks[1].is_none(),
            "a mark outside the timeline is left out"
        );
        assert!(t.ticks.len() < 13);
        let gaps: Vec<f64> = t.ticks.windows(2).map(|w| w[1].x.0 - w[0].x.0).collect();
        assert_eq!(t.ticks[0].anchor, "start");
        assert!(gaps.iter().all(|g| *g >= TL_MIN_TICK_GAP - 1e-6));
        assert!(t.spans[11].anchor_end && !t.spans[0].anchor_end);
    }

    #[test]
    fn cash_chart_puts_receiving_left_and_paying_right_of_zero() {
        let c = cash_chart(&[-8860.0, 4940.0, 4940.0, 0.0]);
        assert_eq!(c.bars.len(), 4);
        let (r, p) = (c.bars[0], c.bars[1]);
        assert!(r.receive && !p.receive);
        assert!((r.x.0 + r.w.0 - c.zero_x.0).abs() < 1e-9);
        assert!((p.x.0 - c.zero_x.0).abs() < 1e-9);
        assert!(r.w.0 > p.w.0, "more received than paid");
        assert!(r.value_anchor_end && r.value_x.0 < r.x.0);
        assert!(p.value_x.0 > p.x.0 + p.w.0);
        assert!(c.bars[3].w.0 == 0.0);
        assert!(r.x.0 >= CASH_TEXT_ROOM - 1e-9);
        assert!(p.x.0 + p.w.0 <= CHART_WIDTH - CASH_TEXT_ROOM + 1e-9);
        // Nobody receives: zero at the left of the plot.
        let all = cash_chart(&[5000.0, 5000.0]);
        assert!((all.zero_x.0 - CASH_TEXT_ROOM).abs() < 1e-9);
        let none = cash_chart(&[0.0, f64::NAN]);
        assert!(none.bars.iter().all(|b| b.w.0 == 0.0));
    }

    #[test]
    fn gauge_places_band_and_clamps_the_marker() {
        let g = gauge(4.8, (3.0, 6.0), 9.0);
        assert!(g.band_x.0 < g.marker_x.0 && g.marker_x.0 < g.band_x.0 + g.band_w.0);
        assert_eq!(g.ticks.len(), 10);
        let far = gauge(20.0, (3.0, 6.0), 9.0);
        assert!(far.beyond);
        assert!((far.marker_x.0 - (far.x0.0 + far.w.0)).abs() < 1e-9);
        let none = gauge(0.0, (3.0, 6.0), 9.0);
        assert!((none.marker_x.0 - none.x0.0).abs() < 1e-9);
        assert!(none.marker_anchor_start);
    }
}
