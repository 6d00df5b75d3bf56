# Texts of the text exports.
