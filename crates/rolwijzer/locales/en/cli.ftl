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
export-format-contributions-csv = The contribution per municipality as CSV for the financial administration: share, in-kind work and what each municipality pays or receives.
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

user-added = Account “{ $user }” has been created. With the link below the user sets a password. The link works once, for { $days ->
        [1] one day
       *[other] { $days } days
    }. Pass it on safely.
user-added-admin = Administrator account “{ $user }” has been created. With the link below the administrator sets a password. The link works once, for { $days ->
        [1] one day
       *[other] { $days } days
    }. Pass it on safely.
user-reset = With the link below “{ $user }” sets a new password. The link works once, for { $days ->
        [1] one day
       *[other] { $days } days
    }.
user-exists = There already is an account named “{ $user }”. Choose another name. Password lost? Make a new link with: rolwijzer user reset { $user }
user-unknown = There is no account named “{ $user }” in this database. Check the name and --database (or ROLWIJZER_DATABASE). To make a new account: rolwijzer user add { $user }
user-disabled = Account “{ $user }” is disabled. It is signed out everywhere, its API tokens no longer work and it cannot sign in. To enable it again: rolwijzer user enable { $user }
user-enabled = Account “{ $user }” is enabled again. Signing in with its password works again. Old API tokens stay revoked.
user-token-default-name = Made on the command line
user-token-made = API token “{ $name }” has been made for { $user }. It is on the last line below. Store it somewhere safe now: rolwijzer keeps only a hash and cannot show it again. Send it in the header Authorization: Bearer … You can revoke it on the API tokens page (/account/tokens).
user-token-name-empty = Give the token a name with --name, for example --name "annual planning script". Then you will know later what it is for.
user-token-name-too-long = The token's name is too long. Use at most { $max } characters.
user-token-too-many = This account already has { $max } API tokens that work. Revoke one first on the API tokens page (/account/tokens). No token was made.

backup-holds = { $collaborations } { $collaborations ->
        [1] collaboration
       *[other] collaborations
    }, { $revisions } { $revisions ->
        [1] revision
       *[other] revisions
    } and { $users } { $users ->
        [1] account
       *[other] accounts
    }; database schema { $schema }
backup-done = Backup written to { $file } and checked. It holds { $holds }.
backup-how-to-restore = To put it back: rolwijzer restore { $file } (stop rolwijzer serve first).
backup-postgres = This is a PostgreSQL database. rolwijzer backup only copies SQLite databases. Make a backup with pg_dump, for example: pg_dump --format=custom --file=rolwijzer.dump "$ROLWIJZER_DATABASE". Put it back with pg_restore. ({ $code })
restore-postgres = This is a PostgreSQL database. rolwijzer restore only puts back SQLite databases. Put back a backup made with pg_dump with pg_restore (or with psql for an SQL file). ({ $code })
backup-memory = A database in memory (sqlite::memory:) has no file to copy or replace. Give the file with --database, for example --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-unsupported = --database is not an address rolwijzer knows. Use sqlite://FILE, for example --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-no-database = There is no database at { $file }. Give the database rolwijzer serve uses with --database (or ROLWIJZER_DATABASE), for example --database sqlite:///var/lib/rolwijzer/rolwijzer.db.
backup-exists = { $file } already exists. rolwijzer does not overwrite an existing file. Choose another name, for example with the date in it, or remove the old file first. ({ $code })
backup-no-folder = The folder { $folder } does not exist. Create it first, or choose another place.
backup-copy-damaged = The copy in { $file } is not sound: { $detail }. No backup was made; the file has been removed again. Check the database itself with: sqlite3 DATABASE "PRAGMA integrity_check". ({ $code })
backup-io = { $file }: { $reason }. ({ $code })
backup-io-not-found = the file does not exist. Check the name
backup-io-permission = no permission. Check that you may read and write the file and its folder
backup-db = The database reported an error: { $detail }. Check that there is enough disk space and that you may write to the folder, and try again. ({ $code })
backup-too-new = { $file } was made by a newer version of rolwijzer: { $detail }
backup-older-schema = { $file } has an older database schema than this version of rolwijzer, and a backup does not change the database. Make the backup with the version of rolwijzer that uses this database now. ({ $detail })
backup-open-failed = Cannot open the database { $file }: { $detail }. Check that you may read the file.
restore-damaged = { $file } is not a usable rolwijzer backup: { $detail }. The file is damaged or not a rolwijzer database. Choose another backup. Nothing was changed. ({ $code })
restore-too-new = { $file } was made by a newer version of rolwijzer (database schema { $found }; this version knows up to { $known }). Put it back with that newer version. Nothing was changed. ({ $code })
restore-confirm = This replaces the database { $target } with the backup { $backup } ({ $holds }). The database that is there now is kept beside it, as { $target }.before-restore-…
    Stop rolwijzer serve first: a server that still runs keeps writing to the old database and does not see the restored one.
restore-question = Is rolwijzer serve stopped, and do you want to go on? (y/n)
restore-yes-words = y, yes
restore-cancelled = Not restored. Nothing was changed.
restore-needs-yes = { $target } already exists and would be replaced with { $backup } ({ $holds }). Stop rolwijzer serve first, then confirm with --yes, for example: rolwijzer restore { $backup } --database sqlite://{ $target } --yes. The database that is there now is kept beside it. Nothing was changed.
restore-done = { $target } has been restored from { $backup }. The database now holds { $holds }.
restore-previous = The database that was there is now in { $previous }. Remove it only when everything works.
restore-start-serve = Start rolwijzer serve again now.
person-forgotten = { $person } has been forgotten in { $collaboration }. It now says “{ $label }”, in { $revisions } stored versions and in the new version that records this. Name, e-mail address, phone number, job title and forge user name are erased; the place in the division stays. This is in the privacy log (who, when, why). Make a new backup afterwards and throw old backups away: they still hold the person.
person-unknown = { $collaboration } has no person with id “{ $person }”, not in older versions either. The id is on the People page and in the YAML (people: - id: …). Nothing has changed.
collaboration-unknown = There is no collaboration “{ $collaboration }” in this database. Check the name (the part after /c/ in the address) and --database (or ROLWIJZER_DATABASE).
person-export-made = Below is everything rolwijzer stores about { $who }, as JSON. This request is in the privacy log.
person-export-needs-one = Give --email ADDRESS (a person in the divisions) or --account NAME (an account of the web app).
user-deleted = Account “{ $user }” has been deleted, with its sessions, links, API tokens and memberships. Versions this account made now have no author. This is in the privacy log.
