# web-people (en)
