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
views-checklist-intro = This list comes from the chapter. For each item you see whether someone does the work (responsible, R) and whether someone answers for it (accountable, A).
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
views-workload-tasks = Number of tasks as responsible (R) or accountable (A)
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
views-recognition-tasks = Tasks (as responsible or accountable)

## A party leaving

views-departure-title = If a party leaves
views-departure-intro = What happens if a municipality or company stops taking part? This table shows, per party, which tasks would then have nobody doing the work (R) or nobody answering for it (A).
views-departure-why = A task only counts here when there is no backup from another party either. This shows where the collaboration is vulnerable.
views-departure-caption = Tasks that lose their responsible (R) or accountable (A) if a party leaves
views-departure-lose-r = Loses who does the work (R)
views-departure-lose-a = Loses who answers for it (A)
views-departure-none = none
views-departure-safe = No effect: every task stays covered
views-departure-all-safe = No party is indispensable: if one leaves, every task stays covered.
views-departure-fix = What can you do? Add someone from another party to these tasks, as a backup or as a second responsible.
views-holdings = What each party does now
views-holdings-intro = Per party, the tasks in which it (or its people) has a role. The letters mean:
views-holdings-caption = Roles per party
views-holdings-tasks = Tasks and roles
views-holdings-nothing = No roles yet.
views-holdings-choose = Choose the party whose roles you want to see
views-holdings-show = Show
views-workload-large = This collaboration has many people. Below you see everyone with more work than hours, and the people of the party you choose. The table per party further down counts everyone.
views-workload-choose = Choose the party whose people you want to see
views-departure-safe-hidden = No effect for the other parties: every task stays covered. Number:

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
views-money-contributions = Contribution per municipality
views-money-contributions-year = Contribution per municipality in { $year }
views-money-key-used = The cost is divided by { $key }. { $count ->
        [one] 1 municipality contributes.
       *[other] { $count } municipalities contribute.
    } Work a municipality does for everyone counts as an in-kind contribution: that municipality pays that much less. When the work is worth more than its share, it receives the difference.
views-money-key-fallback = The chosen division cannot be worked out yet, so rolwijzer uses equal shares for now. Findings about money say what is missing.
views-money-no-amounts = The budget has no amounts yet. Fill in below what each activity costs. Then rolwijzer works out what each municipality pays.
views-money-no-budget = There is no budget yet. Fill in the year's activities and their cost below. Then rolwijzer works out what each municipality pays.
views-money-key-equal = equal shares
views-money-key-equal-desc = Every municipality pays the same: the total divided by the number of municipalities that contribute.
views-money-key-inhabitants = the number of inhabitants
views-money-key-inhabitants-desc = A large municipality pays more than a small one: each pays in proportion to its inhabitants. Fill in the inhabitants of every municipality.
views-money-key-tiers = tiers
views-money-key-tiers-desc = Every municipality pays a fixed amount that fits its size. Fill in the tiers and the inhabitants of every municipality.
views-money-cost = Cost of the activities
views-money-in-kind = In-kind work
views-money-total = Total (cost and in-kind work)
views-money-gap = Not covered by the contributions
views-money-surplus = More contributions than needed
views-money-pay = pays { $amount }
views-money-receive = receives { $amount }
views-money-nothing = pays nothing
views-money-sentence-work = { $party } does { $hours } hours a week of in-kind work, worth { $value } a year.
views-money-sentence-work-unrated = { $party } does { $hours } hours a week of work for the collaboration. Without an hourly rate it does not count as money yet.
views-money-sentence-no-work = { $party } does no in-kind work.
views-money-sentence-share = { $key ->
        [inhabitants] With { $inhabitants } inhabitants its share is { $share }
        [tiers] With { $inhabitants } inhabitants its share in the tiers is { $share }
       *[equal] Its share is { $share }
    }, so { $outcome ->
        [pay] it pays { $amount }.
        [receive] it receives { $amount }.
       *[none] it pays nothing.
    }
views-money-chart-label = Bar chart: what each municipality pays or receives. A bar to the right is paying, a striped bar to the left is receiving. The table below gives the same amounts.
views-money-table-caption = What each municipality pays or receives
views-money-col-party = Municipality
views-money-col-inhabitants = Inhabitants
views-money-col-share = Share
views-money-col-hours = Hours of in-kind work a year
views-money-col-in-kind = Value of in-kind work
views-money-col-cash = Pays or receives
views-money-note = In-kind work = hours a week × { $weeks } working weeks × hourly rate ({ $rate }). To pay = share minus in-kind work. Amounts are rounded to cents; the shares add up exactly to the total.
views-money-no-rate = no hourly rate yet
views-money-activities = The year's activities
views-money-activities-caption = What the money is spent on
views-money-activity = Activity
views-money-activity-cost = Cost a year (euro)
views-money-activity-fixed = Fixed cost
views-money-guide = How the guide does it: list the coming year's activities, add up the cost, divide it over the municipalities, and show openly where the money goes.
views-money-fixed-costs-budget = { $amount } (from the budget)
views-money-fixed-from-budget = The fixed costs a month come from the budget: the activities with fixed costs add up to { $year } a year. Divided by 12 that is { $month } a month. If you fill in fixed costs a month yourself under Settings, rolwijzer uses that amount.
views-money-to-form = To the form
views-money-form = Change the budget
views-money-form-intro = Fill in the year's activities with their cost, and choose how you divide the cost. rolwijzer then works out what each municipality pays or receives.
views-money-activities-hint = To take an activity out, empty its name and cost. Empty rows are ready for new activities.
views-money-activity-name = Name of the activity
views-money-activity-fixed-label = This is a fixed cost, such as hosting or licences. It counts for the reserve.
views-money-key = How do you divide the cost?
views-money-rate = Hourly rate for in-kind work (euro an hour)
views-money-rate-hint = rolwijzer uses it to turn the hours a municipality works for everyone into money. For example 75.
views-money-weeks = Working weeks a year
views-money-weeks-hint = Left empty, rolwijzer counts 46 working weeks.
views-money-year = Year of the budget
views-money-year-hint = For example 2027. May stay empty.
views-money-tiers = Tiers
views-money-tiers-hint = Only needed when you divide with tiers. Put the rows from small to large. Leave the inhabitants of the last row empty: it applies to all larger municipalities.
views-money-tier = Row
views-money-tier-up-to = Up to and including this many inhabitants
views-money-tier-amount = Amount a year (euro)
views-money-parties = Municipalities
views-money-parties-hint = The inhabitants are needed when you divide by inhabitants or with tiers. Untick a municipality that does not contribute.
views-money-inhabitants = Number of inhabitants
views-money-contributes = Contributes
views-money-save = Save the budget
views-money-error-year = Fill in a year from 2000 to 2200, for example 2027.
views-money-error-weeks = Fill in a number of weeks from 1 to 52.
views-money-error-inhabitants = Fill in a whole number, for example 132000.
views-money-error-cost = Fill in an amount. If you do not know it yet, fill in 0.
views-money-error-tier-open = Fill in the inhabitants. Only the last row of the tiers stays empty.
views-money-error-tier-last = Leave the inhabitants of the last row empty: that row applies to all larger municipalities.
views-money-error-tier-order = This number must be larger than on the row before. Put the tiers from small to large.
views-money-error-too-many = There can be at most { $max } rows.
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
