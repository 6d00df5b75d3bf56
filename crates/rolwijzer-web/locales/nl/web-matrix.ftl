# web-matrix (nl)
