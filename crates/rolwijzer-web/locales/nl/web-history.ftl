# web-history (nl)
