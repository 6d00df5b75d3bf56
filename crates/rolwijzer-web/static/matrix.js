// Matrix editor enhancements (optional; the page works without JavaScript).
