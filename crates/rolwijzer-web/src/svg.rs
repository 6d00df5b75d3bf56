//! Geometry for the charts drawn on the server (bar chart, timeline). Only numbers are
//! computed here; the SVG markup is in templates.

/// Scales a value to a length in pixels, with `max` filling `width`.
pub fn scale(value: f64, max: f64, width: f64) -> f64 {
    if max <= 0.0 || !value.is_finite() {
        0.0
    } else {
        (value / max * width).clamp(0.0, width)
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
    }
}
