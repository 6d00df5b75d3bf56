# web-views (en): the pages that show the analysis (checklist, findings, hours,
# departure, money, rotation). Plain English. In our own words, based on
# "Stap 2: Verdeel rollen en taken" (VNG Realisatie, CC BY-SA 4.0).

## General

views-hours = { $hours } h
views-months = { $months } months
views-unknown = unknown
views-nobody = nobody yet
views-not-filled = not filled in
views-yes = yes
views-no = no
views-name = Name
views-party = Party

## Checklist

views-checklist-title = Checklist: are all roles divided?
views-checklist-intro = This list comes from the chapter. For each item you see whether someone does the work (Responsible) and whether someone answers for it (Accountable).
views-checklist-count = { $done } of { $needed } needed items done.
views-checklist-level = ambition level
views-checklist-how = An item is done when its task has someone who does the work (R) and someone who answers for it (A).
views-checklist-item = Item
views-checklist-status = Status
views-checklist-holders = Who does it (R)
views-checklist-task = Belongs to task
views-checklist-own = assigned on its own
views-status-done = Done
views-status-done-explain = someone does it and someone answers for it.
views-status-missing = Missing
views-status-missing-explain = needed at your level, but not (fully) divided yet.
views-status-not-needed = Not needed at this level
views-status-not-needed-explain = not needed yet at your ambition level.

## Findings

views-findings-title = Findings
views-findings-summary = rolwijzer found { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } and { $advice ->
        [one] 1 piece of advice
       *[other] { $advice } pieces of advice
    }.
views-findings-intro = rolwijzer checks your role division against the rules of the chapter. What stands out is listed below. There are three kinds:
views-findings-explain-error = Something in the division is wrong, such as a task nobody answers for. Fix it before you put the division in the collaboration agreement.
views-findings-explain-warning = A risk the chapter warns about, such as a task without a backup. The division works, but discuss it in your meeting.
views-findings-explain-advice = A tip to make the collaboration stronger. See whether it suits you; it is not required.
views-findings-filter = Show
views-findings-all = All
views-findings-none = rolwijzer found nothing. The role division meets every rule of the chapter.
views-findings-none-error = No errors found.
views-findings-none-warning = No warnings found.
views-findings-none-advice = No advice.
views-findings-fix = What to do:
views-findings-go = Change it here
views-findings-source = From the chapter

## Hours and recognition

views-workload-title = Hours per person and per party
views-workload-intro = How many hours a week does the collaboration take from everyone? Here you see the hours of the tasks someone does (R), next to the hours that person has.
views-workload-over-notice = { $count ->
        [one] 1 person has more hours of tasks than they have available.
       *[other] { $count } people have more hours of tasks than they have available.
    } Divide the work differently, or agree on more hours.
views-workload-people = Per person
views-workload-legend = Each bar shows the hours a week of tasks. The black line is the number of hours someone has. A striped red bar with the text "too many" means: more work than time.
views-workload-chart-label = Bar chart of the hours a week of { $people ->
        [one] 1 person
       *[other] { $people } people
    }, next to the hours they have. { $over ->
        [0] Nobody has too many hours.
        [one] 1 person has too many hours.
       *[other] { $over } people have too many hours.
    } The table below the chart gives the same figures.
views-workload-caption = Hours a week of tasks (bar) and hours available (line). The table below gives the same figures.
views-workload-axis = hours a week
views-workload-bar-value = { $assigned } of { $available } h
views-workload-over = too many
views-workload-fits = fits
views-workload-people-caption = Hours a week per person
views-workload-assigned = Hours of tasks a week
views-workload-available = Available a week
views-workload-status = Does it fit?
views-workload-tasks = Number of tasks as R or A
views-workload-parties = Per party (in-kind contribution)
views-workload-parties-intro = The hours a party's people give to the collaboration are an in-kind contribution: work instead of money.
views-workload-parties-caption = Hours per party
views-workload-per-year = Hours a year
views-workload-basic = The three basic tasks
views-workload-basic-ours = In your division the basic tasks take { $hours } hours a week together.
views-workload-basic-above = That is more than the chapter mentions. That can be right for a larger collaboration.
views-workload-basic-unknown = Not all three basic tasks have hours filled in. Fill them in at the tasks to compare.
views-recognition = Recognition: who carries what?
views-recognition-tip-title = Tip: show what people do
views-recognition-tip = People who hold a role in the collaboration put time and energy into it. Make sure their own municipality and the whole community see and value that. You can take this overview to your executive or council, for example.
views-recognition-how = Hours a year are the hours a week times { $weeks } working weeks (a year without holidays).
views-recognition-empty = No tasks with hours have been divided yet.
views-recognition-people-caption = Tasks and hours a year per person
views-recognition-parties-caption = Tasks and hours a year per party
views-recognition-tasks = Tasks (as R or A)

## A party leaving

