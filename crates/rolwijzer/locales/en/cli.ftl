# Texts of the command line.
check-header = { $file } · { $name }
check-context = Level: { $level } · Arrangement: { $arrangement } · As of: { $today }
check-none = No findings. The role division meets every rule.
check-fix = Fix
check-checklist = Checklist: have we assigned every role?
check-item-missing = missing
check-item-not-needed = not needed at this level
check-item-own = assigned on its own
check-departure = If a party leaves
check-departure-none = No party would leave a task without a Responsible or Accountable.
check-departure-row = { $party }: { $tasks }
check-summary = Summary: { $errors } { $errors ->
        [1] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [1] warning
       *[other] warnings
    }, { $advice } advice.
check-unreadable = Cannot read { $file }: { $reason }.
check-unreadable-fix = Check that the file name is right and that you may read the file.
io-not-found = the file does not exist
io-permission = you have no permission to read it
io-directory = this is a folder, not a file
io-other = { $detail }
check-too-large-stdin = The input is larger than { $limit }. A role division may be at most that size.
check-bad-today = `{ $value }` is not a valid date for --today. Use year-month-day, for example 2026-03-01.
check-evaluation-due = Next evaluation: { $date }
check-reserve = Reserve: { $months } months of fixed costs
check-handover = Next hand-over in the rotation: { $date }

init-ask-name = Name of the collaboration
init-ask-ambition = Which ambition level do you choose?
init-ask-arrangement = How do you divide the tasks?
init-ask-contribution = Do you collect a community contribution? (y/n)
init-ask-choice = Type a number
init-pros = Advantages
init-attention = Points of attention
init-written = Role division written to { $file }. Fill in the names and check with: rolwijzer check { $file }
init-exists = { $file } already exists. Choose another name with --output, or use --force to overwrite it.
init-write-failed = Cannot write { $file }: { $reason }
init-header = Role division of this collaboration. Made with `rolwijzer init`. Fill in the names and check with `rolwijzer check`.

explain-unknown = `{ $code }` is not a known code. Known codes: { $codes }
explain-severity = Severity
explain-chapter = From the chapter
explain-why = Why
explain-fix = What to do
placeholder = ‹{ $name }›

catalog-levels = Ambition levels
catalog-tasks = Tasks
catalog-from-level = from { $level }
catalog-critical = critical: arrange a backup
catalog-checklist = Checklist
catalog-arrangements = Ways of dividing
catalog-suits = Suits
catalog-credit = Source: VNG Realisatie, guide to inter-municipal open-source collaboration, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0), in our own words.

export-format-annex-pdf = Annex to the collaboration agreement, as PDF to sign and keep.
export-format-annex-odt = The same annex as a text document, to edit in LibreOffice or Word.
export-format-xlsx = Spreadsheet for Excel or LibreOffice: who does what, findings and hours.
export-format-csv = The tasks and who does them as CSV, one row per task, person and letter.
export-format-ics = Calendar with evaluations, rotation hand-overs and contract end dates.
export-format-markdown = The whole role division as Markdown, for a wiki or a repository.
export-format-html = The whole role division as a web page, to mail or publish.
export-format-governance = A GOVERNANCE.md for the product's repository.
export-format-codeowners = A CODEOWNERS file: who must approve code in the repository.
export-format-publiccode = The maintenance block of publiccode.yml: who maintains the product.
export-format-json = The check as JSON, just like rolwijzer check --format json.
export-binary-terminal = { $format } is not text and does not fit in a terminal window. Write to a file with --output, for example: --output { $example }
export-failed = Cannot make { $format }: { $reason }. This is a bug in rolwijzer; please report it.
export-notice = Note: { $message }
export-written = { $format } written to { $file }.
export-write-failed = Cannot write { $file }: { $reason }. An existing file has not been changed.

import-header = Role division made from { $file } with `rolwijzer import`. Complete the tasks and check with `rolwijzer check`.
import-exists = { $file } already exists. Choose another name with --output, or use --force to overwrite it.
import-not-text = { $file } is not a text file. Choose the product's publiccode.yml.
import-summary = Read from { $file }: { $parties } { $parties ->
        [1] party
       *[other] parties
    }, { $people } { $people ->
        [1] person
       *[other] people
    } and { $tasks } { $tasks ->
        [1] task
       *[other] tasks
    }.
import-next = Role division written to { $file }. Add what is still missing and check with: rolwijzer check { $file }
import-write-failed = Cannot write { $file }: { $reason }
