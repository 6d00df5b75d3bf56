# Texts of the annex exports.
