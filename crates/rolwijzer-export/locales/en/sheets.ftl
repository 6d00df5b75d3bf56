# Texts of the sheets exports (XLSX, CSV) and of the calendar (ICS).

## Workbook properties
sheets-title = Role division { $name }
sheets-subject = Roles and tasks (RACI), findings and hours
sheets-keywords = RACI, role division, rolwijzer
sheets-comment = Made with rolwijzer on { $date }.
sheets-comment-revision = Made with rolwijzer on { $date }, from revision { $revision }.

## Sheet names (at most 31 characters, no : \ / ? * [ ])
sheets-sheet-raci = RACI
sheets-sheet-findings = Findings
sheets-sheet-hours = Hours

## RACI sheet
sheets-task = Task
sheets-required = Required
sheets-critical = Critical
sheets-yes = yes
sheets-no = no
sheets-no-tasks = No tasks have been divided yet.
sheets-legend = Legend
sheets-legend-r = Does the work.
sheets-legend-a = Answers for the task and decides. Every task has exactly one.
sheets-legend-c = Is asked for advice beforehand.
sheets-legend-i = Hears afterwards what was decided or done.
sheets-legend-b = Takes over when the one who does the work is away or leaves.
sheets-legend-required = This task is needed at the chosen ambition level, or because you collect a community contribution.
sheets-legend-critical = This task must never come to a halt, so it always needs a backup.

## Findings sheet
sheets-code = Code
sheets-severity = Severity
sheets-party = Party
sheets-person = Person
sheets-finding = Finding
sheets-fix = What you can do
sheets-no-findings = No findings: the role division is in order.

## Hours sheet
sheets-people = Hours per person
sheets-parties = Hours per party
sheets-name = Name
sheets-hours-assigned = Hours a week (tasks)
sheets-hours-available = Hours a week (available)
sheets-tasks-ra = Tasks (R or A)
sheets-hours-year = Hours a year
sheets-hours-note = Hours a year: hours a week × { $weeks } working weeks.
sheets-overload-note = Red: more hours in tasks than available.

## CSV header
csv-task-id = Task id
csv-task = Task
csv-letter = Letter
csv-holder-id = Id
csv-holder = Name
csv-organisation = Organisation
csv-via = Via
csv-hours = Hours a week (task)

## Calendar (ICS)
ics-calendar-name = { $name }: role division
ics-calendar-description = Evaluations, hand-overs of rotating tasks and contract end dates from rolwijzer.
ics-evaluation-summary = { $name }: evaluation of the role division
ics-evaluation-description = Time to evaluate the role division. The last evaluation was on { $last }. Check together whether the tasks are still with the right people and whether anything is missing.
ics-evaluation-overdue-summary = { $name }: the evaluation of the role division is overdue
ics-evaluation-overdue-description = The evaluation was due on { $due }. The last one was on { $last }. Plan the evaluation as soon as you can.
ics-evaluation-never-summary = { $name }: plan a first evaluation of the role division
ics-evaluation-never-description = No evaluation has been recorded yet. Evaluate the role division every year: are the tasks still with the right people, and is anything missing? Then fill in the date under last_evaluation.
ics-handover-summary = { $name }: { $to } takes over the rotating tasks
ics-handover-description = { $from } hands the rotating tasks over to { $to }.
ics-rotation-start-summary = { $name }: { $to } starts with the rotating tasks
ics-rotation-start-description = The rotation starts. { $to } does the rotating tasks first.
ics-handover-tasks = Tasks: { $tasks }.
ics-handover-prepare = Prepare the hand-over in good time and write down how the tasks are done.
ics-contract-summary = { $name }: contract with { $party } ends
ics-contract-description = The contract with { $party } ends on { $date }. Decide in good time whether to extend it. Then update the end date under contract_until.

# Contributions (budget): annex, Markdown/HTML, XLSX and CSV
money-heading = Contributions
money-heading-year = Contributions { $year }
money-intro = This is how the municipalities divide the cost of the collaboration ({ $key }). Work a municipality does for everyone counts as an in-kind contribution: that municipality pays that much less. When the work is worth more than its share, it receives the difference. { $count ->
        [one] 1 municipality contributes.
       *[other] { $count } municipalities contribute.
    }
money-key-equal = equal shares
money-key-inhabitants = by number of inhabitants
money-key-tiers = by tiers
money-cost = Cost of the activities
money-in-kind = In-kind work
money-total = Total
money-gap = Not covered by the contributions
money-col-party = Municipality
money-col-inhabitants = Inhabitants
money-col-hours = In-kind hours a year
money-col-share = Share of the total
money-col-in-kind = Value of in-kind work
money-col-cash = To pay or to receive
money-pay = { $amount } to pay
money-receive = { $amount } to receive
money-note = In-kind work: hours a week × { $weeks } working weeks × hourly rate ({ $rate }). Amounts in euros, rounded to cents; the shares add up exactly to the total.
money-no-rate = no hourly rate given
sheets-sheet-contributions = Contributions
sheets-contributions-title = Contributions per municipality
sheets-contributions-title-year = Contributions per municipality, { $year }
sheets-contributions-key = Key
sheets-contributions-cost = Cost of the activities
sheets-contributions-in-kind = In-kind work
sheets-contributions-total = Total
sheets-contributions-gap = Not covered
sheets-contributions-inhabitants = Inhabitants
sheets-contributions-share = Share
sheets-contributions-cash = To pay (+) or receive (-)
sheets-contributions-note = In-kind work: hours a week × { $weeks } working weeks × hourly rate. To pay = share minus in-kind work.
csv-money-year = Year
csv-money-party-id = Party id
csv-money-party = Municipality
csv-money-inhabitants = Inhabitants
csv-money-key = Key
csv-money-hours-year = In-kind hours a year
csv-money-share = Share (euro)
csv-money-in-kind = In-kind work (euro)
csv-money-cash = To pay (+) or receive (-) (euro)
