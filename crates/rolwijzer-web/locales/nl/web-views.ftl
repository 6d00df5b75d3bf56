# web-views (nl)
