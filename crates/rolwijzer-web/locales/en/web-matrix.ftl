# web-matrix (en)
