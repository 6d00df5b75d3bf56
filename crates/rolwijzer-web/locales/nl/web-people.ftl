# web-people (nl)
