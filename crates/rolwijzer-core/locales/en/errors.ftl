# Messages when a role division cannot be read. Say what is wrong and what to do.

parse-where-line-column = { $file }, line { $line }, column { $column }
parse-where-line = { $file }, line { $line }
parse-where-file = { $file }

parse-too-many-entries-in-list = The document has { $count } { $what }; rolwijzer works with at most { $max }. Split the collaboration, or ask the administrator for a higher limit.
parse-list-parties = parties
parse-list-people = people
parse-list-groups = groups
parse-list-assignments = task assignments
parse-too-large = The file is { $size }. A role division may be at most { $limit }. Choose the right file, or split the collaboration.
parse-not-text = This is not a text file. A role division is a YAML (or JSON) file of plain UTF-8 text. Choose rolverdeling.yaml, not a Word or Excel file, for example.
parse-empty = The file is empty. Create a new role division with `rolwijzer init`, or choose the right file.
parse-syntax = The layout of the file is wrong here (the YAML reader says: { $detail }). Check that the indentation uses spaces consistently and that quotes and brackets are closed.
parse-unknown-key = There is no field `{ $key }` here. Allowed are: { $expected }.
parse-unknown-key-suggest = There is no field `{ $key }` here. Did you mean `{ $suggestion }`? Allowed are: { $expected }.
parse-unknown-value = The value `{ $value }` is not possible here. Choose one of: { $expected }.
parse-unknown-value-suggest = The value `{ $value }` is not possible here. Did you mean `{ $suggestion }`? Choose one of: { $expected }.
parse-missing-key = The field `{ $key }` is missing. Fill it in; it is required.
parse-duplicate-key = The same field appears twice here. Remove one of them.
parse-duplicate-key-named = The field `{ $key }` appears twice here. Remove one of them.
parse-indentation = This line is indented { $spaces } spaces. Indent with an even number of spaces (2, 4, 6 …) and no tabs, so it is clear where the line belongs.
parse-wrong-type = The value has the wrong shape here ({ $detail }). For example a list where one value belongs, or text where a number belongs.
parse-too-complex = The file is nested too deeply or uses too many references (anchors). Write the role division more simply.
parse-invalid-id = `{ $value }` is not a valid id. An id is 1 to 64 characters: letters without accents, digits, `-`, `_` or `.`, no spaces. For example `gemeente-utrecht`.
parse-invalid-hours = `{ $value }` hours a week is not possible. Enter a number from 0 up to and including 168.
parse-invalid-amount = `{ $value }` is not a valid amount. Enter an amount in euro without symbols, not negative, for example 8000 or 1250.50.
parse-invalid-date = `{ $value }` is not a valid date. Write the date as year-month-day, for example 2026-03-01.
parse-invalid-months = `{ $value }` months is not possible. Enter a whole number from 1 up to and including 120.
parse-empty-text = This field is empty. Enter a text, or remove the field if it is not needed.
parse-text-too-long = This text is too long. A field may hold at most { $value } characters; put long explanations in a document and link to it.
parse-unsupported-version = This version of rolwijzer only reads role divisions with `version: 1`, not version { $value }. Update rolwijzer, or set `version: 1`.
parse-task-and-item = This entry has both `task` and `item`. Choose one: `task` for a task, `item` for a single checklist item.
parse-no-task = This entry does not say which task it is. Add `task:` with a task id (see `rolwijzer catalog`), or `item:` for a checklist item.
parse-custom-without-id = A custom task (`task: custom`) needs an `id` and a `name`. Fill in both.
parse-custom-fields = The fields `id`, `name` and `critical` belong only to a custom task (`task: custom`). Remove them here; names and descriptions of catalogue tasks come from the catalogue.

# Begroting / budget
parse-invalid-inhabitants = `{ $value }` inhabitants is not possible. Fill in a whole number from 1 to 100 million, without separators, for example 132000.
parse-invalid-year = `{ $value }` is not a valid budget year. Fill in a year from 2000 to 2200, for example 2027.
parse-invalid-weeks = `{ $value }` working weeks a year is not possible. Fill in a whole number from 1 to 52. Without this value, rolwijzer uses 46 weeks.
parse-too-many-entries = This list is too long. It may hold at most { $value } entries. Combine small items into one entry.
parse-tiers-not-ascending = The tiers are not in order: `up_to: { $value }` is not higher than the limit of the tier before it. List the tiers from small to large, each limit higher than the one before.
parse-tier-after-open = The tiers are not in order: only the last tier may be without `up_to`. Give every tier except the last an upper limit (`up_to`), or remove the tiers after the open one.
parse-last-tier-up-to = The tiers are not complete: the last tier has an upper limit (`up_to`). Remove it, so that the largest municipalities fall in a tier too.
