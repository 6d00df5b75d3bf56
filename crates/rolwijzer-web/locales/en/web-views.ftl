# web-views (en)