views-departure-title = If a party leaves
views-departure-intro = What happens if a municipality or company stops taking part? This table shows, per party, which tasks would then have nobody doing the work (R) or nobody answering for it (A).
views-departure-why = A task only counts here when there is no backup from another party either. This shows where the collaboration is vulnerable.
views-departure-caption = Tasks that lose their R or A if a party leaves
views-departure-lose-r = Loses who does the work (R)
views-departure-lose-a = Loses who answers for it (A)
views-departure-none = none
views-departure-safe = No effect: every task stays covered
views-departure-all-safe = No party is indispensable: if one leaves, every task stays covered.
views-departure-fix = What can you do? Add someone from another party to these tasks, as a backup or as a second Responsible.
views-holdings = What each party does now
views-holdings-intro = Per party, the tasks in which it (or its people) has a role. The letters mean:
views-holdings-caption = Roles per party
views-holdings-tasks = Tasks and roles
views-holdings-nothing = No roles yet.

## Money and agenda

views-money-title = Money and reserve
views-money-intro = How is the collaboration doing for money? Here you see the reserve, the contribution and what belongs on the agenda of the next meeting.
views-money-contribution = Community contribution
views-money-separate = Separate administration
views-money-fixed-costs = Fixed costs a month
views-money-reserve = Reserve
views-money-reserve-months = Reserve in months of fixed costs
views-money-reserve-heading = How long can you carry on?
views-money-band = The chapter advises a buffer of 3 to 6 months of fixed costs. Then the collaboration can carry on when a participant drops out, payments are late or unexpected costs come up.
views-money-status-low = The reserve is less than 3 months of fixed costs. That is too tight.
views-money-status-good = The reserve is within the advice of 3 to 6 months of fixed costs.
views-money-status-high = The reserve is more than 6 months of fixed costs. That is ample.
views-money-status-unknown = rolwijzer cannot work out the reserve: the fixed costs a month or the reserve are not filled in.
views-money-gauge-label = Gauge from 0 to 9 months of fixed costs. The advice is 3 to 6 months. Your reserve is { $months } months. { $status }
views-money-zone-low = too tight
views-money-zone-band = advice: 3 to 6
views-money-zone-high = ample
views-money-axis = months of fixed costs
views-money-edit = Change the amounts
views-money-findings = Findings about money
views-money-findings-none = No findings about money.
views-agenda = Agenda for the next user meeting
views-agenda-tip-title = Tip: make money a fixed item on the agenda
views-agenda-tip = Talk briefly about the finances in every meeting, even when nothing special is going on. Then talking about money becomes normal and there are no surprises.
views-agenda-intro = A proposal you can copy into the invitation:
views-agenda-money = Finances (fixed item)
views-agenda-money-reserve = The reserve is { $reserve }: enough for { $months } months of fixed costs. The advice is 3 to 6 months.
views-agenda-money-reserve-unknown = The fixed costs and the reserve are not known yet. Agree who finds them out.
views-agenda-money-contribution = The community contribution: who has paid and who has not yet?
views-agenda-money-spending = Spending since the last meeting and what is still to come this year.
views-agenda-findings = Open points in the role division
views-agenda-findings-none = There are no errors or warnings.
views-agenda-handover = Hand-over of tasks
views-agenda-handover-prepare = Plan a hand-over meeting and check that the way of working is written down.
views-agenda-evaluation = Evaluation of the role division
views-agenda-evaluation-overdue = The evaluation is late: it was due on { $date }. Set a date.
views-agenda-evaluation-due = The yearly evaluation is due on { $date }. Agree who prepares it.
views-agenda-evaluation-never = No evaluation has been recorded yet. Plan the first one.
views-agenda-closing = Any other business and agreements

## Rotation

views-rotation-title = Rotation calendar
views-rotation-intro = With rotation the municipalities take over some tasks in turn. Here you see whose turn it is when.
views-rotation-tasks = Tasks that rotate
views-rotation-period-label = A turn lasts
views-rotation-period = { $months ->
        [one] 1 month
       *[other] { $months } months
    }
views-rotation-current = Whose turn it is now
views-rotation-next = Next hand-over
views-rotation-now = now
views-rotation-past = past
views-rotation-coming = to come
views-rotation-no-contact = no contact person
views-rotation-today = today ({ $date })
views-rotation-handover-mark = hand-over on { $date }
views-rotation-chart-label = Timeline with { $turns } turns. Now: { $current }. Next hand-over on { $date } to { $next }. The table below the timeline gives the same information.
views-rotation-legend = Each bar is a turn. The current turn has a thick outline and the text "now". The dotted line is today; the thick brown line is the next hand-over.
views-rotation-caption = Turns
views-rotation-from = From
views-rotation-until = Until (hand-over)
views-rotation-holder = Holder (R and A)
views-rotation-state = Status
views-rotation-holder-explain = The holder is the contact person of the municipality whose turn it is. They do the tasks (R) and answer for them (A).
views-rotation-none = This collaboration has no tasks that rotate.
views-rotation-what = What is rotation?
views-rotation-what-more = In rolwijzer you choose which tasks rotate, which municipalities take part, in which order, and how long a turn lasts. rolwijzer then works out whose turn it is when and warns you in time before a hand-over.
views-rotation-pros = Advantages
views-rotation-attention = Points of attention
views-rotation-set-up = Set up rotation
views-rotation-ask-editor = Want to set up rotation? Ask someone with the editor role.
views-handover = On { $date } { $tasks } pass from { $from } to { $to }.
views-handover-first = On { $date } the rotation starts: { $to } takes on { $tasks } first.
views-handover-date = On { $date } { $tasks } pass to another municipality.
