# web-history (en)
