# Texts of the sheets exports.
